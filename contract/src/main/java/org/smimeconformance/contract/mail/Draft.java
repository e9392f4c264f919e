package org.smimeconformance.contract.mail;

import java.util.List;
import java.util.Objects;

/**
 * A message being composed, with the sender's S/MIME choices (SEND-3).
 *
 * @param from    the sender's primary SMTP address
 * @param to      recipients; distribution groups are expanded by the app (SEND-4)
 * @param subject subject line
 * @param body    plain text body
 * @param sign    sign the message
 * @param encrypt encrypt the message
 */
public record Draft(String from, List<String> to, String subject, String body, boolean sign, boolean encrypt) {

    public Draft {
        Objects.requireNonNull(from, "from");
        to = List.copyOf(to);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
