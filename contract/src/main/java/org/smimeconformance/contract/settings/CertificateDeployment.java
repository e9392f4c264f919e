package org.smimeconformance.contract.settings;

import java.util.Objects;

import org.smimeconformance.contract.delivery.Notification;

/**
 * The iOS designer settings of the Outlook S/MIME policy in Endpoint Manager that have no public
 * configuration key (POL-4..POL-7).
 *
 * @param deployFromIntune  "Deploy S/MIME certificates from Intune"
 * @param signingProfile    the signing certificate profile type
 * @param encryptionProfile the encryption certificate profile type
 * @param notification      how end users are told to retrieve their certificates
 */
public record CertificateDeployment(boolean deployFromIntune, SigningProfile signingProfile,
                                    EncryptionProfile encryptionProfile, Notification notification) {

    public CertificateDeployment {
        Objects.requireNonNull(signingProfile, "signingProfile");
        Objects.requireNonNull(encryptionProfile, "encryptionProfile");
        Objects.requireNonNull(notification, "notification");
    }

    /** Signing certificate profile types (POL-5). */
    public enum SigningProfile { SCEP, PKCS_IMPORTED, DERIVED_CREDENTIALS }

    /** Encryption certificate profile types (POL-6): SCEP is not offered for encryption. */
    public enum EncryptionProfile { PKCS_IMPORTED, DERIVED_CREDENTIALS }
}
