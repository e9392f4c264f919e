package org.smimeconformance.steps.runner;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to run and where to write the reports.
 *
 * @param target    the name of the implementation under test ({@code reference} by default)
 * @param tags      a Cucumber tag expression selecting scenarios, e.g. {@code @trust and not @slow}, or null
 * @param reportDir where {@code cucumber.json}, {@code cucumber.html} and {@code junit.xml} are written
 */
public record RunOptions(String target, String tags, Path reportDir) {

    public RunOptions {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reportDir, "reportDir");
    }

    public Optional<String> tagExpression() {
        return Optional.ofNullable(tags).filter(t -> !t.isBlank());
    }
}
