package org.smimeconformance.reports.results;

import java.util.List;
import java.util.Objects;

/**
 * How one scenario ended in a run, as Cucumber's JSON report records it.
 *
 * @param featureFile the feature file, relative to the features folder, e.g. {@code trust/revocation.feature}
 * @param name        the scenario's name as it ran
 * @param status      passed; failed (an expectation the implementation missed); error (the scenario could
 *                    not judge the implementation: an exception other than a failed assertion); skipped
 * @param steps       every step with its keyword, text and status, in order
 * @param notes       what the scenario wrote into the report: the implementation's answers
 * @param error       why it failed, empty when it did not
 */
public record ScenarioRun(String featureFile, String name, Status status, List<Step> steps, List<String> notes,
                          String error) {

    public enum Status { PASSED, FAILED, ERROR, SKIPPED }

    /** One step as it ran. */
    public record Step(String keyword, String text, String status) {
    }

    public ScenarioRun {
        Objects.requireNonNull(featureFile, "featureFile");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
        Objects.requireNonNull(error, "error");
    }
}
