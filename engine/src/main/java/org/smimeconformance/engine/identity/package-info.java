/**
 * Which certificate is the user's (ADDR): the account's primary SMTP address against the addresses
 * a certificate carries ({@link org.smimeconformance.engine.identity.CertificateAddresses},
 * {@link org.smimeconformance.engine.identity.AddressComparison}), the key usage against the
 * purpose ({@link org.smimeconformance.engine.identity.PurposeCheck}), and the choice among several
 * certificates on a device ({@link org.smimeconformance.engine.identity.CertificateChooser}). The
 * judgement itself is the replaceable {@link org.smimeconformance.engine.identity.AddressMatcher};
 * the reference is {@link org.smimeconformance.engine.identity.PrimarySmtpAddressMatcher}, and the
 * client's address matching is {@link org.smimeconformance.engine.identity.AddressMatchingJudge}.
 * Certificates are read with the trust package's {@code CertificateReader}; nothing here verifies
 * trust, which happens when a certificate is used.
 */
package org.smimeconformance.engine.identity;
