package org.smimeconformance.engine.delivery;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.device.DeviceProfile;
import org.smimeconformance.contract.device.Platform;
import org.smimeconformance.contract.settings.CertificateDeployment;
import org.smimeconformance.contract.settings.ManagedConfiguration;
import org.smimeconformance.contract.settings.PolicyResult;
import org.smimeconformance.engine.device.DeviceCertificateStores;
import org.smimeconformance.engine.settings.OutlookSettings;

/**
 * One retrieval of Company Portal on one device, step by step (AUTO-7). Company Portal checks in
 * with Endpoint Manager and meets the prerequisites of AUTO-8 in this order: the device's
 * enrollment record (devices must be enrolled), the trusted roots deployed, the PFX connector
 * (Endpoint Manager cannot hand over imported certificates without it) and the user's imported
 * encryption certificates; the first one missing ends the retrieval with its code and nothing
 * changes. Then it reads the user's Azure AD groups, the Outlook policies and (on Android) the
 * certificate profiles assigned to them ({@link Targeting}), applies the policy to the app's
 * settings, and gathers the certificates the policy (iOS, POL-4..6) or the profiles (Android,
 * POL-9) ask for: imported ones ({@link ImportedCertificates}), a derived credential the device
 * already holds (AUTO-6), and for SCEP a key pair made on the device whose certificate request is
 * sent and then polled until Endpoint Manager has issued it (AUTO-5). Only when every certificate is
 * in hand are they placed, all together, where Outlook finds them (AUTO-2, AUTO-3).
 *
 * <p>Every step runs on Company Portal's thread; a step never waits: a pending certificate is asked
 * for again by scheduling the next poll. Every request is bounded by the world's timeouts.
 */
final class Retrieval {

    /** What a step led to: the end, or another poll of a pending SCEP request. */
    sealed interface Step permits Done, Poll {
    }

    /** The retrieval settled with this outcome. */
    record Done(Outcome outcome) implements Step {
    }

    /** A SCEP request is pending: poll again. */
    record Poll(Plan plan, int polls) implements Step {
    }

    /** A certificate to place, with its private key and the rest of its chain. */
    record Placement(X509Certificate certificate, PrivateKey privateKey, List<X509Certificate> chain, String what) {
    }

    /** What the retrieval gathered before a pending SCEP request. */
    record Plan(List<Placement> placements, List<String> notes, KeyPair scepKeys, String scepRequest) {
    }

    private final DeviceProfile profile;
    private final DeviceCertificateStores stores;
    private final OutlookSettings settings;
    private final IntuneConnection intune;
    private final Clock clock;
    private final Supplier<Optional<DerivedCredential>> derived;
    private final int maxPolls;

    Retrieval(DeviceProfile profile, DeviceCertificateStores stores, OutlookSettings settings, IntuneConnection intune,
              Clock clock, Supplier<Optional<DerivedCredential>> derived, int maxPolls) {
        this.profile = profile;
        this.stores = stores;
        this.settings = settings;
        this.intune = intune;
        this.clock = clock;
        this.derived = derived;
        this.maxPolls = maxPolls;
    }

