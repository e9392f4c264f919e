package org.smimeconformance.reports.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smimeconformance.reports.catalogue.RuleCatalogue;
import org.smimeconformance.reports.features.FeatureScanner;
import org.smimeconformance.reports.features.Scenario;
import org.smimeconformance.reports.results.CucumberJsonReport;

/** Writes the living documentation of a run into its report folder, beside Cucumber's own reports. */
public final class RunReports {

    private RunReports() {
    }

    /**
     * Writes {@code index.html} into {@code reportDir} from the rule catalogue, the features under
     * {@code featuresDir} and the {@code cucumber.json} the run left in {@code reportDir}.
     *
     * @return the page written
     */
    public static Path writeLandingPage(Path reportDir, Path featuresDir, String target, Duration wallTime)
            throws IOException {
        Map<String, String> links = new LinkedHashMap<>();
        for (String[] report : new String[][] {
                {"Cucumber report", "cucumber.html"}, {"Allure report", "allure-report/index.html"},
                {"JUnit XML", "junit.xml"}, {"Cucumber JSON", "cucumber.json"}, {"Step vocabulary", "steps.html"}}) {
            if (Files.exists(reportDir.resolve(report[1]))) {
                links.put(report[0], report[1]);
            }
        }
        List<Scenario> scenarios = FeatureScanner.scan(featuresDir);
        LandingPage.Inputs inputs = new LandingPage.Inputs(target, RuleCatalogue.load(),
                scenarios, FeatureScanner.interpretations(featuresDir, scenarios),
                CucumberJsonReport.read(reportDir.resolve("cucumber.json"), featuresDir.getFileSystem() == java.nio.file.FileSystems.getDefault() ? featuresDir : null), Contradiction.load(), wallTime, links);
        return LandingPage.write(reportDir, inputs);
    }
}
