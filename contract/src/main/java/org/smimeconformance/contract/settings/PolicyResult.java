package org.smimeconformance.contract.settings;

import java.util.List;
import java.util.Objects;

import org.smimeconformance.contract.outcome.Outcome;

/**
 * What applying an app configuration policy did.
 *
 * @param outcome  {@code POLICY_APPLIED}, or the code of the first problem when the policy was refused
 * @param problems every problem found, in key order; empty when applied
 */
public record PolicyResult(Outcome outcome, List<PolicyProblem> problems) {

    public PolicyResult {
        Objects.requireNonNull(outcome, "outcome");
        problems = List.copyOf(problems);
    }
}
