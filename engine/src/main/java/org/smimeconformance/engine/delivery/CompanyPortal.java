package org.smimeconformance.engine.delivery;

import java.net.http.HttpClient;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.World;
import org.smimeconformance.contract.delivery.CertificateDelivery;
import org.smimeconformance.contract.delivery.Notification;
import org.smimeconformance.contract.device.DeviceProfile;
import org.smimeconformance.engine.device.DeviceCertificateStores;
import org.smimeconformance.engine.settings.OutlookSettings;

/**
 * Company Portal on one device: retrieves the user's S/MIME certificates and the Outlook policy from
 * Microsoft Endpoint Manager and places the certificates where Outlook finds them (AUTO, POL-4..9).
 *
 * <p>Retrieval starts when the user follows an end-user notification, a Company Portal push or the
 * link of an email; either way it is Company Portal that retrieves (POL-7). Before anything is asked,
 * the {@link EnrollmentRule} judges whether the device can receive certificates automatically at all
 * (AUTO-1, AUTO-3); then the {@link Retrieval} runs on Company Portal's own thread, each step bounded
 * by the world's timeouts, a pending SCEP request polled every {@value #POLL_INTERVAL_MILLIS} ms at
 * most {@value #MAX_POLLS} times by scheduling, never by waiting. {@link #retrievalState()} reads
 * where it stands without blocking.
 *
 * <p>The derived credential flow ({@link #retrieveDerivedCredential()}) is the user's own, run on the
 * calling thread: it leaves the credential with Company Portal, apart from the stores Outlook reads.
 *
 * <p>Thread-safe for the state; the device's stores and settings are changed only on Company
 * Portal's thread, and only before the settled state is published, so whoever reads them after
 * seeing that state sees the changes.
 */
public final class CompanyPortal implements CertificateDelivery {

    /** How long after a pending answer a SCEP request is polled again. */
    public static final long POLL_INTERVAL_MILLIS = 20;

    /** How many times a pending SCEP request is polled before Company Portal gives up. */
    public static final int MAX_POLLS = 100;

    private static final Outcome NOT_STARTED = Outcome.of(OutcomeCode.RETRIEVAL_NOT_STARTED,
            "Company Portal has not been asked to retrieve certificates on this device");

    private final DeviceProfile profile;
    private final DeviceCertificateStores stores;
    private final OutlookSettings settings;
    private final EnrollmentRule enrollment;
    private final World world;
    private final Optional<IntuneConnection> intune;
    private final Supplier<ScheduledExecutorService> thread;
    private final AtomicReference<Outcome> state = new AtomicReference<>(NOT_STARTED);
    private final AtomicReference<DerivedCredential> derived = new AtomicReference<>();

