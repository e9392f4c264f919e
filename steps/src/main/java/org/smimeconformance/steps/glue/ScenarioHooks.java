package org.smimeconformance.steps.glue;

import java.util.Set;

import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import org.opentest4j.TestAbortedException;
import org.smimeconformance.contract.capability.Capability;
import org.smimeconformance.steps.target.Targets;
import org.smimeconformance.steps.world.RequiredCapabilities;
import org.smimeconformance.steps.world.ScenarioReport;

/** Connects the scenario's world to Cucumber's view of the running scenario. */
public final class ScenarioHooks {

    private final ScenarioReport report;

    public ScenarioHooks(ScenarioReport report) {
        this.report = report;
    }

    @Before(order = 0)
    public void attachReport(Scenario scenario) {
        report.attach(scenario);
    }

    /**
     * A scenario that needs what the implementation declares it does not support is not
     * applicable: reported as skipped with the reason, never as passed or failed.
     */
    @Before(order = 1)
    public void skipWhenNotSupported(Scenario scenario) {
        Set<Capability> missing = RequiredCapabilities.missing(scenario.getSourceTagNames(), Targets.selected().capabilities());
        if (!missing.isEmpty()) {
            throw new TestAbortedException("not applicable: the implementation under test does not support " + missing);
        }
    }
}
