package org.smimeconformance.runner;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.smimeconformance.reports.allure.AllureReport;
import org.smimeconformance.reports.site.RunReports;
import org.smimeconformance.reports.site.VocabularyPage;
import org.smimeconformance.runner.features.ClasspathFolders;
import org.smimeconformance.runner.vocabulary.Vocabulary;
import org.smimeconformance.steps.Glue;
import org.smimeconformance.steps.target.Targets;

/**
 * Runs the features shipped with the suite through the JUnit Platform and Cucumber, against the
 * implementation named in the options, and reports each feature as it ends.
 *
 * <p>The implementation under test is handed to the glue through the system property
 * {@link Targets#PROPERTY}, so runs in one JVM must not overlap.
 */
public final class FeatureRun {

    private FeatureRun() {
    }

    /**
     * Runs the features and returns what happened; {@code progress} receives one line per feature
     * as it ends. Fails with {@link Targets.TargetNotFoundException} before anything runs when the
     * target is unknown.
     */
    public static synchronized RunSummary run(RunOptions options, Consumer<String> progress) {
        Targets.byName(options.target());
        ReportFolder reports = ReportFolder.prepare(options.reportDir());
        try {
            Optional<String> misconfigured = sanity(options.target());
            if (misconfigured.isPresent()) {
                return new RunSummary(List.of(), List.of("implementation misconfigured: " + misconfigured.get()), Duration.ZERO);
            }
            return runFeatures(options, progress, reports);
        } finally {
            reports.discard();
        }
    }

    /**
     * Checks, before anything runs and without writing anything, that the report folder of a run
     * may take its reports: it is new, empty, or holds an earlier run's reports and nothing else.
     *
     * @throws ReportFolderRefusedException when it may not, with the reason
     */
    public static void checkReportFolder(Path reportDir) {
        ReportFolder.check(reportDir);
    }

