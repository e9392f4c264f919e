package org.smimeconformance.engine.trust;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.List;

import org.smimeconformance.engine.net.Fetched;

/**
 * Where intermediates are obtained "through the authority information access path": every
 * certificate served at an AIA caIssuers address (one certificate, or a certs-only bundle), or why
 * there are none. Each call is one request. Implementations are bounded in time and never throw.
 */
@FunctionalInterface
public interface AiaSource {

    Fetched<List<X509Certificate>> caIssuers(URI address);
}
