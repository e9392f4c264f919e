package org.smimeconformance.steps.world;

import io.cucumber.java.Scenario;

/**
 * Writes into the scenario's entry of the reports what the implementation answered, so that a
 * reader sees the message beside the code the scenario compares. One per scenario.
 */
public final class ScenarioReport {

    private Scenario scenario;

    /** Called by the hooks before the first step. */
    public void attach(Scenario value) {
        this.scenario = value;
    }

    /** One line in the report, under the step that is running. */
    public void log(String line) {
        if (scenario != null) {
            scenario.log(line);
        }
    }
}
