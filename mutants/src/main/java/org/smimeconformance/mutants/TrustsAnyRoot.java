package org.smimeconformance.mutants;

import java.security.cert.X509Certificate;
import java.util.List;

import org.smimeconformance.engine.ReferenceImplementation;
import org.smimeconformance.engine.trust.AiaChainBuilder;
import org.smimeconformance.engine.trust.BuiltChain;

/**
 * Ignores the virtual certificate collection: wherever chain building stops, the last certificate
 * reached is taken for a trusted root. Breaks TRUST-1.
 */
public final class TrustsAnyRoot extends ReferenceImplementation implements Mutant {

    public TrustsAnyRoot() {
        super("mutant-trusts-any-root", "Takes whatever root the chain reaches for a trusted one.",
                parts -> parts.withTrust(trust -> trust.withChainBuilder((leaf, roots, intermediates, aia, limits) -> {
                    BuiltChain built = new AiaChainBuilder().build(leaf, roots, intermediates, aia, limits);
                    if (built.reachedTrustedRoot()) {
                        return built;
                    }
                    List<X509Certificate> reached = built.pathLeafFirst().isEmpty() ? List.of(leaf) : built.pathLeafFirst();
                    X509Certificate top = reached.get(reached.size() - 1);
                    return BuiltChain.anchored(reached.subList(0, Math.max(0, reached.size() - 1)), top, built.aiaFetches());
                })));
    }

    @Override
    public String breaks() {
        return "TRUST-1";
    }
}
