package org.smimeconformance.reports.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the results of a run from Cucumber's JSON report ({@code cucumber.json}).
 */
public final class CucumberJsonReport {

    private static final String FEATURES_PREFIX = "features/";

    private CucumberJsonReport() {
    }

    /** The scenarios of the report at {@code file}, for the shipped features; empty when there is no such file. */
    public static List<ScenarioRun> read(Path file) throws IOException {
        return read(file, null);
    }

    /**
     * The scenarios of the report at {@code file}; empty when there is no such file.
     *
     * @param featuresRoot the folder the features were run from, to which the feature files of
     *                     {@code file:} URIs are made relative; null for the shipped features
     */
    public static List<ScenarioRun> read(Path file, Path featuresRoot) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<ScenarioRun> runs = new ArrayList<>();
        for (JsonNode feature : root) {
            String featureFile = featureFile(feature.path("uri").asText(), featuresRoot);
            for (JsonNode element : feature.path("elements")) {
                if (!"scenario".equals(element.path("type").asText())) {
                    continue;
                }
                runs.add(scenario(featureFile, element));
            }
        }
        return List.copyOf(runs);
    }

    private static ScenarioRun scenario(String featureFile, JsonNode element) {
        List<ScenarioRun.Step> steps = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String error = "";
        boolean failed = false;
        boolean skipped = false;
        List<JsonNode> all = new ArrayList<>();
        element.path("before").forEach(all::add);
        element.path("steps").forEach(all::add);
        element.path("after").forEach(all::add);
        for (JsonNode step : all) {
            String status = step.path("result").path("status").asText("unknown");
            if (step.has("keyword")) {
                steps.add(new ScenarioRun.Step(step.path("keyword").asText().strip(), step.path("name").asText(), status));
            }
            step.path("output").forEach(line -> notes.add(line.asText()));
            switch (status) {
                case "passed" -> { }
                case "skipped" -> skipped = true;
                default -> {
                    failed = true;
                    if (error.isEmpty()) {
                        error = Optional.ofNullable(step.path("result").get("error_message"))
                                .map(JsonNode::asText).orElse(status);
                    }
                }
            }
        }
        ScenarioRun.Status status = failed ? (assertion(error) ? ScenarioRun.Status.FAILED : ScenarioRun.Status.ERROR)
                : skipped ? ScenarioRun.Status.SKIPPED : ScenarioRun.Status.PASSED;
        return new ScenarioRun(featureFile, element.path("name").asText(), status, steps, notes, error);
    }

    /** An expectation that did not hold, as opposed to an exception that stopped the scenario. */
    private static boolean assertion(String error) {
        return error.startsWith("java.lang.AssertionError") || error.startsWith("org.opentest4j.AssertionFailedError")
                || error.startsWith("org.opentest4j.MultipleFailuresError");
    }

    /**
     * {@code file:/tmp/ours/x.feature} relative to the root {@code /tmp/ours} is {@code x.feature};
     * {@code classpath:features/trust/x.feature} is {@code trust/x.feature}. A relative
     * {@code file:features/x.feature} is taken from the working directory.
     */
    static String featureFile(String uri, Path featuresRoot) {
        if (featuresRoot != null && uri.startsWith("file:")) {
            java.net.URI parsed = java.net.URI.create(uri);
            Path file = (parsed.isOpaque() ? Path.of(parsed.getSchemeSpecificPart()) : Path.of(parsed))
                    .toAbsolutePath().normalize();
            Path root = featuresRoot.toAbsolutePath().normalize();
            if (file.startsWith(root)) {
                return root.relativize(file).toString().replace('\\', '/');
            }
        }
        int at = uri.lastIndexOf(FEATURES_PREFIX);
        return at < 0 ? uri : uri.substring(at + FEATURES_PREFIX.length());
    }
}
