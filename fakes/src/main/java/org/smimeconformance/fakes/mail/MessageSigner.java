package org.smimeconformance.fakes.mail;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * Who signs a message: the private key, its certificate, and the intermediates sent along.
 *
 * @param privateKey  the signer's private key
 * @param certificate the signer's certificate
 * @param carried     intermediates carried in the signature besides the signer's certificate
 */
public record MessageSigner(PrivateKey privateKey, X509Certificate certificate, List<X509Certificate> carried) {

    public MessageSigner {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
        carried = List.copyOf(carried);
    }

    /** ECDSA or RSA PKCS#1 v1.5, over SHA-256. */
    String signatureAlgorithm() {
        String algorithm = privateKey.getAlgorithm();
        return algorithm.equals("EC") || algorithm.equals("ECDSA") ? "SHA256withECDSA" : "SHA256withRSA";
    }
}
