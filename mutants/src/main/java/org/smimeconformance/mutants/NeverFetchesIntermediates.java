package org.smimeconformance.mutants;

import org.smimeconformance.engine.net.Fetched;
import org.smimeconformance.engine.trust.AiaChainBuilder;

import org.smimeconformance.engine.ReferenceImplementation;

/** Never follows the authority information access path. Breaks TRUST-5. */
public final class NeverFetchesIntermediates extends ReferenceImplementation implements Mutant {

    public NeverFetchesIntermediates() {
        super("mutant-never-fetches-intermediates", "Never follows the authority information access path.",
                parts -> parts.withTrust(trust -> trust.withChainBuilder((leaf, roots, intermediates, aia, limits) -> new AiaChainBuilder()
                        .build(leaf, roots, intermediates, address -> Fetched.failed("not fetched"), limits))));
    }

    @Override
    public String breaks() {
        return "TRUST-5";
    }
}
