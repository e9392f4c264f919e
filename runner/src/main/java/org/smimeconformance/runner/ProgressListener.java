package org.smimeconformance.runner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.smimeconformance.runner.ScenarioResult.Status;

/**
 * Collects the end of every scenario and prints one line per feature when the feature ends.
 * Called by the JUnit Platform from one thread at a time per test; synchronized for parallel runs.
 */
final class ProgressListener implements TestExecutionListener {

    private final Consumer<String> progress;
    private final List<ScenarioResult> results = new ArrayList<>();
    private final List<String> harnessErrors = new ArrayList<>();
    private final Map<String, int[]> countsByFeature = new HashMap<>();
    private TestPlan plan;

    ProgressListener(Consumer<String> progress) {
        this.progress = progress;
    }

    @Override
    public synchronized void testPlanExecutionStarted(TestPlan testPlan) {
        this.plan = testPlan;
    }

    @Override
    public synchronized void executionSkipped(TestIdentifier id, String reason) {
        if (id.isTest()) {
            record(id, Status.SKIPPED, reason);
        }
    }

    @Override
    public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (id.isTest()) {
            Status status = switch (result.getStatus()) {
                case SUCCESSFUL -> Status.PASSED;
                case ABORTED -> Status.SKIPPED;
                case FAILED -> Status.FAILED;
            };
            record(id, status, FeatureRun.reason(result));
            if (status == Status.FAILED && result.getThrowable().filter(t -> !(t instanceof AssertionError)).isPresent()) {
                // not an expectation the implementation missed, but a scenario that could not judge it:
                // the adapter crashed, a fake did not start, a step could not be carried out
                harnessErrors.add(featureOf(id).map(f -> f.getDisplayName() + " - ").orElse("") + id.getDisplayName()
                        + ": the scenario could not judge the implementation: " + result.getThrowable().get());
            }
            return;
        }
        if (result.getStatus() == TestExecutionResult.Status.FAILED) {
            harnessErrors.add(id.getDisplayName() + ": " + FeatureRun.reason(result));
        }
        if (isFeature(id)) {
            int[] counts = countsByFeature.getOrDefault(id.getUniqueId(), new int[3]);
            progress.accept(String.format("%-80s %3d passed, %d failed%s", id.getDisplayName(), counts[0], counts[1],
                    counts[2] > 0 ? ", " + counts[2] + " skipped" : ""));
        }
    }

    synchronized List<ScenarioResult> results() {
        return List.copyOf(results);
    }

    synchronized List<String> harnessErrors() {
        return List.copyOf(harnessErrors);
    }

    private void record(TestIdentifier id, Status status, String message) {
        Optional<TestIdentifier> feature = featureOf(id);
        String featureName = feature.map(TestIdentifier::getDisplayName).orElse("");
        List<String> tags = id.getTags().stream().map(TestTag::getName).sorted().toList();
        results.add(new ScenarioResult(featureName, id.getDisplayName(), tags, status, message));
        feature.ifPresent(f -> countsByFeature.computeIfAbsent(f.getUniqueId(), k -> new int[3])[status.ordinal()]++);
    }

    /** A feature is a container directly under the engine. */
    private boolean isFeature(TestIdentifier id) {
        return id.getParentIdObject().flatMap(p -> plan.getTestIdentifier(p).getParentIdObject()).isEmpty()
                && id.getParentIdObject().isPresent();
    }

    private Optional<TestIdentifier> featureOf(TestIdentifier id) {
        TestIdentifier current = id;
        while (current != null) {
            if (isFeature(current)) {
                return Optional.of(current);
            }
            current = current.getParentIdObject().map(plan::getTestIdentifier).orElse(null);
        }
        return Optional.empty();
    }
}
