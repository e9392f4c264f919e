package org.smimeconformance.engine.mail;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * A private key on the device with its certificate, which names the recipient info it opens.
 *
 * @param privateKey  the key
 * @param certificate its certificate
 */
public record DecryptionKey(PrivateKey privateKey, X509Certificate certificate) {

    public DecryptionKey {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
    }
}
