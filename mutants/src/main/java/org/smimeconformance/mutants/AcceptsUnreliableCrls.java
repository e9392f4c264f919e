package org.smimeconformance.mutants;

import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.engine.trust.PkixRevocationCheck;

import org.smimeconformance.engine.ReferenceImplementation;

/** Uses a CRL that is past its next update or whose signature does not verify. Breaks TRUST-10. */
public final class AcceptsUnreliableCrls extends ReferenceImplementation implements Mutant {

    public AcceptsUnreliableCrls() {
        super("mutant-accepts-unreliable-crls", "Uses a CRL that is past its next update or whose signature does not verify.",
                parts -> parts.withTrust(trust -> trust.withRevocationCheck((path, anchor, at, certificates, crls, source) -> new PkixRevocationCheck()
                        .check(path, anchor, at, certificates, crls, source)
                        .filter(outcome -> outcome.code() != OutcomeCode.CRL_STALE && outcome.code() != OutcomeCode.CRL_INVALID))));
    }

    @Override
    public String breaks() {
        return "TRUST-10";
    }
}
