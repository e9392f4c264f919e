package org.smimeconformance.steps.world;

import java.util.ArrayList;
import java.util.List;

import org.smimeconformance.contract.trust.TrustVerdict;

/**
 * What the scenario asks the implementation to judge, and the verdict it got. One per scenario.
 */
public final class TrustQuestion {

    private final List<String> carriedIntermediates = new ArrayList<>();
    private TrustVerdict verdict;

    /** The certificate of this CA travels with the signed message (TRUST-6). */
    public void carry(String ca) {
        carriedIntermediates.add(ca);
    }

    public List<String> carriedIntermediates() {
        return List.copyOf(carriedIntermediates);
    }

    public void answer(TrustVerdict value) {
        this.verdict = value;
    }

    public TrustVerdict verdict() {
        if (verdict == null) {
            throw new IllegalStateException("no certificate was verified in this scenario yet");
        }
        return verdict;
    }
}
