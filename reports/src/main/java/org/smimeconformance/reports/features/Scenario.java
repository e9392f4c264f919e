package org.smimeconformance.reports.features;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One scenario of the suite as it runs: a plain Scenario, or one example row of a Scenario
 * Outline.
 *
 * @param file         the feature file, relative to the scanned features folder
 * @param feature      the name of the file's Feature
 * @param name         the scenario's name as it runs; for an example row, the outline's name with
 *                     the row's values put in for its {@code <placeholders>}
 * @param declaredName the name as written after {@code Scenario:} or {@code Scenario Outline:};
 *                     the same for every row of an outline, and what name checks compare
 * @param line         the line of the {@code Scenario:} or {@code Scenario Outline:} keyword, which
 *                     with {@code file} tells one declaration from another
 * @param tags         every tag that applies, with its {@code @}: those of the Feature, of the
 *                     Rule, of the scenario and of the Examples block, in that order
 * @param ruleIds      the IDs named by {@code @rule:<ID>} tags among {@code tags}, each once
 */
public record Scenario(
        Path file,
        String feature,
        String name,
        String declaredName,
        int line,
        List<String> tags,
        List<String> ruleIds) {

    /** The tag prefix by which a scenario names a rule of the catalogue it covers. */
    public static final String RULE_TAG_PREFIX = "@rule:";

    public Scenario {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(declaredName, "declaredName");
        tags = List.copyOf(tags);
        ruleIds = List.copyOf(ruleIds);
    }

    /** Where the scenario is declared, as {@code file:line}. */
    public String location() {
        return file + ":" + line;
    }

    @Override
    public String toString() {
        return location() + " \"" + name + "\"";
    }
}
