package org.smimeconformance.steps.runner;

/**
 * How one scenario ended.
 *
 * @param feature  the feature's name
 * @param scenario the scenario's name (an outline's row carries its example values)
 * @param status   passed, failed, or skipped
 * @param message  why it failed or was skipped, empty when it passed
 */
public record ScenarioResult(String feature, String scenario, Status status, String message) {

    public enum Status { PASSED, FAILED, SKIPPED }

    /** "Feature - Scenario", the name the JUnit XML report shows. */
    public String displayName() {
        return feature + " - " + scenario;
    }
}
