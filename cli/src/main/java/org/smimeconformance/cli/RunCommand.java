package org.smimeconformance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.smimeconformance.reports.allure.AllureReport;
import org.smimeconformance.runner.FeatureRun;
import org.smimeconformance.runner.KnownDeviations;
import org.smimeconformance.runner.ReportFolderRefusedException;
import org.smimeconformance.runner.RunOptions;
import org.smimeconformance.runner.RunSummary;
import org.smimeconformance.runner.ScenarioResult;
import org.smimeconformance.steps.target.Targets;
import org.smimeconformance.runner.vocabulary.FeatureCheck;
import org.smimeconformance.runner.vocabulary.UndefinedStep;
import org.smimeconformance.runner.vocabulary.Vocabulary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Runs the features against the implementation under test. */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        versionProvider = SmimeConformance.Version.class,
        description = {"Run the conformance features against the implementation under test.",
                "Prints a line per feature and, last, 'N passed, N failed'.",
                "Exit 0 when every scenario passed, 1 when any failed, 2 on a usage or harness error."})
public final class RunCommand implements Callable<Integer> {

    /** The most passes {@code --repeat} makes. */
    static final int MAX_REPEAT = 20;

    @Spec
    private CommandSpec spec;

    @Option(names = "--tags", paramLabel = "EXPR",
            description = "Cucumber tag expression choosing the scenarios, e.g. '@trust and not @interpretation'.")
    private String tags;

