package org.smimeconformance.contract.settings;

import java.util.Objects;

import org.smimeconformance.contract.outcome.OutcomeCode;

/**
 * One thing wrong with an app configuration policy.
 *
 * @param key     the configuration key at fault, e.g. {@code com.microsoft.outlook.Mail.SMIMEEnabled}
 * @param code    {@code POLICY_UNKNOWN_KEY}, {@code POLICY_WRONG_TYPE}, {@code POLICY_INVALID_VALUE} or
 *                {@code POLICY_CONTRADICTION}
 * @param message what is wrong, for people
 */
public record PolicyProblem(String key, OutcomeCode code, String message) {

    public PolicyProblem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