    private static RunSummary runFeatures(RunOptions options, Consumer<String> progress, ReportFolder reports) {
        String dir = reports.workingDir().toString();
        LauncherDiscoveryRequestBuilder request = cucumber(selectors(options.features()))
                .configurationParameter("cucumber.plugin", "json:" + dir + "/cucumber.json, junit:" + dir + "/junit.xml, html:"
                        + dir + "/cucumber.html" + (options.allure() ? ", " + AllureReport.PLUGIN : ""))
                .configurationParameter("cucumber.junit-platform.naming-strategy", "short")
                .configurationParameter("cucumber.junit-platform.naming-strategy.short.example-name", "pickle");
        options.tagExpression().ifPresent(tags -> request.filters(new TagExpressionFilter(tags)));
        if (options.threads() > 1) {
            request.configurationParameter("cucumber.execution.parallel.enabled", "true")
                    .configurationParameter("cucumber.execution.parallel.config.strategy", "fixed")
                    .configurationParameter("cucumber.execution.parallel.config.fixed.parallelism", String.valueOf(options.threads()))
                    .configurationParameter("cucumber.execution.parallel.config.fixed.max-pool-size", String.valueOf(options.threads()));
        }
        LauncherDiscoveryRequest discovery = request.build();

        if (options.allure()) {
            try {
                AllureReport.prepare(reports.workingDir().resolve("allure-results"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot prepare the Allure results folder", e);
            }
        }
        ProgressListener listener = new ProgressListener(progress);
        long started = System.nanoTime();
        execute(discovery, listener, options.target());
        Duration wallTime = Duration.ofNanos(System.nanoTime() - started);
        List<String> harnessErrors = new ArrayList<>(listener.harnessErrors());
        if (options.allure()) {
            options.allureCommandLine()
                    .map(home -> AllureReport.generate(reports.workingDir().resolve("allure-results"),
                            reports.workingDir().resolve("allure-report"), home))
                    .orElse(Optional.of("the Allure command line is not beside the runnable jar (cli/target/allure); "
                            + "build with 'mvn package' to get it"))
                    .ifPresent(harnessErrors::add);
        }
        try {
            writeVocabularyPage(reports);
            writeLandingPage(reports, options, wallTime);
        } catch (IOException | RuntimeException e) {
            harnessErrors.add("the landing page could not be written: " + e);
        }
        try {
            reports.publish();
        } catch (ReportFolderRefusedException e) {
            harnessErrors.add(e.getMessage());
        }
        return new RunSummary(listener.results(), harnessErrors, wallTime);
    }

    /**
     * Runs the sanity scenario against the target: why it failed, or empty when it passed or does
     * not apply (the target lacks what it needs).
     */
    private static Optional<String> sanity(String target) {
        ProgressListener listener = new ProgressListener(line -> { });
        execute(cucumber(List.of(selectPackage(ClasspathFolders.SANITY))).build(), listener, target);
        if (listener.results().isEmpty()) {
            return Optional.of("the sanity scenario did not run" + (listener.harnessErrors().isEmpty() ? ""
                    : ": " + String.join("; ", listener.harnessErrors())));
        }
        return listener.results().stream().filter(r -> r.status() == ScenarioResult.Status.FAILED)
                .map(r -> r.scenario() + ": " + r.message().lines().findFirst().orElse("")).findFirst();
    }

    private static List<DiscoverySelector> selectors(List<Path> features) {
        if (features.isEmpty()) {
            return List.of(selectPackage(ClasspathFolders.FEATURES));
        }
        List<DiscoverySelector> selectors = new ArrayList<>();
        for (Path path : features) {
            selectors.add(Files.isDirectory(path) ? selectDirectory(path.toFile()) : selectFile(path.toFile()));
        }
        return selectors;
    }

    /** The step vocabulary as a page of the report, beside the landing page that links to it. */
    private static void writeVocabularyPage(ReportFolder reports) throws IOException {
        Vocabulary vocabulary = Vocabulary.shipped();
        VocabularyPage.write(reports.workingDir(),
                vocabulary.steps().stream().map(s -> new VocabularyPage.Step(s.keyword(), s.expression(), s.example())).toList(),
                vocabulary.parameterTypes().stream()
                        .map(t -> new VocabularyPage.ParameterType(t.name(), t.values(), t.regexp())).toList());
    }

    /** The landing page reads the features it ran: the shipped ones, or the folder of the first one given. */
    private static void writeLandingPage(ReportFolder reports, RunOptions options, Duration wallTime) throws IOException {
        if (options.features().isEmpty()) {
            try (ClasspathFolders.Folder shipped = ClasspathFolders.shippedFeatures()) {
                RunReports.writeLandingPage(reports.workingDir(), shipped.path(), options.target(), wallTime);
            }
            return;
        }
        Path first = options.features().get(0).toAbsolutePath();
        RunReports.writeLandingPage(reports.workingDir(), Files.isDirectory(first) ? first : first.getParent(),
                options.target(), wallTime);
    }

    /** A Cucumber run of the suite's glue over these selectors. */
    private static LauncherDiscoveryRequestBuilder cucumber(List<? extends DiscoverySelector> selectors) {
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .filters(EngineFilter.includeEngines("cucumber"))
                .configurationParameter("cucumber.glue", Glue.PACKAGE)
                .configurationParameter("cucumber.publish.quiet", "true");
    }

    /** Runs the request with the glue pointed at the target, through the system property it reads. */
    private static void execute(LauncherDiscoveryRequest request, ProgressListener listener, String target) {
        String previous = System.getProperty(Targets.PROPERTY);
        System.setProperty(Targets.PROPERTY, target);
        try {
            LauncherFactory.create().execute(request, listener);
        } finally {
            restore(previous);
        }
    }

    private static void restore(String previous) {
        if (previous == null) {
            System.clearProperty(Targets.PROPERTY);
        } else {
            System.setProperty(Targets.PROPERTY, previous);
        }
    }

    static String reason(TestExecutionResult result) {
        return result.getThrowable().map(t -> {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            return message.strip();
        }).orElse("");
    }
}