    /** The first step: check in, judge, gather, and send the SCEP request if one is needed. */
    Step checkIn() {
        IntuneConnection.Reply record = intune.get(IntuneConnection.device(profile.deviceId(), ""));
        if (record.status() == 404 && record.errorCode().equals("DeviceNotEnrolled")) {
            return done(OutcomeCode.DEVICE_NOT_ENROLLED, "Endpoint Manager has no enrollment of " + profile.deviceId()
                    + "; devices must be enrolled to receive trusted root and S/MIME certificates automatically");
        }
        JsonNode enrollment = json(record);
        String user = enrollment == null ? "" : enrollment.path("userPrincipalName").asText("");
        if (user.isEmpty()) {
            return unreachable("the device's enrollment record", record);
        }

        IntuneConnection.Reply roots = intune.get(IntuneConnection.device(profile.deviceId(), "trustedRoots"));
        JsonNode rootList = json(roots);
        if (rootList == null) {
            return unreachable("the trusted root certificates", roots);
        }
        if (rootList.path("value").isEmpty()) {
            return done(OutcomeCode.TRUSTED_ROOTS_NOT_DEPLOYED, "no trusted root certificate is deployed via Endpoint "
                    + "Manager (trusted certificate profile); automated delivery cannot go on");
        }

        IntuneConnection.Reply pkcs = intune.get(IntuneConnection.device(profile.deviceId(), "pkcsCertificates"));
        if (pkcs.status() == 503 && pkcs.errorCode().equals("PfxConnectorNotInstalled")) {
            return done(OutcomeCode.PFX_CONNECTOR_NOT_INSTALLED, "the PFX Certificate Connector for Microsoft Intune is "
                    + "not installed, so Endpoint Manager cannot deliver imported certificates");
        }
        JsonNode pkcsList = json(pkcs);
        if (pkcsList == null) {
            return unreachable("the imported certificates", pkcs);
        }
        ImportedCertificates imported = ImportedCertificates.read(pkcsList.path("value"));
        if (imported.forEncryption().isEmpty()) {
            return done(OutcomeCode.ENCRYPTION_CERTIFICATES_NOT_IMPORTED, "no encryption certificate of " + user
                    + " is imported into Endpoint Manager" + (imported.unreadable().isEmpty() ? ""
                    : " that opens (" + String.join(", ", imported.unreadable()) + ")"));
        }

        IntuneConnection.Reply memberOf = intune.get("users/" + IntuneConnection.segment(user) + "/memberOf");
        JsonNode groupList = json(memberOf);
        if (groupList == null) {
            return unreachable("the user's groups", memberOf);
        }
        Set<String> groups = Targeting.groups(groupList.path("value"));

        IntuneConnection.Reply policies = intune.get(IntuneConnection.device(profile.deviceId(), "appConfigurationPolicies"));
        JsonNode policyList = json(policies);
        if (policyList == null) {
            return unreachable("the app configuration policies", policies);
        }
        Targeting.Targeted targeted = Targeting.policies(policyList.path("value"), groups, profile.platform());
        List<String> notes = new ArrayList<>();
        if (!targeted.wrongPlatform().isEmpty()) {
            notes.add("refused, made for another platform: " + String.join(", ", targeted.wrongPlatform()));
        }
        PolicyOutcome policy = applyPolicy(targeted);
        List<Placement> placements = new ArrayList<>();
        boolean scep;
        if (profile.platform() == Platform.IOS) {
            if (!policy.applied()) {
                return new Done(policy.refusal().orElseGet(() -> targeted.wrongPlatform().isEmpty()
                        ? Outcome.of(OutcomeCode.NO_POLICY_ASSIGNED, "no Outlook app configuration policy is assigned "
                        + "to a group " + user + " is a member of; nothing was changed")
                        : Outcome.of(OutcomeCode.POLICY_WRONG_PLATFORM, "the only Outlook policies assigned to " + user
                        + " are for another platform and were refused: " + String.join(", ", targeted.wrongPlatform()))));
            }
            Optional<CertificateDeployment> deployment = policy.deployment();
            if (deployment.isEmpty() || !deployment.get().deployFromIntune()) {
                return done(OutcomeCode.NOTHING_TO_DELIVER, "the policy was applied; \"Deploy S/MIME certificates from "
                        + "Intune\" is not Yes, so the policy delivers no certificate");
            }
            Optional<Outcome> missing = iosCertificates(deployment.get(), imported, placements);
            if (missing.isPresent()) {
                return new Done(missing.get());
            }
            scep = deployment.get().signingProfile() == CertificateDeployment.SigningProfile.SCEP;
        } else {
            IntuneConnection.Reply profiles = intune.get(IntuneConnection.device(profile.deviceId(), "certificateProfiles"));
            JsonNode profileList = json(profiles);
            if (profileList == null) {
                return unreachable("the certificate profiles", profiles);
            }
            Targeting.Targeted assigned = Targeting.profiles(profileList.path("value"), groups, Platform.ANDROID);
            if (!assigned.wrongPlatform().isEmpty()) {
                notes.add("certificate profiles refused, made for another platform: "
                        + String.join(", ", assigned.wrongPlatform()));
            }
            if (assigned.mine().isEmpty()) {
                if (policy.applied()) {
                    return done(OutcomeCode.NOTHING_TO_DELIVER, "the Outlook policy was applied; no SCEP or PKCS "
                            + "certificate profile is assigned to " + user + ", and on Android certificates come only "
                            + "through those profiles");
                }
                if (policy.refusal().isPresent()) {
                    return new Done(policy.refusal().get());
                }
                if (!targeted.wrongPlatform().isEmpty() || !assigned.wrongPlatform().isEmpty()) {
                    return done(OutcomeCode.POLICY_WRONG_PLATFORM, "what is assigned to " + user + " is made for "
                            + "another platform and was refused: " + String.join("; ", notes));
                }
                return done(OutcomeCode.NO_POLICY_ASSIGNED, "neither an Outlook policy nor a certificate profile is "
                        + "assigned to a group " + user + " is a member of; nothing was changed");
            }
            policy.refusal().ifPresent(refusal -> notes.add("the Outlook policy was refused: " + refusal));
            Optional<Outcome> missing = androidCertificates(assigned.mine(), imported, placements, notes);
            if (missing.isPresent()) {
                return new Done(missing.get());
            }
            scep = assigned.mine().stream().anyMatch(p -> p.path("type").asText("").equalsIgnoreCase("SCEP"));
        }
        if (!scep) {
            return finish(new Plan(placements, notes, null, null), Optional.empty());
        }
        KeyPair keys = DeviceKeys.generate();
        IntuneConnection.Reply accepted = intune.post(IntuneConnection.device(profile.deviceId(), "scepRequests"),
                "application/pkcs10", DeviceKeys.certificateRequest(keys, user));
        JsonNode request = json(accepted);
        if (request == null || request.path("id").asText("").isEmpty()) {
            return unreachable("SCEP issuance", accepted);
        }
        return new Poll(new Plan(placements, notes, keys, request.path("id").asText()), 0);
    }

