package org.smimeconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The trust options, declared once ({@link TrustOptions}, {@link AtHandOptions}) and taken by
 * {@code verify-cert}, {@code inspect} and {@code compose}: what they read from their files, the
 * instant, and that each command shows the same option with the same description.
 */
class TrustOptionsTest {

    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Command(name = "probe")
    static final class Probe {
        @Mixin
        TrustOptions trust;

        @Mixin
        AtHandOptions atHand;
    }

    private static Probe parse(String... args) {
        Probe probe = new Probe();
        new CommandLine(probe).parseArgs(args);
        return probe;
    }

    @ParameterizedTest
    @CsvSource({
        "2026-03-01T00:00:00Z,      2026-03-01T00:00:00Z",
        "2026-03-01T01:00:00+01:00, 2026-03-01T00:00:00Z",
        "2026-03-01,                2026-03-01T00:00:00Z",
    })
    void atIsAnInstantOrADateAtMidnightUtc(String at, String instant) {
        assertThat(parse("--at", at).trust.instant(CLOCK)).isEqualTo(Instant.parse(instant));
    }

    @Test
    void withoutAtTheInstantIsTheClocks() {
        assertThat(parse().trust.instant(CLOCK)).isEqualTo(NOW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"verify-cert", "inspect", "compose"})
    void anInstantThatIsNotOneIsAUsageErrorOfEveryCommand(String command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] line = command.equals("compose")
                ? new String[] {command, "--from-p12", "a.p12", "--password", "p", "--from", "a@example.test",
                    "--to", "b@example.test", "--at", "next tuesday"}
                : new String[] {command, "file", "--at", "next tuesday"};

        int exit = SmimeConformance.execute(CLOCK, new PrintWriter(out), new PrintWriter(err), line);

        assertThat(exit).as(err.toString()).isEqualTo(SmimeConformance.USAGE_OR_HARNESS_ERROR);
        assertThat(err.toString()).contains("'next tuesday' is neither an ISO-8601 instant");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void theFilesAreReadInTheOrderGivenEachPemBlockAnEntry() throws IOException {
        Path first = write("first.pem", pem("CERTIFICATE", "Zmlyc3Q=") + pem("CERTIFICATE", "c2Vjb25k"));
        Path second = write("second.der", "third");
        Path crl = write("crl.pem", pem("X509 CRL", "Y3Js"));

        Probe probe = parse("--trust-anchor", first.toString(), "--trust-anchor", second.toString(),
                "--intermediate", second.toString(), "--intermediate", first.toString(), "--crl", crl.toString());

        assertThat(texts(probe.trust.trustAnchors())).containsExactly(
                pem("CERTIFICATE", "Zmlyc3Q="), pem("CERTIFICATE", "c2Vjb25k"), "third");
        assertThat(texts(probe.atHand.intermediates())).containsExactly(
                "third", pem("CERTIFICATE", "Zmlyc3Q="), pem("CERTIFICATE", "c2Vjb25k"));
        assertThat(texts(probe.atHand.crls())).containsExactly(pem("X509 CRL", "Y3Js"));
    }

    @Test
    void noFilesGivenIsNothingAtHandAndOnline() {
        Probe probe = parse();

        assertThat(probe.trust.trustAnchors()).isEmpty();
        assertThat(probe.atHand.intermediates()).isEmpty();
        assertThat(probe.atHand.crls()).isEmpty();
        assertThat(probe.atHand.offline()).isFalse();
        assertThat(parse("--offline").atHand.offline()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--trust-anchor", "--intermediate", "--crl"})
    void aFileThatDoesNotExistCannotBeRead(String option) {
        Path missing = dir.resolve("missing.pem");
        Probe probe = parse(option, missing.toString());

        assertThatThrownBy(() -> {
            probe.trust.trustAnchors();
            probe.atHand.intermediates();
            probe.atHand.crls();
        }).isInstanceOf(CertificateFile.Unreadable.class).hasMessage("cannot read " + missing + ": no such file");
    }

    @Test
    void theNoteThatNothingCanBeTrustedIsGivenOnlyWithoutATrustAnchor() throws IOException {
        StringWriter without = new StringWriter();
        StringWriter with = new StringWriter();

        parse().trust.noteWhenNoTrustAnchor(new PrintWriter(without, true));
        parse("--trust-anchor", write("root.pem", "root").toString()).trust.noteWhenNoTrustAnchor(new PrintWriter(with, true));

        assertThat(without.toString()).isEqualTo(TrustOptions.NO_TRUST_ANCHOR + System.lineSeparator());
        assertThat(with.toString()).isEmpty();
    }

    @Test
    void everyCommandShowsAnOptionItSharesWithTheSameDescriptionAndDefault() {
        CommandSpec verify = new CommandLine(new VerifyCertCommand(CLOCK)).getCommandSpec();
        CommandSpec inspect = new CommandLine(new InspectCommand(CLOCK)).getCommandSpec();
        CommandSpec compose = new CommandLine(new ComposeCommand(CLOCK)).getCommandSpec();

        for (String name : List.of("--trust-anchor", "--at", "--timeout", "--target")) {
            assertSame(name, verify, inspect, compose);
        }
        for (String name : List.of("--intermediate", "--crl", "--offline")) {
            assertSame(name, verify, inspect);
            assertThat(compose.findOption(name)).as("compose takes no " + name).isNull();
        }
    }

    private static void assertSame(String name, CommandSpec first, CommandSpec... others) {
        OptionSpec option = first.findOption(name);
        assertThat(option).as(first.name() + " " + name).isNotNull();
        for (CommandSpec other : others) {
            OptionSpec same = other.findOption(name);
            assertThat(same).as(other.name() + " " + name).isNotNull();
            assertThat(same.description()).as(other.name() + " " + name).containsExactly(option.description());
            assertThat(same.defaultValue()).as(other.name() + " " + name).isEqualTo(option.defaultValue());
            assertThat(same.paramLabel()).as(other.name() + " " + name).isEqualTo(option.paramLabel());
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.ISO_8859_1);
    }

    private static String pem(String type, String base64) {
        return "-----BEGIN " + type + "-----\n" + base64 + "\n-----END " + type + "-----\n";
    }

    private static List<String> texts(List<byte[]> entries) {
        return entries.stream().map(entry -> new String(entry, StandardCharsets.ISO_8859_1)).toList();
    }
}
