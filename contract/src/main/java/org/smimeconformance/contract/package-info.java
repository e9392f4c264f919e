/**
 * The port between the conformance scenarios and an S/MIME implementation under test.
 *
 * <p>Everything here is phrased in the words of the Microsoft Learn article "S/MIME for Outlook for
 * iOS and Android": devices and their platform, the account and its primary SMTP address,
 * certificate stores, the app's settings and the managed app configuration, certificate lookups,
 * compose, view and certificate delivery. Certificates, CRLs and keys travel as DER or PEM bytes;
 * no type of a cryptography or test library appears in a signature.
 *
 * <p>An implementation is found at run time through {@link java.util.ServiceLoader} as an
 * {@link org.smimeconformance.contract.Implementation}; it receives its whole world (trusted roots,
 * clock, timeouts, endpoint addresses) through {@link org.smimeconformance.contract.World} and
 * answers every question with an {@link org.smimeconformance.contract.Outcome}: a stable
 * {@link org.smimeconformance.contract.OutcomeCode} plus a human message.
 */
package org.smimeconformance.contract;
