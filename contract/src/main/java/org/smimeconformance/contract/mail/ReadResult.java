package org.smimeconformance.contract.mail;

import java.util.List;
import java.util.Optional;

import org.smimeconformance.contract.Outcome;

/**
 * What the reading pane shows for a received message (VIEW-1, VIEW-4).
 *
 * @param status              the S/MIME status bar
 * @param body                the text shown, when the message could be read
 * @param signerCertificate   the signer's certificate, DER, when the message was signed
 * @param certificateWarnings each problem with the signer's certificate, one outcome each
 */
public record ReadResult(Outcome status, Optional<String> body, Optional<byte[]> signerCertificate,
                         List<Outcome> certificateWarnings) {

    public ReadResult {
        certificateWarnings = List.copyOf(certificateWarnings);
    }
}
