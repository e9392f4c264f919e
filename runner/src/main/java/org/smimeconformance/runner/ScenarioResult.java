package org.smimeconformance.runner;

import java.util.List;

/**
 * How one scenario ended.
 *
 * @param feature  the feature's name
 * @param scenario the scenario's name (an outline's row carries its example values)
 * @param tags     its tags without the {@code @}, those of its feature and rule included
 * @param status   passed, failed, or skipped
 * @param message  why it failed or was skipped, empty when it passed
 */
public record ScenarioResult(String feature, String scenario, List<String> tags, Status status, String message) {

    public ScenarioResult {
        tags = List.copyOf(tags);
    }

    public enum Status { PASSED, FAILED, SKIPPED }

    /** The IDs of the rules the scenario covers, from its {@code @rule:<ID>} tags. */
    public List<String> rules() {
        return tags.stream().filter(t -> t.startsWith("rule:")).map(t -> t.substring("rule:".length())).toList();
    }

    /** "Feature - Scenario", the name the JUnit XML report shows. */
    public String displayName() {
        return feature + " - " + scenario;
    }
}
