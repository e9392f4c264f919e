package org.smimeconformance.reports.features;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A reading the suite chose where the article is silent: a {@code Rule:} or a scenario tagged
 * {@code @interpretation}, whose description states the reading.
 *
 * @param file    the feature file, relative to the features folder
 * @param line    the line of the {@code Rule:} or {@code Scenario:} keyword
 * @param feature the name of the file's Feature
 * @param title   the Rule's or the scenario's name
 * @param reading the description under it: the reading, in plain words
 * @param ruleIds the rules it reads, from the {@code @rule:} tags of the scenarios it covers
 */
public record Interpretation(Path file, int line, String feature, String title, String reading, List<String> ruleIds) {

    /** The tag that marks a chosen reading. */
    public static final String TAG = "@interpretation";

    public Interpretation {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reading, "reading");
        ruleIds = List.copyOf(ruleIds);
    }
}
