package org.smimeconformance.engine;

import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import org.smimeconformance.contract.MailClient;
import org.smimeconformance.contract.World;
import org.smimeconformance.contract.device.DeviceProfile;
import org.smimeconformance.contract.identity.AddressMatching;
import org.smimeconformance.contract.trust.TrustVerification;
import org.smimeconformance.engine.delivery.CompanyPortal;
import org.smimeconformance.engine.delivery.DeliveryParts;
import org.smimeconformance.engine.device.DeviceDelivery;
import org.smimeconformance.engine.device.OutlookOnDevice;
import org.smimeconformance.engine.directory.Directories;
import org.smimeconformance.engine.identity.AddressMatchingJudge;

/**
 * The reference engine placed in one world, for one scenario: trust verification, address matching,
 * and Outlook on each device the scenario names. Devices, and all they hold, live here and die with
 * the client. It holds one thread, Company Portal's, made when a device first retrieves
 * certificates and stopped by {@link #close()}; the HTTP clients it uses belong to the
 * {@link ReferenceImplementation} and outlive it.
 *
 * <p>Trust verification and address matching are thread-safe; devices belong to the scenario's
 * thread, except what Company Portal changes on its own thread (see {@link CompanyPortal}).
 */
public final class ReferenceMailClient implements MailClient {

    private final TrustVerification trust;
    private final ReferenceParts parts;
    private final World world;
    private final AddressMatching addressMatching;
    private final Directories directories;
    private final Map<String, OutlookOnDevice> devices = new LinkedHashMap<>();
    private final HttpClient http;
    private ScheduledExecutorService companyPortal;
    private boolean closed;

    /**
     * A client whose devices get certificates as the user installs them, with no automated delivery.
     *
     * @param directories the Global Address List and LDAP clients of the world, for every device's
     *                    certificate lookups and recipient evaluation
     */
    public ReferenceMailClient(TrustVerification trust, ReferenceParts parts, World world, Directories directories) {
        this(trust, parts, world, directories, null);
    }

    /**
     * A client whose devices also get certificates through Company Portal from the world's Endpoint
     * Manager, over {@code http} (shared, never closed here), on one thread of the client's own.
     *
     * @param directories the Global Address List and LDAP clients of the world, for every device's
     *                    certificate lookups and recipient evaluation
     * @param http        the HTTP client Company Portal reaches Endpoint Manager with, or null for no
     *                    automated delivery
     */
    public ReferenceMailClient(TrustVerification trust, ReferenceParts parts, World world, Directories directories,
                               HttpClient http) {
        this.http = http;
        this.trust = Objects.requireNonNull(trust, "trust");
        this.directories = Objects.requireNonNull(directories, "directories");
        this.parts = Objects.requireNonNull(parts, "parts");
        this.world = Objects.requireNonNull(world, "world");
        this.addressMatching = new AddressMatchingJudge(parts.addressMatcher());
    }

    @Override
    public TrustVerification trust() {
        return trust;
    }

    @Override
    public AddressMatching addressMatching() {
        return addressMatching;
    }

    /**
     * Outlook on the device with that id: made on first use, the same app afterwards.
     *
     * @throws IllegalArgumentException when the id was used before for a device of another profile
     */
    @Override
    public synchronized OutlookOnDevice device(DeviceProfile profile) {
        Objects.requireNonNull(profile, "profile");
        OutlookOnDevice existing = devices.get(profile.deviceId());
        if (existing != null) {
            if (!existing.profile().equals(profile)) {
                throw new IllegalArgumentException("the device '" + profile.deviceId() + "' is " + existing.profile()
                        + ", not " + profile);
            }
            return existing;
        }
        DeliveryParts delivery = parts.delivery();
        Optional<DeviceDelivery.CompanyPortalFactory> portal = http == null ? Optional.empty()
                : Optional.of((device, stores, settings) -> new CompanyPortal(device, stores, settings,
                        delivery.enrollment(), world, http, this::companyPortalThread));
        OutlookOnDevice app = new OutlookOnDevice(profile, parts.addressMatcher(), parts.managedValues(),
                parts.organizeByThread(), parts.mail(), trust, world.clock(), directories,
                new DeviceDelivery(delivery.storeAccess(), delivery.pkcs12(), portal));
        devices.put(profile.deviceId(), app);
        return app;
    }

    /** Stops Company Portal's thread, if it was started; the shared HTTP clients are not this client's to close. */
    @Override
    public synchronized void close() {
        closed = true;
        if (companyPortal != null) {
            companyPortal.shutdownNow();
        }
    }

    /** Company Portal's thread, shared by the client's devices, made on first use; a daemon. */
    private synchronized ScheduledExecutorService companyPortalThread() {
        if (companyPortal == null) {
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
                Thread thread = new Thread(runnable, "company-portal");
                thread.setDaemon(true);
                return thread;
            });
            executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
            if (closed) {
                executor.shutdown();
            }
            companyPortal = executor;
        }
        return companyPortal;
    }
}
