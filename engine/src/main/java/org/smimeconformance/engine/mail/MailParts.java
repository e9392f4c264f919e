package org.smimeconformance.engine.mail;

import java.util.Objects;

/**
 * The replaceable parts of composing and reading mail. The reference engine uses
 * {@link #reference()}; a deliberately broken variant swaps exactly one, e.g.
 * {@code mail -> mail.withExpiryAlert(ExpiryAlert.within(Duration.ofDays(31)))}. Immutable; the
 * parts themselves must be thread-safe.
 *
 * @param signatureEncoding how a signed message is encoded (SEND-5)
 * @param expiryAlert       when the user is alerted that their certificate expires (SEND-2)
 * @param smimeContentGate  whether received S/MIME content is consumed (VIEW-5)
 */
public record MailParts(SignatureEncoding signatureEncoding, ExpiryAlert expiryAlert,
                        SmimeContentGate smimeContentGate) {

    public MailParts {
        Objects.requireNonNull(signatureEncoding, "signatureEncoding");
        Objects.requireNonNull(expiryAlert, "expiryAlert");
        Objects.requireNonNull(smimeContentGate, "smimeContentGate");
    }

    /** Clear-signing, the alert from 30 days before expiry, S/MIME content only with S/MIME on. */
    public static MailParts reference() {
        return new MailParts(SignatureEncoding.clearSigned(), ExpiryAlert.reference(), SmimeContentGate.reference());
    }

    public MailParts withSignatureEncoding(SignatureEncoding replacement) {
        return new MailParts(replacement, expiryAlert, smimeContentGate);
    }

    public MailParts withExpiryAlert(ExpiryAlert replacement) {
        return new MailParts(signatureEncoding, replacement, smimeContentGate);
    }

    public MailParts withSmimeContentGate(SmimeContentGate replacement) {
        return new MailParts(signatureEncoding, expiryAlert, replacement);
    }
}
