package org.smimeconformance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.smimeconformance.reports.catalogue.Rule;
import org.smimeconformance.reports.catalogue.RuleCatalogue;
import org.smimeconformance.reports.features.FeatureScanner;
import org.smimeconformance.reports.features.Scenario;
import org.smimeconformance.reports.results.CucumberJsonReport;
import org.smimeconformance.reports.results.ScenarioRun;
import org.smimeconformance.runner.features.ClasspathFolders;

import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.Column.Overflow;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints the rule catalogue with its coverage: scenarios per rule, and their last result when a report exists. */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        versionProvider = SmimeConformance.Version.class,
        description = {"Print every rule of the article with the number of scenarios that cover it and,",
                "when a report exists, how they ended in the last run."})
public final class RulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "target/conformance-report",
            description = "Where the last run's cucumber.json is read from (default: ${DEFAULT-VALUE}).")
    private Path reportDir;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        RuleCatalogue catalogue = RuleCatalogue.load();
        List<Scenario> scenarios;
        try (ClasspathFolders.Folder features = ClasspathFolders.shippedFeatures()) {
            scenarios = FeatureScanner.scan(features.path());
        }
        List<ScenarioRun> runs = CucumberJsonReport.read(reportDir.resolve("cucumber.json"));
        Map<String, ScenarioRun> runByKey = new HashMap<>();
        runs.forEach(run -> runByKey.put(run.featureFile() + "\u0000" + run.name(), run));

        TextTable table = TextTable.forColumns(Help.defaultColorScheme(Help.Ansi.OFF),
                new Column(14, 0, Overflow.SPAN), new Column(10, 1, Overflow.SPAN), new Column(22, 1, Overflow.SPAN),
                new Column(56, 1, Overflow.WRAP));
        table.addRowValues("Rule", "Scenarios", "Last run", "The article says");
        String section = null;
        int covered = 0;
        for (Rule rule : catalogue.rules()) {
            if (!rule.section().equals(section)) {
                section = rule.section();
                table.addEmptyRow();
                table.addRowValues("", "", "", "[" + section + "]");
            }
            List<Scenario> mine = scenarios.stream().filter(s -> s.ruleIds().contains(rule.id())).toList();
            if (!mine.isEmpty()) {
                covered++;
            }
            long passed = mine.stream().filter(s -> status(runByKey, s) == ScenarioRun.Status.PASSED).count();
            long failed = mine.stream().filter(s -> status(runByKey, s) == ScenarioRun.Status.FAILED
                    || status(runByKey, s) == ScenarioRun.Status.ERROR).count();
            long ran = mine.stream().filter(s -> status(runByKey, s) != null).count();
            String last = runs.isEmpty() || ran == 0 ? "-" : passed + " passed" + (failed > 0 ? ", " + failed + " failed" : "");
            table.addRowValues(rule.id() + (rule.interpretation() ? " (I)" : ""), String.valueOf(mine.size()), last,
                    rule.articleSays().replace("`", ""));
        }
        out.print(table);
        out.println();
        out.println(covered + " of " + catalogue.rules().size() + " rules have scenarios"
                + (runs.isEmpty() ? "; no report in " + reportDir + " yet" : "; last run read from " + reportDir.resolve("cucumber.json"))
                + ". (I): the article is silent or contradicts itself; the reading chosen is in the features.");
        out.flush();
        return SmimeConformance.OK;
    }

    private static ScenarioRun.Status status(Map<String, ScenarioRun> runs, Scenario scenario) {
        ScenarioRun run = runs.get(scenario.file().toString().replace('\\', '/') + "\u0000" + scenario.name());
        return run == null ? null : run.status();
    }
}
