package org.smimeconformance.engine.delivery;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * A derived credential (NIST SP 800-157) as Company Portal keeps it on the device after the derived
 * credential flow: a signing certificate and an encryption certificate, each with the private key
 * the device made for it. Company Portal holds it apart from the stores Outlook reads; it reaches
 * Outlook only through a policy whose profile type is "Derived credentials" (AUTO-6). Immutable.
 */
record DerivedCredential(X509Certificate signing, PrivateKey signingKey, X509Certificate encryption,
                         PrivateKey encryptionKey) {

    DerivedCredential {
        Objects.requireNonNull(signing, "signing");
        Objects.requireNonNull(signingKey, "signingKey");
        Objects.requireNonNull(encryption, "encryption");
        Objects.requireNonNull(encryptionKey, "encryptionKey");
    }
}
