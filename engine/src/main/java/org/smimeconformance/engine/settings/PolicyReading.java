package org.smimeconformance.engine.settings;

import java.util.List;
import java.util.Optional;

import org.smimeconformance.contract.settings.PolicyProblem;

/**
 * What reading an app configuration policy found: the policy, or every problem with it.
 *
 * @param policy   present exactly when there is no problem
 * @param problems every problem, in key order
 */
public record PolicyReading(Optional<ManagedPolicy> policy, List<PolicyProblem> problems) {

    public PolicyReading {
        problems = List.copyOf(problems);
        if (policy.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("a policy is read either whole or with problems");
        }
    }
}
