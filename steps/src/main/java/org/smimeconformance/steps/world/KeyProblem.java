package org.smimeconformance.steps.world;

import org.smimeconformance.contract.outcome.OutcomeCode;

/**
 * A problem Outlook found with a policy, as a scenario compares it: the key (or, for a setting
 * without one, its label in the designer) and the code, without the message.
 */
public record KeyProblem(String key, OutcomeCode code) {
}
