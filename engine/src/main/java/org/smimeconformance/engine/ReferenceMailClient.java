package org.smimeconformance.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.smimeconformance.contract.MailClient;
import org.smimeconformance.contract.World;
import org.smimeconformance.contract.device.DeviceProfile;
import org.smimeconformance.contract.identity.AddressMatching;
import org.smimeconformance.contract.trust.TrustVerification;
import org.smimeconformance.engine.device.OutlookOnDevice;
import org.smimeconformance.engine.directory.Directories;
import org.smimeconformance.engine.identity.AddressMatchingJudge;

/**
 * The reference engine placed in one world, for one scenario: trust verification, address matching,
 * and Outlook on each device the scenario names. Devices, and all they hold, live here and die with
 * the client. Holds nothing to release; the HTTP clients it uses belong to the
 * {@link ReferenceImplementation} and outlive it.
 *
 * <p>Trust verification and address matching are thread-safe; devices belong to the scenario's
 * thread.
 */
public final class ReferenceMailClient implements MailClient {

    private final TrustVerification trust;
    private final ReferenceParts parts;
    private final World world;
    private final AddressMatching addressMatching;
    private final Directories directories;
    private final Map<String, OutlookOnDevice> devices = new LinkedHashMap<>();

    /**
     * @param directories the Global Address List and LDAP clients of the world, for every device's
     *                    certificate lookups and recipient evaluation
     */
    public ReferenceMailClient(TrustVerification trust, ReferenceParts parts, World world, Directories directories) {
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
        OutlookOnDevice app = new OutlookOnDevice(profile, parts.addressMatcher(), parts.managedValues(),
                parts.organizeByThread(), parts.mail(), trust, world.clock(), directories);
        devices.put(profile.deviceId(), app);
        return app;
    }

    /** Nothing to release: the shared HTTP clients are not this client's to close. */
    @Override
    public void close() {
        // nothing held
    }
}
