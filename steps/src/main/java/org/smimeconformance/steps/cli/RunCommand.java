package org.smimeconformance.steps.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.smimeconformance.steps.runner.FeatureRun;
import org.smimeconformance.steps.runner.RunOptions;
import org.smimeconformance.steps.runner.RunSummary;
import org.smimeconformance.steps.runner.ScenarioResult;
import org.smimeconformance.steps.target.Targets;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the features against the implementation under test. */
@Command(name = "run",
        description = {"Run the conformance features against the implementation under test.",
                "Prints a line per feature and, last, 'N passed, N failed'.",
                "Exit 0 when every scenario passed, 1 when any failed, 2 on a usage or harness error."})
public final class RunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--tags", paramLabel = "EXPR",
            description = "Cucumber tag expression choosing the scenarios, e.g. '@trust and not @interpretation'.")
    private String tags;

    @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "target/conformance-report",
            description = "Where cucumber.json, cucumber.html and junit.xml are written (default: ${DEFAULT-VALUE}).")
    private Path reportDir;

    @Option(names = "--target", paramLabel = "NAME", defaultValue = Targets.DEFAULT,
            description = "The implementation under test, by name (default: ${DEFAULT-VALUE}).")
    private String target;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "How many scenarios run at once (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.println("smime-conformance: running the features against '" + target + "'");
        out.flush();
        RunSummary summary = FeatureRun.run(new RunOptions(target, tags, reportDir, threads), line -> {
            out.println(line);
            out.flush();
        });
        for (ScenarioResult failed : summary.failed()) {
            out.println();
            out.println("FAILED  " + failed.displayName());
            failed.message().lines().limit(12).forEach(line -> out.println("        " + line));
        }
        for (String error : summary.harnessErrors()) {
            err.println("harness error: " + error);
        }
        out.println();
        out.printf("Reports: %s (cucumber.json, cucumber.html, junit.xml); %.1f s%n",
                reportDir.toAbsolutePath().normalize(), summary.wallTime().toMillis() / 1000.0);
        out.println(summary.closingLine());
        out.flush();
        if (!summary.harnessErrors().isEmpty() || summary.scenarios().isEmpty()) {
            if (summary.scenarios().isEmpty()) {
                err.println("no scenario ran" + (tags == null ? "" : " for the tags " + tags));
            }
            return SmimeConformance.USAGE_OR_HARNESS_ERROR;
        }
        return summary.failed().isEmpty() ? SmimeConformance.OK : SmimeConformance.FAILED;
    }
}
