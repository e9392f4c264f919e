package org.smimeconformance.engine.mail;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * The signature of a received message, checked against the signer's public key only; whether the
 * signer is trusted is a separate question (trust verification).
 *
 * @param valid     the signature verifies over the content as received
 * @param signer    the signer's certificate, when the message carries it
 * @param carried   every certificate the message carries (the signer's and its intermediates)
 * @param reason    why the signature does not verify, empty when it does
 */
public record SignatureCheck(boolean valid, Optional<X509Certificate> signer, List<X509Certificate> carried,
                             String reason) {

    public SignatureCheck {
        carried = List.copyOf(carried);
    }
}
