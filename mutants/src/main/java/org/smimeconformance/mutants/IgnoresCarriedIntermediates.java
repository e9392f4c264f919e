package org.smimeconformance.mutants;

import java.util.List;

import org.smimeconformance.engine.trust.AiaChainBuilder;

import org.smimeconformance.engine.ReferenceImplementation;

/** Ignores the intermediates a signed message carries and always fetches them. Breaks TRUST-6. */
public final class IgnoresCarriedIntermediates extends ReferenceImplementation implements Mutant {

    public IgnoresCarriedIntermediates() {
        super("mutant-ignores-carried-intermediates", "Ignores the intermediates a signed message carries and always fetches them.",
                parts -> parts.withTrust(trust -> trust.withChainBuilder((leaf, roots, intermediates, aia, limits) -> new AiaChainBuilder()
                        .build(leaf, roots, List.of(), aia, limits))));
    }

    @Override
    public String breaks() {
        return "TRUST-6";
    }
}
