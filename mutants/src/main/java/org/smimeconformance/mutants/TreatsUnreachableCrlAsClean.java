package org.smimeconformance.mutants;

import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.engine.trust.PkixRevocationCheck;

import org.smimeconformance.engine.ReferenceImplementation;

/** Trusts a certificate whose CRL cannot be contacted (fails open). Breaks TRUST-9. */
public final class TreatsUnreachableCrlAsClean extends ReferenceImplementation implements Mutant {

    public TreatsUnreachableCrlAsClean() {
        super("mutant-treats-unreachable-crl-as-clean", "Trusts a certificate whose CRL cannot be contacted (fails open).",
                parts -> parts.withTrust(trust -> trust.withRevocationCheck((path, anchor, at, certificates, crls, source) -> new PkixRevocationCheck()
                        .check(path, anchor, at, certificates, crls, source)
                        .filter(outcome -> outcome.code() != OutcomeCode.CRL_UNREACHABLE))));
    }

    @Override
    public String breaks() {
        return "TRUST-9";
    }
}
