package org.smimeconformance.engine.trust;

import java.net.URI;
import java.security.cert.X509CRL;

import org.smimeconformance.engine.net.Fetched;

/**
 * Where the certificate revocation list the CA published is obtained: the CRL served at one
 * distribution point, or why there is none ("connection refused", "HTTP 404", "not a CRL"). The
 * CRL is only read here, not judged. Each call is one request. Bounded in time, never throws.
 */
@FunctionalInterface
public interface CrlSource {

    Fetched<X509CRL> crl(URI distributionPoint);
}
