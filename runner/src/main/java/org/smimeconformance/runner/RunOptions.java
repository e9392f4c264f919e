package org.smimeconformance.runner;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to run and where to write the reports.
 *
 * @param target    the name of the implementation under test ({@code reference} by default)
 * @param tags      a Cucumber tag expression selecting scenarios, e.g. {@code @trust and not @slow}, or null
 * @param reportDir where {@code cucumber.json}, {@code cucumber.html} and {@code junit.xml} are written
 * @param threads   how many scenarios run at once; 1 runs them one after another
 * @param features  feature files or folders to run instead of the shipped features; empty for those
 * @param allure    also write Allure results and make the single-file Allure report
 * @param allureCommandLine the folder of the Allure command line that makes that report (see
 *                  {@code AllureReport.commandLineBeside}); empty when it is not at hand, which
 *                  makes a run with {@code allure} a harness error
 */
public record RunOptions(String target, String tags, Path reportDir, int threads, List<Path> features, boolean allure,
        Optional<Path> allureCommandLine) {

    public RunOptions {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reportDir, "reportDir");
        Objects.requireNonNull(allureCommandLine, "allureCommandLine");
        features = List.copyOf(features);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
    }

    /** One scenario at a time. */
    public RunOptions(String target, String tags, Path reportDir) {
        this(target, tags, reportDir, 1, List.of(), false, Optional.empty());
    }

    public Optional<String> tagExpression() {
        return Optional.ofNullable(tags).filter(t -> !t.isBlank());
    }
}
