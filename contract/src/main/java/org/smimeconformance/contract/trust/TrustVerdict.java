package org.smimeconformance.contract.trust;

import java.util.List;
import java.util.Objects;

import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;

/**
 * The verdict on one certificate.
 *
 * @param outcome {@code TRUSTED} or the reason it is not
 * @param chain   the subjects of the chain that was built, leaf first, as RFC 4514 names; as far
 *                as it got when the verdict is negative, empty when nothing could be read
 */
public record TrustVerdict(Outcome outcome, List<String> chain) {

    public TrustVerdict {
        Objects.requireNonNull(outcome, "outcome");
        chain = List.copyOf(chain);
    }

    public boolean trusted() {
        return outcome.code() == OutcomeCode.TRUSTED;
    }
}
