package org.smimeconformance.engine.delivery;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.delivery.Notification;
import org.smimeconformance.contract.settings.CertificateDeployment;
import org.smimeconformance.contract.settings.CertificateDeployment.EncryptionProfile;
import org.smimeconformance.contract.settings.CertificateDeployment.SigningProfile;
import org.smimeconformance.contract.settings.PolicyProblem;

/**
 * Reads the S/MIME certificate settings of the iOS designer as Endpoint Manager serves them with a
 * policy (iOS steps 12 to 15; {@code fakes/README.md}: {@code deployFromIntune},
 * {@code signingCertificateType}, {@code encryptionCertificateType}, {@code endUserNotification}),
 * named in problems by their designer labels:
 * <ul>
 *   <li>"Deploy S/MIME certificates from Intune" is a JSON Boolean; unset is No;</li>
 *   <li>the signing profile type is "SCEP", "PKCS imported certificates" or "Derived credentials";</li>
 *   <li>the encryption profile type is "PKCS imported certificates" or "Derived credentials": SCEP is
 *       not offered for encryption (POL-6);</li>
 *   <li>the notification is "Company Portal" (the default) or "Email";</li>
 *   <li>with Deploy Yes both profile types must be chosen; anything else is {@code POLICY_UNKNOWN_KEY}.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class CertificateDeploymentReader {

    static final String DEPLOY = "Deploy S/MIME certificates from Intune";
    static final String SIGNING = "Signing certificates: Certificate profile type";
    static final String ENCRYPTION = "Encryption certificates: Certificate profile type";
    static final String NOTIFICATION = "End-user notifications";

    private static final Map<String, SigningProfile> SIGNING_TYPES = Map.of(
            "SCEP", SigningProfile.SCEP,
            "PKCS imported certificates", SigningProfile.PKCS_IMPORTED,
            "Derived credentials", SigningProfile.DERIVED_CREDENTIALS);
    private static final Map<String, EncryptionProfile> ENCRYPTION_TYPES = Map.of(
            "PKCS imported certificates", EncryptionProfile.PKCS_IMPORTED,
            "Derived credentials", EncryptionProfile.DERIVED_CREDENTIALS);
    private static final Map<String, Notification> NOTIFICATIONS = Map.of(
            "Company Portal", Notification.COMPANY_PORTAL,
            "Email", Notification.EMAIL);

    /** The settings read, or every problem with them. */
    record Reading(Optional<CertificateDeployment> deployment, List<PolicyProblem> problems) {
    }

    private CertificateDeploymentReader() {
    }

    /** Reads strictly, as Outlook for iOS does. */
    static Reading read(JsonNode settings) {
        List<PolicyProblem> problems = new ArrayList<>();
        Boolean deploy = false;
        SigningProfile signing = null;
        EncryptionProfile encryption = null;
        Notification notification = Notification.COMPANY_PORTAL;
        for (Iterator<Map.Entry<String, JsonNode>> fields = settings.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "deployFromIntune" -> {
                    if (value.isBoolean()) {
                        deploy = value.booleanValue();
                    } else {
                        problems.add(new PolicyProblem(DEPLOY, OutcomeCode.POLICY_WRONG_TYPE, DEPLOY
                                + " is Yes or No (a Boolean), not " + value));
                    }
                }
                case "signingCertificateType" -> {
                    signing = SIGNING_TYPES.get(value.asText(""));
                    if (signing == null) {
                        problems.add(new PolicyProblem(SIGNING, OutcomeCode.POLICY_INVALID_VALUE, SIGNING + " is SCEP, "
                                + "PKCS imported certificates or Derived credentials, not " + value));
                    }
                }
                case "encryptionCertificateType" -> {
                    encryption = ENCRYPTION_TYPES.get(value.asText(""));
                    if (encryption == null) {
                        problems.add(new PolicyProblem(ENCRYPTION, OutcomeCode.POLICY_INVALID_VALUE, ENCRYPTION
                                + " is PKCS imported certificates or Derived credentials, not " + value
                                + ("SCEP".equals(value.asText("")) ? ": SCEP is not offered for encryption" : "")));
                    }
                }
                case "endUserNotification" -> {
                    Notification read = NOTIFICATIONS.get(value.asText(""));
                    if (read == null) {
                        problems.add(new PolicyProblem(NOTIFICATION, OutcomeCode.POLICY_INVALID_VALUE, NOTIFICATION
                                + " is Company Portal or Email, not " + value));
                    } else {
                        notification = read;
                    }
                }
                default -> problems.add(new PolicyProblem(field.getKey(), OutcomeCode.POLICY_UNKNOWN_KEY, "'"
                        + field.getKey() + "' is not an S/MIME certificate setting of the Outlook policy"));
            }
        }
        if (Boolean.TRUE.equals(deploy) && problems.isEmpty()) {
            if (signing == null) {
                problems.add(new PolicyProblem(SIGNING, OutcomeCode.POLICY_INVALID_VALUE, "with " + DEPLOY
                        + " Yes, a signing certificate profile type must be chosen"));
            }
            if (encryption == null) {
                problems.add(new PolicyProblem(ENCRYPTION, OutcomeCode.POLICY_INVALID_VALUE, "with " + DEPLOY
                        + " Yes, an encryption certificate profile type must be chosen"));
            }
        }
        if (!problems.isEmpty()) {
            return new Reading(Optional.empty(), problems);
        }
        return new Reading(Optional.of(new CertificateDeployment(deploy,
                signing == null ? SigningProfile.PKCS_IMPORTED : signing,
                encryption == null ? EncryptionProfile.PKCS_IMPORTED : encryption, notification)), List.of());
    }

    /**
     * Reads leniently, whatever the values: for a policy whose platform has no such settings
     * (Android, POL-9), so that what is refused is their presence, not their values.
     */
    static CertificateDeployment readAnyway(JsonNode settings) {
        Reading strict = read(settings);
        return strict.deployment().orElseGet(() -> new CertificateDeployment(
                settings.path("deployFromIntune").asBoolean(false),
                SIGNING_TYPES.getOrDefault(settings.path("signingCertificateType").asText(""), SigningProfile.SCEP),
                ENCRYPTION_TYPES.getOrDefault(settings.path("encryptionCertificateType").asText(""),
                        EncryptionProfile.PKCS_IMPORTED),
                NOTIFICATIONS.getOrDefault(settings.path("endUserNotification").asText(""), Notification.COMPANY_PORTAL)));
    }
}
