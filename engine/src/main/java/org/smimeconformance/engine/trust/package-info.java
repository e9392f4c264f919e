/**
 * Trust verification (TRUST): chain building to a root of the virtual certificate collection
 * through handed-over intermediates and the authority information access path, validation of each
 * link, and the certificate revocation list of every certificate. The three steps are the public
 * seams {@link org.smimeconformance.engine.trust.ChainBuilder},
 * {@link org.smimeconformance.engine.trust.PathCheck} and
 * {@link org.smimeconformance.engine.trust.RevocationCheck}, put together by
 * {@link org.smimeconformance.engine.trust.TrustValidator}. Time is always the world's clock.
 */
package org.smimeconformance.engine.trust;
