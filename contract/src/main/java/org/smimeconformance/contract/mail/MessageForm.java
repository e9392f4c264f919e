package org.smimeconformance.contract.mail;

/** What a received message is, as far as S/MIME goes (VIEW-1). */
public enum MessageForm {
    /** No S/MIME at all. */
    PLAIN,
    /** {@code multipart/signed} with a detached {@code application/pkcs7-signature}: the text is
     * readable without S/MIME (the form Outlook sends, SEND-5). */
    CLEAR_SIGNED,
    /** {@code application/pkcs7-mime; smime-type=signed-data}: the text is inside the signature, as
     * some other mail clients send it. */
    OPAQUE_SIGNED,
    /** {@code application/pkcs7-mime; smime-type=enveloped-data} whose content is not signed, or
     * could not be decrypted to tell. */
    ENCRYPTED,
    /** Enveloped data whose decrypted content is a signed message. */
    SIGNED_AND_ENCRYPTED,
    /** Not a message that can be read at all. */
    UNREADABLE
}
