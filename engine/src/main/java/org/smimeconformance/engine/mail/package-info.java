/**
 * S/MIME messages as MIME and CMS, with Bouncy Castle and Jakarta Mail: writing them as the client
 * sends them ({@link org.smimeconformance.engine.mail.SmimeWriter}: clear-signed, encrypted with
 * AES-256-CBC to RSA and EC certificates, signed then encrypted) and reading any of them
 * ({@link org.smimeconformance.engine.mail.SmimeReader}: clear- and opaque-signed, encrypted,
 * signed and encrypted), both interoperable with {@code openssl cms}; and the replaceable parts of
 * composing and reading ({@link org.smimeconformance.engine.mail.MailParts}: how a signature is
 * encoded, when the expiry alert shows, whether received S/MIME content is consumed) and where the
 * recipients' certificates come from ({@link org.smimeconformance.engine.mail.RecipientCertificates}).
 * Nothing here knows devices or trust; nothing is static and mutable.
 */
package org.smimeconformance.engine.mail;
