/**
 * S/MIME messages as MIME and CMS, with Bouncy Castle and Jakarta Mail: writing them as the client
 * sends them ({@link org.smimeconformance.engine.mail.SmimeWriter}: clear-signed, encrypted with
 * AES-256-CBC to RSA and EC certificates, signed then encrypted) and reading any of them
 * ({@link org.smimeconformance.engine.mail.SmimeReader}: clear- and opaque-signed, encrypted,
 * signed and encrypted), both interoperable with {@code openssl cms}; the replaceable parts of
 * composing and reading ({@link org.smimeconformance.engine.mail.MailParts}: how a signature is
 * encoded, when the expiry alert shows, whether received S/MIME content is consumed); and the seam
 * through which composing gets the recipients' certificates
 * ({@link org.smimeconformance.engine.mail.RecipientCertificates}, implemented in the directory
 * package).
 *
 * <p>Nothing here knows devices. Of trust it uses only the reading of certificate fields
 * ({@link org.smimeconformance.engine.trust.CertificateFields}, to name a certificate in the expiry
 * alert), never verification: a signature is checked against the signer's public key alone
 * ({@link org.smimeconformance.engine.mail.SignatureCheck}), and whether the signer is trusted is
 * judged by the device's reading pane. Of identity it uses only
 * {@link org.smimeconformance.engine.identity.AddressComparison}, to count a recipient named twice
 * once. Nothing is static and mutable.
 */
package org.smimeconformance.engine.mail;
