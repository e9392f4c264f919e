/**
 * Trust verification (TRUST): chain building to a root of the virtual certificate collection
 * through handed-over intermediates and the authority information access path, validation of each
 * link, and the certificate revocation list of every certificate. The three steps are the public
 * seams {@link org.smimeconformance.engine.trust.ChainBuilder},
 * {@link org.smimeconformance.engine.trust.PathCheck} and
 * {@link org.smimeconformance.engine.trust.RevocationCheck}, put together by
 * {@link org.smimeconformance.engine.trust.TrustValidator}, which fetches AIA caIssuers and CRL
 * distribution points with the net package's {@code HttpFetcher}. Time is always the world's clock.
 *
 * <p>Reading certificates and CRLs as they travel
 * ({@link org.smimeconformance.engine.trust.CertificateReader}: DER, PEM, PKCS#7 bundles) and
 * reading a certificate's fields ({@link org.smimeconformance.engine.trust.CertificateFields}:
 * names, serial, key identifiers, distribution points) are public too: the other packages read
 * certificates with them, and verify nothing by doing so.
 */
package org.smimeconformance.engine.trust;
