package org.smimeconformance.contract.outcome;

import java.util.Objects;

/**
 * The answer to every question a scenario asks: a stable code that scenarios compare, and a
 * message for people that reports show beside it. Two implementations agree when their codes
 * agree; their messages may differ.
 */
public record Outcome(OutcomeCode code, String message) {

    public Outcome {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static Outcome of(OutcomeCode code, String message) {
        return new Outcome(code, message);
    }

    /** True for the codes that mean the thing asked for can go ahead. */
    public boolean isSuccess() {
        return code.isSuccess();
    }

    @Override
    public String toString() {
        return code + ": " + message;
    }
}