    @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "target/conformance-report",
            description = "Where index.html, cucumber.json, cucumber.html and junit.xml are written (default: ${DEFAULT-VALUE}).")
    private Path reportDir;

    @Option(names = "--target", paramLabel = "TARGET", defaultValue = Targets.DEFAULT,
            description = {"The implementation under test: a name registered through ServiceLoader (default: ${DEFAULT-VALUE}),",
                    "java:CLASS for a class implementing the contract, or http://HOST:PORT for a server of the protocol."})
    private String target;

    @Option(names = "--classpath", paramLabel = "JAR", arity = "1..*",
            description = "Jars or class folders holding the implementation under test.")
    private List<Path> classpath = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "How many scenarios run at once (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = "--features", paramLabel = "PATH", arity = "1..*",
            description = "Feature files or folders to run instead of the shipped features, with the same steps.")
    private List<Path> features = new ArrayList<>();

    @Option(names = "--deviations", paramLabel = "FILE",
            description = {"The implementation's known deviations (JSON): expected failures are reported as deviations,",
                    "and an entry that no longer fails anything fails the run."})
    private Path deviationsFile;

    @Option(names = "--quiet", description = "Print only the failed scenarios and the closing line.")
    private boolean quiet;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = {"Run the selected scenarios N times in one JVM (at most " + MAX_REPEAT + ") and print each pass's time,",
                    "to tell the cost of a warm run from a cold one; the reports are the last pass's (default: ${DEFAULT-VALUE})."})
    private int repeat;

    @Option(names = "--allure", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also write allure-results/ and the single-file allure-report/index.html (default: on; --no-allure skips it).")
    private boolean allure;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (repeat < 1 || repeat > MAX_REPEAT) {
            throw new ParameterException(spec.commandLine(), "--repeat takes 1 to " + MAX_REPEAT + " passes, not " + repeat);
        }
        Targets.addClasspath(classpath);
        KnownDeviations deviations = deviationsFile == null ? KnownDeviations.none() : KnownDeviations.read(deviationsFile);
        if (!features.isEmpty()) {
            List<UndefinedStep> undefined = FeatureCheck.undefinedSteps(features,
                    Vocabulary.shipped());
            for (UndefinedStep step : undefined) {
                err.println("undefined step in " + step.file() + ": \"" + step.text() + "\"");
                err.println("    closest step: " + step.closest().keyword() + " " + step.closest().expression()
                        + step.closest().example().map(e -> "   (e.g. \"" + e + "\")").orElse(""));
            }
            if (!undefined.isEmpty()) {
                err.println(undefined.size() + " undefined step(s); './smime-conformance steps' lists every step");
                err.flush();
                return SmimeConformance.USAGE_OR_HARNESS_ERROR;
            }
        }
        try {
            FeatureRun.checkReportFolder(reportDir);
        } catch (ReportFolderRefusedException e) {
            err.println("smime-conformance: " + e.getMessage());
            err.flush();
            return SmimeConformance.USAGE_OR_HARNESS_ERROR;
        }
        if (!quiet) {
            out.println("smime-conformance: running the features against '" + target + "'");
            out.flush();
        }
        RunOptions options = new RunOptions(target, tags, reportDir, threads, features, allure,
                AllureReport.commandLineBeside(RunCommand.class));
        int worstEarlierPass = SmimeConformance.OK;
        for (int pass = 1; pass < repeat; pass++) {
            long started = System.nanoTime();
            RunSummary earlier = FeatureRun.run(options, line -> { });
            KnownDeviations.Judgement judgedEarlier = deviations.judge(earlier.failed());
            worstEarlierPass = Math.max(worstEarlierPass, exitCode(earlier, judgedEarlier));
            out.println(passLine(pass, earlier.closingLine(judgedEarlier.deviations().size()), System.nanoTime() - started));
            out.flush();
            for (String error : earlier.harnessErrors()) {
                err.println("harness error (pass " + pass + "): " + error);
            }
            err.flush();
        }
        long started = System.nanoTime();
        RunSummary summary = FeatureRun.run(options, line -> {
            if (!quiet) {
                out.println(line);
                out.flush();
            }
        });
        long lastPass = System.nanoTime() - started;
        KnownDeviations.Judgement judged = deviations.judge(summary.failed());
        for (ScenarioResult failed : judged.failed()) {
            out.println();
            out.println("FAILED  " + failed.displayName());
            failed.message().lines().limit(12).forEach(line -> out.println("        " + line));
        }
        for (ScenarioResult deviation : judged.deviations()) {
            out.println("DEVIATION  " + deviation.displayName() + "  (known: "
                    + deviations.entryFor(deviation).map(KnownDeviations.Entry::describe).orElse("") + ")");
        }
        for (KnownDeviations.Entry stale : judged.stale()) {
            out.println("STALE DEVIATION  " + stale.describe() + ": nothing fails any more; remove it from " + deviationsFile);
        }
        for (String error : summary.harnessErrors()) {
            err.println("harness error: " + error);
        }
        if (!quiet && !summary.scenarios().isEmpty()) {
            out.println();
            out.printf("Reports: %s (index.html, cucumber.html, cucumber.json, junit.xml%s); %.1f s%n",
                    reportDir.toAbsolutePath().normalize(), allure ? ", allure-report/index.html" : "",
                    summary.wallTime().toMillis() / 1000.0);
        }
        if (!judged.deviations().isEmpty()) {
            out.println(judged.deviations().size() + " known deviation(s), not counted as failures");
        }
        if (repeat > 1) {
            out.println(passLine(repeat, summary.closingLine(judged.deviations().size()), lastPass));
        }
        out.println(summary.closingLine(judged.deviations().size()));
        out.flush();
        if (summary.scenarios().isEmpty()) {
            err.println("no scenario ran" + (tags == null ? "" : " for the tags " + tags));
            err.flush();
        }
        return Math.max(worstEarlierPass, exitCode(summary, judged));
    }

    /** 2 for a harness error or nothing run, 1 for a failure or a stale deviation, else 0. */
    private static int exitCode(RunSummary summary, KnownDeviations.Judgement judged) {
        if (!summary.harnessErrors().isEmpty() || summary.scenarios().isEmpty()) {
            return SmimeConformance.USAGE_OR_HARNESS_ERROR;
        }
        return judged.failed().isEmpty() && judged.stale().isEmpty() ? SmimeConformance.OK : SmimeConformance.FAILED;
    }

    /** {@code pass 2 of 3: 538 passed, 0 failed in 12.34 s}: the whole pass, sanity scenario and reports included. */
    private String passLine(int pass, String closingLine, long nanos) {
        return String.format(Locale.ROOT, "pass %d of %d: %s in %.2f s", pass, repeat, closingLine,
                nanos / 1e9);
    }
}
