package org.smimeconformance.engine.mail;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A private key with its certificate, and the certificates to send along with a signature.
 *
 * @param privateKey  the key
 * @param certificate its certificate
 * @param chain       intermediates carried with the message (TRUST-6), may be empty
 */
public record SigningKey(PrivateKey privateKey, X509Certificate certificate, List<X509Certificate> chain) {

    public SigningKey {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
        chain = List.copyOf(chain);
    }

    /** The signature algorithm for the key: ECDSA or RSA PKCS#1 v1.5, over SHA-256. */
    String signatureAlgorithm() {
        return "EC".equals(privateKey.getAlgorithm()) || "ECDSA".equals(privateKey.getAlgorithm())
                ? "SHA256withECDSA" : "SHA256withRSA";
    }
}
