package org.smimeconformance.mutants;

import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.engine.trust.PkixPathCheck;

import org.smimeconformance.engine.ReferenceImplementation;

/** Accepts a certificate whose signature does not verify with its issuer's key. Breaks TRUST-4. */
public final class AcceptsBadSignatures extends ReferenceImplementation implements Mutant {

    public AcceptsBadSignatures() {
        super("mutant-accepts-bad-signatures", "Accepts a certificate whose signature does not verify with its issuer's key.",
                parts -> parts.withTrust(trust -> trust.withPathCheck((path, anchor, at) -> new PkixPathCheck().check(path, anchor, at)
                        .filter(outcome -> outcome.code() != OutcomeCode.BAD_SIGNATURE))));
    }

    @Override
    public String breaks() {
        return "TRUST-4";
    }
}
