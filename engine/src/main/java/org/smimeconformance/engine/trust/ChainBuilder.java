package org.smimeconformance.engine.trust;

import java.security.cert.X509Certificate;
import java.util.List;

import org.smimeconformance.contract.Limits;

/**
 * Builds the certificate chain of a leaf "until it reaches a trusted root certificate": from the
 * trusted roots (the virtual certificate collection), the intermediates that came with the
 * certificate (TRUST-6), and those obtained through the authority information access path
 * (TRUST-5). Picks issuers by name and key identifier only; signatures, validity and revocation
 * are judged later by {@link PathCheck} and {@link RevocationCheck}.
 *
 * <p>Implementations are thread-safe and never throw for bad certificates or network trouble: a
 * chain that cannot be built is a {@link BuiltChain#broken broken} chain with
 * {@code NO_TRUSTED_ROOT} or {@code CHAIN_TOO_LONG}.
 */
@FunctionalInterface
public interface ChainBuilder {

    /**
     * @param leaf          the certificate to judge
     * @param trustedRoots  the roots of the virtual certificate collection
     * @param intermediates the certificates that came with the leaf, in any order
     * @param aia           where AIA caIssuers addresses are fetched
     * @param limits        the most certificates in a chain and the most AIA fetches
     */
    BuiltChain build(X509Certificate leaf, List<X509Certificate> trustedRoots, List<X509Certificate> intermediates,
                     AiaSource aia, Limits limits);
}
