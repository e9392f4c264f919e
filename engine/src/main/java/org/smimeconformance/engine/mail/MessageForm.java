package org.smimeconformance.engine.mail;

/** What a message is, as far as S/MIME goes. */
public enum MessageForm {
    /** No S/MIME at all. */
    PLAIN,
    /** multipart/signed with an application/pkcs7-signature part: readable without S/MIME. */
    CLEAR_SIGNED,
    /** application/pkcs7-mime; smime-type=signed-data: the content is inside the signature. */
    OPAQUE_SIGNED,
    /** application/pkcs7-mime; smime-type=enveloped-data whose content is not signed. */
    ENCRYPTED,
    /** Enveloped data whose decrypted content is a signed message. */
    SIGNED_AND_ENCRYPTED
}
