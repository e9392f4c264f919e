package org.smimeconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar as the launcher runs it ({@code java -jar cli/target/smime-conformance.jar}),
 * with only what its manifest puts on the class path: the reference engine, the fakes and the
 * features must all be there, and the Allure command line beside it.
 */
class RunnableJarIT {

    private static final long TIMEOUT_SECONDS = 300;

    @TempDir
    Path dir;

    @Test
    void the_jar_runs_the_scenarios_of_a_rule_and_writes_every_report() throws IOException, InterruptedException {
        Path reports = dir.resolve("reports");

        Result result = run("run", "--tags", "@rule:TRUST-1", "--report-dir", reports.toString());

        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).containsPattern("(?m)^[1-9][0-9]* passed, 0 failed$");
        assertThat(reports.resolve("index.html")).exists();
        assertThat(reports.resolve("junit.xml")).exists();
        assertThat(reports.resolve("allure-report/index.html")).exists();
    }

    @Test
    void every_command_answers_help_and_the_jar_its_version() throws IOException, InterruptedException {
        for (String command : List.of("run", "verify-cert", "compose", "inspect", "serve", "rules", "steps")) {
            Result help = run(command, "--help");
            assertThat(help.exit()).as(command + " --help: " + help.output()).isZero();
            assertThat(help.output()).as(command + " --help").contains("Usage: smime-conformance " + command);
        }
        Result version = run("--version");
        assertThat(version.exit()).as(version.output()).isZero();
        assertThat(version.output()).startsWith("smime-conformance ").doesNotContain("development build");
    }

    private record Result(int exit, String output) {
    }

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("smime-conformance.jar")));
        command.addAll(List.of(args));
        Path output = Files.createTempFile(dir, "output", ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            throw new AssertionError(String.join(" ", args) + " did not end within " + TIMEOUT_SECONDS + " s:\n" + Files.readString(output));
        }
        return new Result(process.exitValue(), Files.readString(output));
    }
}
