package org.smimeconformance.engine.identity;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.smimeconformance.contract.device.Purpose;

/**
 * Whether a certificate's key usage and extended key usage allow a purpose (ADDR, and SEND-1 later):
 * <ul>
 *   <li>signing needs {@code digitalSignature} or {@code nonRepudiation};</li>
 *   <li>encryption needs {@code keyEncipherment} for an RSA key, {@code keyAgreement} for an EC
 *       key; a key of any other algorithm cannot encrypt mail;</li>
 *   <li>a certificate without the key usage extension allows both;</li>
 *   <li>an extended key usage extension, when present, must hold {@code emailProtection}
 *       (1.3.6.1.5.5.7.3.4) or {@code anyExtendedKeyUsage} (2.5.29.37.0).</li>
 * </ul>
 * Stateless; all methods are static.
 */
public final class PurposeCheck {

    /** id-kp-emailProtection. */
    public static final String EMAIL_PROTECTION = KeyPurposeId.id_kp_emailProtection.getId();

    /** anyExtendedKeyUsage. */
    public static final String ANY_EXTENDED_KEY_USAGE = KeyPurposeId.anyExtendedKeyUsage.getId();

    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;
    private static final int KEY_ENCIPHERMENT = 2;
    private static final int KEY_AGREEMENT = 4;

    private PurposeCheck() {
    }

    /** Why the certificate does not allow the purpose, or empty when it does. */
    public static Optional<String> refusal(X509Certificate certificate, Purpose purpose) {
        Optional<String> keyUsage = keyUsageRefusal(certificate, purpose);
        return keyUsage.isPresent() ? keyUsage : extendedKeyUsageRefusal(certificate);
    }

    private static Optional<String> keyUsageRefusal(X509Certificate certificate, Purpose purpose) {
        boolean[] bits = certificate.getKeyUsage();
        String algorithm = keyAlgorithm(certificate);
        if (purpose == Purpose.SIGNING) {
            if (bits == null || bit(bits, DIGITAL_SIGNATURE) || bit(bits, NON_REPUDIATION)) {
                return Optional.empty();
            }
            return Optional.of("its key usage allows neither digitalSignature nor nonRepudiation, so it cannot sign");
        }
        if (!algorithm.equals("RSA") && !algorithm.equals("EC")) {
            return Optional.of("its " + algorithm + " key cannot encrypt mail (only RSA and EC keys can)");
        }
        if (bits == null) {
            return Optional.empty();
        }
        if (algorithm.equals("RSA")) {
            return bit(bits, KEY_ENCIPHERMENT) ? Optional.empty()
                    : Optional.of("its key usage lacks keyEncipherment, which an RSA key needs to encrypt");
        }
        return bit(bits, KEY_AGREEMENT) ? Optional.empty()
                : Optional.of("its key usage lacks keyAgreement, which an EC key needs to encrypt");
    }

    private static Optional<String> extendedKeyUsageRefusal(X509Certificate certificate) {
        List<String> purposes;
        try {
            purposes = certificate.getExtendedKeyUsage();
        } catch (CertificateParsingException malformed) {
            return Optional.of("its extended key usage cannot be read");
        }
        if (purposes == null || purposes.contains(EMAIL_PROTECTION) || purposes.contains(ANY_EXTENDED_KEY_USAGE)) {
            return Optional.empty();
        }
        return Optional.of("its extended key usage " + purposes + " holds neither "
                + KeyPurposes.name(KeyPurposeId.id_kp_emailProtection) + " nor "
                + KeyPurposes.name(KeyPurposeId.anyExtendedKeyUsage));
    }

    /** {@code RSA}, {@code EC} or the JDK's name for another key algorithm. */
    static String keyAlgorithm(X509Certificate certificate) {
        String algorithm = certificate.getPublicKey().getAlgorithm();
        return algorithm.equals("ECDSA") ? "EC" : algorithm;
    }

    private static boolean bit(boolean[] bits, int index) {
        return index < bits.length && bits[index];
    }
}
