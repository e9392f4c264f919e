package org.smimeconformance.steps.glue;

import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import org.smimeconformance.steps.world.ScenarioReport;

/** Connects the scenario's world to Cucumber's view of the running scenario. */
public final class ScenarioHooks {

    private final ScenarioReport report;

    public ScenarioHooks(ScenarioReport report) {
        this.report = report;
    }

    @Before
    public void attachReport(Scenario scenario) {
        report.attach(scenario);
    }
}