    /**
     * @param enrollment the rule on whether the device can receive certificates automatically
     * @param world      the Intune address, timeouts, response limit and clock
     * @param client     the HTTP client to reach Endpoint Manager with; never closed here
     * @param thread     Company Portal's thread, made on first use and shut by the client's owner
     */
    public CompanyPortal(DeviceProfile profile, DeviceCertificateStores stores, OutlookSettings settings,
                         EnrollmentRule enrollment, World world, HttpClient client,
                         Supplier<ScheduledExecutorService> thread) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.stores = Objects.requireNonNull(stores, "stores");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.enrollment = Objects.requireNonNull(enrollment, "enrollment");
        this.world = Objects.requireNonNull(world, "world");
        Objects.requireNonNull(client, "client");
        this.intune = world.endpoints().intuneAddress().map(address -> new IntuneConnection(client, address,
                world.network(), world.limits().maxResponseBytes()));
        this.thread = Objects.requireNonNull(thread, "thread");
    }

    @Override
    public synchronized Outcome startRetrieval(Notification notification) {
        Objects.requireNonNull(notification, "notification");
        if (state.get().code() == OutcomeCode.RETRIEVAL_IN_PROGRESS) {
            return Outcome.of(OutcomeCode.RETRIEVAL_IN_PROGRESS, "Company Portal is already retrieving certificates; "
                    + "no second retrieval starts");
        }
        Optional<Outcome> refusal = refusal();
        if (refusal.isPresent()) {
            state.set(refusal.get());
            return refusal.get();
        }
        String how = notification == Notification.EMAIL ? "the link of the Endpoint Manager email, which opened "
                + "Company Portal on the enrolled device" : "the Company Portal push notification, which opened its "
                + "landing page";
        state.set(Outcome.of(OutcomeCode.RETRIEVAL_IN_PROGRESS, "Company Portal is retrieving certificates from "
                + "Endpoint Manager (started from " + how + ")"));
        Retrieval retrieval = new Retrieval(profile, stores, settings, intune.orElseThrow(), world.clock(),
                () -> Optional.ofNullable(derived.get()), MAX_POLLS);
        if (!schedule(() -> retrieval.checkIn(), retrieval, 0)) {
            return state.get();
        }
        return Outcome.of(OutcomeCode.RETRIEVAL_STARTED, "Company Portal started retrieving certificates from Endpoint "
                + "Manager, from " + how + "; ask for the state until it settles");
    }

    @Override
    public Outcome retrievalState() {
        return state.get();
    }

    @Override
    public Outcome retrieveDerivedCredential() {
        Optional<Outcome> refusal = refusal();
        if (refusal.isPresent()) {
            return refusal.get();
        }
        IntuneConnection connection = intune.orElseThrow();
        IntuneConnection.Reply record = connection.get(IntuneConnection.device(profile.deviceId(), ""));
        if (record.status() == 404 && record.errorCode().equals("DeviceNotEnrolled")) {
            return Outcome.of(OutcomeCode.DEVICE_NOT_ENROLLED, "Endpoint Manager has no enrollment of " + profile.deviceId());
        }
        JsonNode enrollmentRecord = record.ok() ? record.json() : null;
        String user = enrollmentRecord == null ? "" : enrollmentRecord.path("userPrincipalName").asText("");
        if (user.isEmpty()) {
            return Outcome.of(OutcomeCode.INTUNE_UNREACHABLE, "Company Portal could not get the device's enrollment "
                    + "record from Endpoint Manager: " + record.describe());
        }
        KeyPair signingKeys = DeviceKeys.generate();
        KeyPair encryptionKeys = DeviceKeys.generate();
        Issued signing = issue(connection, "signing", signingKeys, user);
        if (signing.refusal() != null) {
            return signing.refusal();
        }
        Issued encryption = issue(connection, "encryption", encryptionKeys, user);
        if (encryption.refusal() != null) {
            return encryption.refusal();
        }
        derived.set(new DerivedCredential(signing.certificate(), signingKeys.getPrivate(), encryption.certificate(),
                encryptionKeys.getPrivate()));
        return Outcome.of(OutcomeCode.OK, "a derived credential was issued to " + profile.deviceId() + " for " + user
                + ", its keys made on the device; Company Portal keeps it, and Outlook uses it once a policy with "
                + "Derived credentials as a certificate profile type is retrieved");
    }

    private record Issued(X509Certificate certificate, Outcome refusal) {
    }

    private Issued issue(IntuneConnection connection, String purpose, KeyPair keys, String user) {
        IntuneConnection.Reply reply = connection.post(IntuneConnection.device(profile.deviceId(),
                "derivedCredentials/" + purpose), "application/pkcs10", DeviceKeys.certificateRequest(keys, user));
        String code = reply.errorCode();
        if (reply.answered() && (code.equals("NoDerivedCredential") || code.equals("DerivedCredentialIssuerNotConfigured"))) {
            return new Issued(null, Outcome.of(OutcomeCode.DERIVED_CREDENTIAL_MISSING, "Endpoint Manager has no "
                    + "derived credential to issue for " + user + ": " + reply.describe()));
        }
        JsonNode json = reply.ok() ? reply.json() : null;
        Optional<X509Certificate> certificate = json == null ? Optional.empty()
                : Retrieval.certificate(json.path("certificate").asText(""));
        if (certificate.isEmpty() || !certificate.get().getPublicKey().equals(keys.getPublic())) {
            return new Issued(null, Outcome.of(OutcomeCode.INTUNE_UNREACHABLE, "Company Portal could not get a derived "
                    + purpose + " credential for the key this device made: " + reply.describe()));
        }
        return new Issued(certificate.get(), null);
    }

    /** Why automated delivery cannot happen here, judged before anything is asked. */
    private Optional<Outcome> refusal() {
        Optional<Outcome> refusal = enrollment.refusal(profile);
        if (refusal.isPresent()) {
            return refusal;
        }
        if (intune.isEmpty()) {
            return Optional.of(Outcome.of(OutcomeCode.INTUNE_UNREACHABLE, "this world has no Endpoint Manager "
                    + "address, so Company Portal has nowhere to retrieve certificates from"));
        }
        return Optional.empty();
    }

    /** Runs a step on Company Portal's thread after the delay; false when the thread is gone (the client closed). */
    private boolean schedule(Supplier<Retrieval.Step> step, Retrieval retrieval, long delayMillis) {
        try {
            thread.get().schedule(() -> run(step, retrieval), delayMillis, TimeUnit.MILLISECONDS);
            return true;
        } catch (RejectedExecutionException closed) {
            state.set(Outcome.of(OutcomeCode.INTUNE_UNREACHABLE, "Company Portal was closed before it could retrieve"));
            return false;
        }
    }

    private void run(Supplier<Retrieval.Step> step, Retrieval retrieval) {
        Retrieval.Step next;
        try {
            next = step.get();
        } catch (RuntimeException failure) {
            next = new Retrieval.Done(Outcome.of(OutcomeCode.INTUNE_UNREACHABLE, "Company Portal failed while "
                    + "retrieving: " + failure));
        }
        if (next instanceof Retrieval.Poll poll) {
            schedule(() -> retrieval.poll(poll.plan(), poll.polls()), retrieval, POLL_INTERVAL_MILLIS);
        } else {
            state.set(((Retrieval.Done) next).outcome());
        }
    }
}
