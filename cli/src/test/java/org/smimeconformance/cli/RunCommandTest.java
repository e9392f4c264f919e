package org.smimeconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} from the outside: features written outside the suite, a misspelt step, a failing
 * scenario in every report, the quiet mode and the exit codes.
 */
class RunCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    private static final String REVOKED = """
            Feature: Our organisation's own check
              Scenario: Our issuing CA's revoked certificates are %s
                Given it is 2026-06-01T09:00:00Z
                And "Fabrikam Root CA" is in the virtual certificate collection
                And "Fabrikam Issuing CA" is an intermediate certification authority issued by "Fabrikam Root CA"
                And dave@fabrikam.com has a certificate issued by "Fabrikam Issuing CA"
                And "Fabrikam Issuing CA" has revoked the certificate of dave@fabrikam.com
                When Outlook verifies the certificate of dave@fabrikam.com
                Then %s
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SmimeConformance.execute(CLOCK, new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void a_feature_written_outside_the_suite_runs_with_the_same_steps() throws IOException {
        Path features = write("ours/revoked.feature", REVOKED.formatted("refused", "the certificate is not trusted: REVOKED"));
        Path reports = dir.resolve("reports");

        int exit = run("run", "--no-allure", "--features", features.getParent().toString(), "--report-dir", reports.toString());

        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("Our organisation's own check").endsWith("1 passed, 0 failed" + System.lineSeparator());
        assertThat(reports.resolve("index.html")).content().contains("Our issuing CA&#39;s revoked certificates are refused");
        assertThat(reports.resolve("junit.xml")).exists();
        assertThat(reports.resolve("cucumber.html")).exists();
        assertThat(reports.resolve("steps.html")).content().contains("the certificate is not trusted: {outcome}");
        assertThat(reports.resolve("index.html")).content().contains("href=\"steps.html\"");
    }

    @Test
    void a_misspelt_step_is_a_usage_error_naming_the_closest_step() throws IOException {
        Path feature = write("misspelt.feature", REVOKED.formatted("refused", "the certificate is not trustd: REVOKED"));

        int exit = run("run", "--features", feature.toString(), "--report-dir", dir.resolve("reports").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString())
                .contains("undefined step", "\"the certificate is not trustd: REVOKED\"")
                .contains("closest step: Then the certificate is not trusted: {outcome}");
        assertThat(dir.resolve("reports")).doesNotExist();
    }

    @Test
    void a_failing_scenario_shows_as_failed_in_every_report_and_exits_1() throws IOException {
        Path feature = write("wrong.feature", REVOKED.formatted("trusted (a wrong expectation)", "the certificate is trusted"));
        Path reports = dir.resolve("reports");

        int exit = run("run", "--features", feature.toString(), "--report-dir", reports.toString());

        assertThat(exit).as(out + "\n" + err).isEqualTo(1);
        assertThat(out.toString()).contains("FAILED  Our organisation's own check - Our issuing CA's revoked certificates are trusted")
                .contains("0 passed, 1 failed");
        assertThat(reports.resolve("junit.xml")).content().contains("<failure");
        assertThat(reports.resolve("cucumber.json")).content().contains("\"status\":\"failed\"");
        assertThat(reports.resolve("index.html")).content().contains("<span class=\"badge failed\">failed</span>");
        assertThat(reports.resolve("allure-report/index.html")).exists();
        assertThat(reports.resolve("allure-results")).isNotEmptyDirectory();
        assertThat(java.nio.file.Files.list(reports.resolve("allure-results")).filter(p -> p.toString().endsWith("-result.json"))
                .map(p -> { try { return java.nio.file.Files.readString(p); } catch (IOException e) { throw new java.io.UncheckedIOException(e); } })
                .anyMatch(result -> result.contains("\"status\":\"failed\"") || result.contains("\"status\" : \"failed\""))).isTrue();
    }

    @Test
    void a_scenario_that_cannot_judge_the_implementation_is_a_harness_error() throws IOException {
        Path feature = write("broken.feature", REVOKED.formatted("refused", "the certificate is not trusted: REVOKED")
                .replace("dave@fabrikam.com has a certificate", "erin@fabrikam.com has a certificate"));

        int exit = run("run", "--no-allure", "--features", feature.toString(), "--report-dir", dir.resolve("r").toString());

        assertThat(exit).as(out + "\n" + err).isEqualTo(2);
        assertThat(err.toString()).contains("harness error:", "the scenario could not judge the implementation",
                "never declares \"dave@fabrikam.com\"");
    }

    @Test
    void scenarios_needing_what_the_implementation_lacks_are_skipped_with_the_reason() throws IOException {
        Path features = write("mixed/trust.feature", "@trust\n" + REVOKED.formatted("refused", "the certificate is not trusted: REVOKED"));
        write("mixed/compose.feature", "@compose\n" + REVOKED.formatted("also refused", "the certificate is not trusted: REVOKED")
                .replace("Feature: Our organisation's own check", "Feature: Our organisation's own check, when composing"));

        int exit = run("run", "--no-allure", "--target", "test-trust-only", "--features", features.getParent().toString(),
                "--report-dir", dir.resolve("r").toString());

        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("1 passed, 0 failed, 1 skipped");
    }

    @Test
    void a_capability_refused_in_the_middle_of_a_step_skips_the_scenario_unless_it_was_declared() throws IOException {
        Path feature = write("untagged.feature", REVOKED.formatted("refused", "the certificate is not trusted: REVOKED"));
        String target = "java:org.smimeconformance.cli.target.RefusesTrustMidStepImplementation";

        int undeclared = run("run", "--no-allure", "--target", target, "--features", feature.toString(),
                "--report-dir", dir.resolve("u").toString());

        assertThat(undeclared).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("0 passed, 0 failed, 1 skipped");
        assertThat(dir.resolve("u/cucumber.json")).content().contains("does not support TRUST (MailClient.trust refused it)");

        int declared = run("run", "--no-allure", "--target", target + "$Declaring", "--features", feature.toString(),
                "--report-dir", dir.resolve("d").toString());

        assertThat(declared).as(out + "\n" + err).isEqualTo(2);
        assertThat(err.toString()).contains("implementation misconfigured",
                "declares TRUST but refused MailClient.trust as unsupported");
    }

    @Test
    void an_implementation_chosen_by_class_is_run() throws IOException {
        Path feature = write("ours.feature", "@trust\n" + REVOKED.formatted("refused", "the certificate is not trusted: REVOKED"));

        int exit = run("run", "--no-allure", "--target", "java:org.smimeconformance.cli.target.TrustOnlyImplementation",
                "--features", feature.toString(), "--report-dir", dir.resolve("r").toString());

        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("1 passed, 0 failed");
        assertThat(run("run", "--target", "java:com.example.Missing", "--report-dir", dir.resolve("m").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no class com.example.Missing on the class path");
    }

    @Test
    void a_known_deviation_is_reported_and_does_not_fail_the_run_and_a_stale_one_does() throws IOException {
        Path wrong = write("wrong.feature", REVOKED.formatted("trusted (a wrong expectation)", "the certificate is trusted"));
        Path known = write("known.json", """
                [{"scenario": "Our issuing CA's revoked certificates are trusted (a wrong expectation)",
                  "reason": "this implementation trusts revoked certificates for a day", "link": "https://example.com/BUG-1"}]
                """);
        Path stale = write("stale.json", """
                [{"rule": "TRUST-9", "reason": "fixed long ago"}]
                """);

        int expected = run("run", "--no-allure", "--features", wrong.toString(), "--deviations", known.toString(),
                "--report-dir", dir.resolve("a").toString());
        String expectedOut = out.toString();
        int staleExit = run("run", "--no-allure", "--features", write("ok.feature", REVOKED.formatted("refused",
                "the certificate is not trusted: REVOKED")).toString(), "--deviations", stale.toString(),
                "--report-dir", dir.resolve("b").toString());

        assertThat(expected).as(expectedOut + "\n" + err).isZero();
        assertThat(expectedOut).contains("DEVIATION  Our organisation's own check", "BUG-1", "1 known deviation(s)",
                "0 passed, 0 failed");
        assertThat(staleExit).isEqualTo(1);
        assertThat(out.toString()).contains("STALE DEVIATION  rule TRUST-9: fixed long ago");
    }

    @Test
    void a_misconfigured_implementation_stops_the_run_after_the_sanity_scenario() {
        int exit = run("run", "--no-allure", "--target", "test-unreachable", "--report-dir", dir.resolve("r").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("implementation misconfigured", "cannot reach the device farm");
        assertThat(out.toString()).doesNotContain("FAILED");
    }

    @Test
    void quiet_prints_only_failures_and_the_closing_line() throws IOException {
        Path feature = write("quiet.feature", REVOKED.formatted("refused", "the certificate is not trusted: REVOKED"));

        int exit = run("run", "--quiet", "--no-allure", "--features", feature.toString(), "--report-dir", dir.resolve("r").toString());

        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(out.toString().strip()).isEqualTo("1 passed, 0 failed");
    }

    @Test
    void repeat_runs_the_scenarios_again_in_the_same_jvm_and_prints_each_pass() throws IOException {
        Path feature = write("twice.feature", REVOKED.formatted("refused", "the certificate is not trusted: REVOKED"));

        int exit = run("run", "--quiet", "--no-allure", "--repeat", "2", "--features", feature.toString(),
                "--report-dir", dir.resolve("r").toString());

        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(out.toString().strip().lines().toList()).hasSize(3)
                .satisfies(lines -> assertThat(lines.get(0)).matches("pass 1 of 2: 1 passed, 0 failed in [0-9]+\\.[0-9]+ s"))
                .satisfies(lines -> assertThat(lines.get(1)).matches("pass 2 of 2: 1 passed, 0 failed in [0-9]+\\.[0-9]+ s"))
                .satisfies(lines -> assertThat(lines.get(2)).isEqualTo("1 passed, 0 failed"));
        assertThat(run("run", "--repeat", "0", "--report-dir", dir.resolve("z").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--repeat takes 1 to 20 passes, not 0");
    }

    @Test
    void an_unknown_target_or_no_scenario_is_a_harness_error() {
        assertThat(run("run", "--no-allure", "--target", "nobody", "--report-dir", dir.resolve("a").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no implementation named 'nobody'");
        assertThat(run("run", "--no-allure", "--tags", "@no-such-tag", "--report-dir", dir.resolve("b").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no scenario ran");
    }

    @Test
    void a_report_folder_holding_other_files_is_refused_before_anything_runs_and_nothing_is_touched() throws IOException {
        Path feature = write("features/revoked.feature", REVOKED.formatted("refused", "the certificate is not trusted: REVOKED"));
        Path mine = Files.createDirectories(dir.resolve("mine/sub"));
        Files.writeString(mine.resolve("../thesis.txt"), "three years of work");
        Files.writeString(mine.resolve("notes.md"), "notes");
        Path file = write("a-file", "not a folder");
        Map<String, String> before = tree(dir);

        int intoFolder = run("run", "--no-allure", "--features", feature.toString(), "--report-dir", dir.resolve("mine").toString());
        int intoFile = run("run", "--no-allure", "--features", feature.toString(), "--report-dir", file.toString());

        assertThat(intoFolder).isEqualTo(2);
        assertThat(intoFile).isEqualTo(2);
        assertThat(err.toString()).contains("holds files that are not a report of smime-conformance (sub, thesis.txt",
                "is a file, not a folder");
        assertThat(out.toString()).as("nothing ran").isEmpty();
        assertThat(tree(dir)).isEqualTo(before);
    }

    @Test
    void a_report_folder_of_an_earlier_run_is_replaced() throws IOException {
        Path feature = write("features/revoked.feature", REVOKED.formatted("refused", "the certificate is not trusted: REVOKED"));
        Path reports = dir.resolve("reports");

        assertThat(run("run", "--quiet", "--no-allure", "--features", feature.toString(), "--report-dir", reports.toString())).isZero();
        Files.writeString(reports.resolve("cucumber.json"), "an earlier run's");
        assertThat(run("run", "--quiet", "--no-allure", "--features", feature.toString(), "--report-dir", reports.toString()))
                .as(out + "\n" + err).isZero();

        assertThat(reports.resolve("cucumber.json")).content().doesNotContain("an earlier run's");
        assertThat(reports.resolve(".smime-conformance-report")).exists();
        try (Stream<Path> beside = Files.list(dir)) {
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("features", "reports");
        }
    }

    @Test
    void rules_and_steps_print_the_catalogue_and_the_vocabulary() {
        assertThat(run("rules", "--report-dir", dir.toString())).isZero();
        assertThat(out.toString()).contains("TRUST-1", "SEND-11", "[S/MIME prerequisites]", "rules have scenarios");
        assertThat(run("steps")).isZero();
        assertThat(out.toString()).contains("Then the certificate is not trusted: {outcome}", "{fault}")
                .containsPattern("e\\.g\\. Then the certificate is not trusted: [A-Z_]+");
    }

    /** Every path under {@code root} with its content and time (files) or kind, to compare before and after. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                tree.put(root.relativize(path).toString(),
                        Files.isDirectory(path) ? "folder" : Files.readString(path) + " @" + Files.getLastModifiedTime(path));
            }
        }
        return tree;
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
