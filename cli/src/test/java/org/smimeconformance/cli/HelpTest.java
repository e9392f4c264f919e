package org.smimeconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine.Command;

/**
 * Every command answers {@code --help} and {@code -h} with its usage and exit 0, and
 * {@code --version} and {@code -V} with the suite's version.
 */
class HelpTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @ValueSource(strings = {"run", "verify-cert", "compose", "inspect", "serve", "rules", "steps"})
    void every_command_answers_help_with_exit_0(String command) {
        for (String help : new String[] {"--help", "-h"}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();

            int exit = SmimeConformance.execute(CLOCK, new PrintWriter(out), new PrintWriter(err), command, help);

            assertThat(exit).as(command + " " + help + ": " + err).isZero();
            assertThat(out.toString()).contains("Usage: smime-conformance " + command);
        }
    }

    /** The commands of the root that take the standard help options, so {@code --version} too. */
    static Stream<String> commandsWithStandardHelpOptions() {
        return Arrays.stream(SmimeConformance.class.getAnnotation(Command.class).subcommands())
                .map(command -> command.getAnnotation(Command.class))
                .filter(Command::mixinStandardHelpOptions)
                .map(Command::name);
    }

    @ParameterizedTest
    @MethodSource("commandsWithStandardHelpOptions")
    void every_command_answers_version_with_the_suites_version(String command) {
        StringWriter root = new StringWriter();
        assertThat(SmimeConformance.execute(CLOCK, new PrintWriter(root), new PrintWriter(new StringWriter()), "--version"))
                .isZero();
        assertThat(root.toString()).startsWith("smime-conformance ");

        for (String version : new String[] {"--version", "-V"}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();

            int exit = SmimeConformance.execute(CLOCK, new PrintWriter(out), new PrintWriter(err), command, version);

            assertThat(exit).as(command + " " + version + ": " + err).isZero();
            assertThat(out.toString()).as(command + " " + version).isEqualTo(root.toString());
            assertThat(err.toString()).as(command + " " + version).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "help"})
    void the_command_line_lists_every_command(String help) {
        StringWriter out = new StringWriter();

        int exit = SmimeConformance.execute(CLOCK, new PrintWriter(out), new PrintWriter(new StringWriter()), help);

        assertThat(exit).isZero();
        for (Class<?> command : SmimeConformance.class.getAnnotation(Command.class).subcommands()) {
            assertThat(out.toString()).contains("  " + command.getAnnotation(Command.class).name() + " ");
        }
    }
}
