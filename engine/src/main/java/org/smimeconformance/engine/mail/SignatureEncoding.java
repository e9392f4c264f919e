package org.smimeconformance.engine.mail;

import java.time.Instant;

import jakarta.mail.internet.MimeBodyPart;

/**
 * How a signed message is encoded: the replaceable part of signing (SEND-5). The reference
 * ({@link #clearSigned()}) clear-signs, {@code multipart/signed} with a detached
 * {@code application/pkcs7-signature}; a deliberately broken variant may sign opaquely. Must be
 * thread-safe.
 */
@FunctionalInterface
public interface SignatureEncoding {

    /**
     * @param content     the content to sign
     * @param key         the sender's key, certificate and the intermediates to carry
     * @param signingTime the signing time attribute, from the world's clock
     * @return the signed content: a {@code MimeMultipart} or a {@code MimeBodyPart}, as
     *         {@link SmimeWriter#message} takes it
     */
    Object sign(MimeBodyPart content, SigningKey key, Instant signingTime) throws MessageFailure;

    /** Outlook's only form: clear-signed (SEND-5). */
    static SignatureEncoding clearSigned() {
        SmimeWriter writer = new SmimeWriter();
        return writer::clearSign;
    }
}