    /** A later step: ask whether the pending SCEP request was issued. */
    Step poll(Plan plan, int polls) {
        IntuneConnection.Reply answer = intune.get(IntuneConnection.device(profile.deviceId(),
                "scepRequests/" + IntuneConnection.segment(plan.scepRequest())));
        JsonNode status = json(answer);
        if (status == null) {
            return unreachable("the pending SCEP request", answer);
        }
        if (status.path("status").asText("").equals("pending")) {
            if (polls + 1 >= maxPolls) {
                return done(OutcomeCode.INTUNE_UNREACHABLE, "Endpoint Manager still had not issued the SCEP "
                        + "certificate after " + (polls + 1) + " polls; Company Portal gave up");
            }
            return new Poll(plan, polls + 1);
        }
        Optional<X509Certificate> issued = certificate(status.path("certificate").asText(""));
        if (issued.isEmpty() || !issued.get().getPublicKey().equals(plan.scepKeys().getPublic())) {
            return done(OutcomeCode.INTUNE_UNREACHABLE, "Endpoint Manager's answer to the SCEP request is not a "
                    + "certificate for the key this device made");
        }
        return finish(plan, Optional.of(new Placement(issued.get(), plan.scepKeys().getPrivate(), List.of(),
                "SCEP signing certificate")));
    }

    private record PolicyOutcome(boolean applied, Optional<CertificateDeployment> deployment, Optional<Outcome> refusal) {
    }

    /** Applies the one policy for this device, or says why none was. */
    private PolicyOutcome applyPolicy(Targeting.Targeted targeted) {
        if (targeted.mine().size() > 1) {
            return new PolicyOutcome(false, Optional.empty(), Optional.of(Outcome.of(OutcomeCode.POLICY_CONTRADICTION,
                    targeted.mine().size() + " Outlook policies for this platform are assigned to the user; Endpoint "
                    + "Manager reports them in conflict and none is applied")));
        }
        if (targeted.mine().isEmpty()) {
            return new PolicyOutcome(false, Optional.empty(), Optional.empty());
        }
        JsonNode policy = targeted.mine().get(0);
        JsonNode smime = policy.path("smimeCertificates");
        Optional<CertificateDeployment> deployment = Optional.empty();
        if (smime.isObject()) {
            if (profile.platform() == Platform.IOS) {
                CertificateDeploymentReader.Reading reading = CertificateDeploymentReader.read(smime);
                if (!reading.problems().isEmpty()) {
                    var first = reading.problems().get(0);
                    return new PolicyOutcome(false, Optional.empty(), Optional.of(Outcome.of(first.code(), "the policy \""
                            + policy.path("displayName").asText("?") + "\" was refused as a whole, nothing of it applied: "
                            + first.message())));
                }
                deployment = reading.deployment();
            } else {
                deployment = Optional.of(CertificateDeploymentReader.readAnyway(smime));
            }
        }
        PolicyResult result = settings.applyManagedConfiguration(new ManagedConfiguration(Targeting.settings(policy), deployment));
        if (result.outcome().code() != OutcomeCode.POLICY_APPLIED) {
            return new PolicyOutcome(false, Optional.empty(), Optional.of(Outcome.of(result.outcome().code(), "the policy \""
                    + policy.path("displayName").asText("?") + "\": " + result.outcome().message())));
        }
        return new PolicyOutcome(true, deployment, Optional.empty());
    }

