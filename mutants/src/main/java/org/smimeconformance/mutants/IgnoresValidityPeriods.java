package org.smimeconformance.mutants;

import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.engine.trust.PkixPathCheck;

import org.smimeconformance.engine.ReferenceImplementation;

/** Accepts expired and not yet valid certificates in the chain. Breaks TRUST-4. */
public final class IgnoresValidityPeriods extends ReferenceImplementation implements Mutant {

    public IgnoresValidityPeriods() {
        super("mutant-ignores-validity-periods", "Accepts expired and not yet valid certificates in the chain.",
                parts -> parts.withTrust(trust -> trust.withPathCheck((path, anchor, at) -> new PkixPathCheck().check(path, anchor, at)
                        .filter(outcome -> outcome.code() != OutcomeCode.EXPIRED && outcome.code() != OutcomeCode.NOT_YET_VALID))));
    }

    @Override
    public String breaks() {
        return "TRUST-4";
    }
}
