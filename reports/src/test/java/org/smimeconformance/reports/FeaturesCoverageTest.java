package org.smimeconformance.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smimeconformance.reports.catalogue.Rule;
import org.smimeconformance.reports.catalogue.RuleCatalogue;
import org.smimeconformance.reports.features.FeatureScanner;
import org.smimeconformance.reports.features.Scenario;

/**
 * The build's guard over the real suite: the repository's {@code features/} folder, passed in as
 * the system property {@code features.dir}. Every rule a scenario names exists, every scenario
 * name is unique across the suite, and every rule in scope (a family listed whole, or a single
 * rule) has a scenario.
 */
class FeaturesCoverageTest {

    private static Coverage coverage;

    @BeforeAll
    static void scanTheSuite() throws IOException {
        String property = System.getProperty("features.dir");
        assertThat(property).as("system property features.dir (the repository's features folder)").isNotBlank();
        Path featuresDir = Path.of(property).toAbsolutePath().normalize();
        assertThat(Files.isDirectory(featuresDir))
                .as("the features folder %s exists", featuresDir)
                .isTrue();
        coverage = Coverage.of(RuleCatalogue.load(), FeatureScanner.scan(featuresDir));
    }

    @Test
    void everyRuleNamedByAScenarioIsInTheCatalogue() {
        assertThat(coverage.unknownRules())
                .as("rules named in @rule tags that the catalogue lacks, with the scenarios naming them")
                .isEmpty();
    }

    @Test
    void noTwoScenariosOfAFeatureFileShareAName() {
        assertThat(coverage.namesSharedWithinFile())
                .as("scenario names used more than once in one feature file")
                .isEmpty();
    }

    @Test
    void noTwoScenariosOfTheSuiteShareAName() {
        assertThat(coverage.namesSharedAcrossSuite())
                .as("scenario names used more than once in the suite")
                .isEmpty();
    }

    @Test
    void everyRuleInScopeHasAScenario() {
        List<String> scope = Coverage.inScope();
        List<Rule> uncovered = coverage.uncoveredRules(scope);
        assertThat(uncovered)
                .as("rules in scope %s (families and single rules) that no scenario names with @rule:<ID>", scope)
                .isEmpty();
    }

    @Test
    void theScopeNamesOnlyFamiliesAndRulesOfTheCatalogue() {
        assertThat(Coverage.unknownScopeEntries(RuleCatalogue.load(), Coverage.inScope()))
                .as("entries of %s that are neither a family nor a rule of the catalogue", Coverage.SCOPE_RESOURCE)
                .isEmpty();
    }
}