    private Optional<Outcome> iosCertificates(CertificateDeployment deployment, ImportedCertificates imported,
                                              List<Placement> placements) {
        switch (deployment.signingProfile()) {
            case PKCS_IMPORTED -> {
                Optional<ImportedCertificates.Imported> signing = imported.forSigning(clock.instant());
                if (signing.isEmpty()) {
                    return Optional.of(Outcome.of(OutcomeCode.SIGNING_CERTIFICATE_NOT_IMPORTED, "the signing profile type "
                            + "is PKCS imported certificates, and no imported certificate valid now supports signing"));
                }
                placements.add(placement(signing.get(), "imported signing certificate"));
            }
            case DERIVED_CREDENTIALS -> {
                Optional<DerivedCredential> credential = derived.get();
                if (credential.isEmpty()) {
                    return Optional.of(missingDerivedCredential("signing"));
                }
                placements.add(new Placement(credential.get().signing(), credential.get().signingKey(), List.of(),
                        "derived signing credential"));
            }
            case SCEP -> {
                // requested once everything else is in hand
            }
        }
        switch (deployment.encryptionProfile()) {
            case PKCS_IMPORTED -> imported.forEncryption().forEach(i -> placements.add(placement(i, "imported encryption certificate")));
            case DERIVED_CREDENTIALS -> {
                Optional<DerivedCredential> credential = derived.get();
                if (credential.isEmpty()) {
                    return Optional.of(missingDerivedCredential("encryption"));
                }
                placements.add(new Placement(credential.get().encryption(), credential.get().encryptionKey(), List.of(),
                        "derived encryption credential"));
            }
        }
        return Optional.empty();
    }

    private Optional<Outcome> androidCertificates(List<JsonNode> profiles, ImportedCertificates imported,
                                                  List<Placement> placements, List<String> notes) {
        for (JsonNode assigned : profiles) {
            String type = assigned.path("type").asText("").toLowerCase(Locale.ROOT);
            String purpose = assigned.path("intendedPurpose").asText("").toLowerCase(Locale.ROOT);
            if (type.equals("scep")) {
                continue;
            }
            if (!type.equals("pkcs imported")) {
                notes.add("certificate profile \"" + assigned.path("displayName").asText("?") + "\" of type "
                        + assigned.path("type") + " is not an S/MIME SCEP or PKCS imported profile; passed over");
                continue;
            }
            if (purpose.equals("s/mime signing")) {
                Optional<ImportedCertificates.Imported> signing = imported.forSigning(clock.instant());
                if (signing.isEmpty()) {
                    return Optional.of(Outcome.of(OutcomeCode.SIGNING_CERTIFICATE_NOT_IMPORTED, "the PKCS imported "
                            + "profile for S/MIME signing finds no imported certificate valid now that supports signing"));
                }
                placements.add(placement(signing.get(), "imported signing certificate"));
            } else {
                imported.forEncryption().forEach(i -> placements.add(placement(i, "imported encryption certificate")));
            }
        }
        return Optional.empty();
    }

    private Step finish(Plan plan, Optional<Placement> scep) {
        List<Placement> all = new ArrayList<>(plan.placements());
        scep.ifPresent(all::add);
        List<String> placed = new ArrayList<>();
        for (Placement placement : all) {
            String id = stores.place(placement.certificate(), placement.privateKey(), placement.chain());
            placed.add(placement.what() + " " + placement.certificate().getSubjectX500Principal().getName() + " as " + id);
        }
        return done(OutcomeCode.CERTIFICATES_DELIVERED, "Company Portal placed " + all.size() + " certificate"
                + (all.size() == 1 ? "" : "s") + " with " + (all.size() == 1 ? "its private key" : "their private keys")
                + " in " + stores.outlooksStore() + ": " + String.join("; ", placed)
                + (plan.notes().isEmpty() ? "" : " (" + String.join("; ", plan.notes()) + ")"));
    }

    private static Placement placement(ImportedCertificates.Imported imported, String what) {
        return new Placement(imported.certificate(), imported.privateKey(), imported.chain(), what);
    }

    private static Outcome missingDerivedCredential(String purpose) {
        return Outcome.of(OutcomeCode.DERIVED_CREDENTIAL_MISSING, "the " + purpose + " profile type is Derived "
                + "credentials, and no derived credential was retrieved on this device through the derived credential flow");
    }

    private static Done done(OutcomeCode code, String message) {
        return new Done(Outcome.of(code, message));
    }

    private static Done unreachable(String what, IntuneConnection.Reply reply) {
        return done(OutcomeCode.INTUNE_UNREACHABLE, "Company Portal could not get " + what + " from Endpoint Manager: "
                + (reply.answered() && reply.json() == null && reply.ok() ? "the answer is not JSON" : reply.describe()));
    }

    /** The JSON of a successful answer, or null. */
    private static JsonNode json(IntuneConnection.Reply reply) {
        return reply.ok() ? reply.json() : null;
    }

    /** A certificate from standard base64 DER. */
    static Optional<X509Certificate> certificate(String base64) {
        try {
            return Optional.of((X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64))));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            return Optional.empty();
        }
    }
}
