/**
 * The port between the conformance scenarios and an S/MIME implementation under test.
 *
 * <p>Everything here is phrased in the words of the Microsoft Learn article "S/MIME for Outlook for
 * iOS and Android": devices and their platform, the account and its primary SMTP address,
 * certificate stores, the app's settings and the managed app configuration, certificate lookups,
 * compose, view and certificate delivery, one subpackage each ({@code trust}, {@code identity},
 * {@code device}, {@code settings}, {@code lookup}, {@code mail}, {@code delivery}). Certificates
 * and CRLs travel as DER or PEM bytes, private keys only inside PKCS#12 files; no type of a
 * cryptography or test library appears in a signature.
 *
 * <p>An implementation is found at run time through {@link java.util.ServiceLoader} as an
 * {@link org.smimeconformance.contract.Implementation}; it receives its whole world (clock, trusted
 * roots, network timeouts, endpoint addresses, limits) through
 * {@link org.smimeconformance.contract.World}, declares what it supports as
 * {@link org.smimeconformance.contract.capability.Capability capabilities}, and gives every judgement as an
 * {@link org.smimeconformance.contract.outcome.Outcome}: a stable
 * {@link org.smimeconformance.contract.outcome.OutcomeCode} plus a human message.
 */
package org.smimeconformance.contract;
