package org.smimeconformance.contract.mail;

import java.util.List;
import java.util.Optional;

import org.smimeconformance.contract.outcome.Outcome;

/**
 * What saving or sending a draft did.
 *
 * @param outcome                          sent or saved, or why not
 * @param mime                             the encoded message (RFC 5322 bytes), when one was produced
 * @param recipientsWithoutValidCertificate those the app offers to remove before sending encrypted (SEND-10)
 * @param alerts                           warnings shown to the sender, e.g. a certificate that expires soon (SEND-2)
 */
public record ComposeResult(Outcome outcome, Optional<byte[]> mime, List<String> recipientsWithoutValidCertificate,
                            List<Outcome> alerts) {

    public ComposeResult {
        recipientsWithoutValidCertificate = List.copyOf(recipientsWithoutValidCertificate);
        alerts = List.copyOf(alerts);
    }
}
