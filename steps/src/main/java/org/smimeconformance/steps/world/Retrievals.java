package org.smimeconformance.steps.world;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.delivery.CertificateDelivery;

/**
 * Company Portal's retrievals in the scenario, per device: how each start was answered, and the
 * state each one settled in, awaited without sleeping (AUTO-7). One per scenario; not thread-safe.
 */
public final class Retrievals {

    /**
     * The longest a retrieval may take to settle before the scenario fails: far more than a retrieval
     * against the fakes on loopback needs (a tenth of a second), and well within the suite's budget.
     */
    public static final Duration SETTLE_WITHIN = Duration.ofSeconds(15);

    private final ScenarioReport report;
    private final Map<DeviceName, Outcome> started = new LinkedHashMap<>();

    public Retrievals(ScenarioReport report) {
        this.report = report;
    }

    /** How starting the retrieval on the device was answered. */
    public void started(DeviceName device, Outcome outcome) {
        started.put(device, outcome);
        report.log(device + ", start: " + outcome.code() + ": " + outcome.message());
    }

    public Outcome startedOn(DeviceName device) {
        Outcome outcome = started.get(device);
        if (outcome == null) {
            throw new IllegalStateException("nobody followed a notification on " + device + " in this scenario");
        }
        return outcome;
    }

    /**
     * The state the retrieval settles in: asked at once, then every 2 ms (asking is cheap, and a
     * retrieval against the fakes settles in milliseconds), at most {@link #SETTLE_WITHIN}.
     */
    public Outcome settled(DeviceName device, CertificateDelivery delivery) {
        await("Company Portal's retrieval on " + device + " to settle")
                .atMost(SETTLE_WITHIN)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(2))
                .until(() -> delivery.retrievalState().code() != OutcomeCode.RETRIEVAL_IN_PROGRESS);
        Outcome settled = delivery.retrievalState();
        report.log(device + ", settled: " + settled.code() + ": " + settled.message());
        return settled;
    }
}
