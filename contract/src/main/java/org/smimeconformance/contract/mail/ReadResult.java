package org.smimeconformance.contract.mail;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.smimeconformance.contract.outcome.Outcome;

/**
 * What the reading pane shows for a received message (VIEW-1, VIEW-4).
 *
 * @param status              the S/MIME status bar
 * @param body                the text shown, when the message could be read
 * @param signerCertificate   the signer's certificate, DER, when the message was signed
 * @param certificateWarnings each problem with the signer's certificate, one outcome each
 * @param form                what the message is: clear-signed, opaque-signed, encrypted, ...
 * @param carriedCertificates every certificate the signature carries (the signer's and the
 *                            intermediates sent with it, TRUST-6), DER; empty when not signed
 */
public record ReadResult(Outcome status, Optional<String> body, Optional<byte[]> signerCertificate,
                         List<Outcome> certificateWarnings, MessageForm form, List<byte[]> carriedCertificates) {

    public ReadResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(signerCertificate, "signerCertificate");
        certificateWarnings = List.copyOf(certificateWarnings);
        Objects.requireNonNull(form, "form");
        carriedCertificates = List.copyOf(carriedCertificates);
    }
}
