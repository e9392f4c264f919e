package org.smimeconformance.runner;

import java.time.Duration;
import java.util.List;

import org.smimeconformance.runner.ScenarioResult.Status;

/**
 * What a run of the features found.
 *
 * @param scenarios     every scenario that ran, in the order they ended
 * @param harnessErrors problems of the harness itself (a feature that could not be read, a fake
 *                      that did not start): not conformance failures
 * @param wallTime      how long the run took
 */
public record RunSummary(List<ScenarioResult> scenarios, List<String> harnessErrors, Duration wallTime) {

    public RunSummary {
        scenarios = List.copyOf(scenarios);
        harnessErrors = List.copyOf(harnessErrors);
    }

    public long count(Status status) {
        return scenarios.stream().filter(s -> s.status() == status).count();
    }

    public List<ScenarioResult> failed() {
        return scenarios.stream().filter(s -> s.status() == Status.FAILED).toList();
    }

    /** The closing line of every run: {@code N passed, N failed} and, when any, {@code , N skipped}. */
    public String closingLine() {
        return closingLine(0);
    }

    /** The closing line, the known deviations among the failures not counted as failed. */
    public String closingLine(long deviations) {
        long skipped = count(Status.SKIPPED);
        return count(Status.PASSED) + " passed, " + (count(Status.FAILED) - deviations) + " failed"
                + (skipped > 0 ? ", " + skipped + " skipped" : "");
    }
}
