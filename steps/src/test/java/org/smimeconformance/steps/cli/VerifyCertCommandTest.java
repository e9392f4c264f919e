package org.smimeconformance.steps.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify-cert} against the reference engine, on a PKI that {@code openssl/make-chain.sh}
 * makes with openssl: root, intermediate, a valid, a revoked and an expired S/MIME leaf, an
 * unrelated root, and the CRLs of both CAs (current from 2026-02-01 to 2027-02-01).
 */
class VerifyCertCommandTest {

    /** Every leaf but the expired one is valid here, and both CRLs are current. */
    private static final String AT = "2026-03-01T00:00:00Z";

    /** The injected clock: everything is long expired then, so only --at can make a leaf valid. */
    private static final Clock LATE = Clock.fixed(Instant.parse("2031-06-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path pki;

    @BeforeAll
    static void makeChain() throws IOException, InterruptedException, URISyntaxException {
        try {
            Process version = new ProcessBuilder("openssl", "version").redirectErrorStream(true).start();
            version.getInputStream().readAllBytes();
            version.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            fail("openssl is not on the PATH; these tests make their certificates with it (" + e.getMessage() + ")");
        }
        Path script = Path.of(VerifyCertCommandTest.class.getResource("/openssl/make-chain.sh").toURI());
        Process make = new ProcessBuilder("bash", script.toString(), pki.toString()).redirectErrorStream(true).start();
        String output = new String(make.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!make.waitFor(120, TimeUnit.SECONDS)) {
            make.destroyForcibly();
            fail("make-chain.sh did not finish within 120 s:\n" + output);
        }
        assertThat(make.exitValue()).as("make-chain.sh failed:%n%s", output).isZero();
    }

    @Test
    void aValidLeafWithBothCrlsGivenOfflineIsTrusted() {
        Run run = verify(LATE, "valid.pem", "--at", AT, "--offline",
                "--trust-anchor", "root.pem", "--intermediate", "intermediate.pem",
                "--crl", "root.crl", "--crl", "intermediate.crl");

        assertThat(run.exit).as(run.toString()).isZero();
        List<String> lines = run.out.lines().toList();
        assertThat(lines.get(0)).startsWith("TRUSTED  ");
        assertThat(lines.subList(1, lines.size()))
                .as("the chain, leaf first, one subject per line")
                .hasSize(3)
                .allSatisfy(line -> assertThat(line).startsWith("  "));
        assertThat(lines.get(1)).contains("CN=Alice Valid");
        assertThat(lines.get(2)).contains("CN=Conformance Test Intermediate CA");
        assertThat(lines.get(3)).contains("CN=Conformance Test Root CA");
        assertThat(run.err).isEmpty();
    }

    @Test
    void aRevokedLeafIsNotTrusted() {
        Run run = verify(LATE, "revoked.pem", "--at", AT, "--offline",
                "--trust-anchor", "root.pem", "--intermediate", "intermediate.pem",
                "--crl", "root.crl", "--crl", "intermediate.crl");

        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertThat(run.out).startsWith("NOT TRUSTED  REVOKED  ").contains("CN=Bob Revoked");
    }

    @Test
    void aCrlThatIsNeitherGivenNorFetchableOfflineIsUnreachable() {
        Run run = verify(LATE, "valid.pem", "--at", AT, "--offline",
                "--trust-anchor", "root.pem", "--intermediate", "intermediate.pem",
                "--crl", "root.crl");

        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertThat(run.out).startsWith("NOT TRUSTED  CRL_UNREACHABLE  ");
    }

    @Test
    void aLeafWhoseRootIsNotAnAnchorHasNoTrustedRoot() {
        Run run = verify(LATE, "valid.pem", "--at", AT, "--offline",
                "--trust-anchor", "other-root.pem", "--intermediate", "intermediate.pem",
                "--crl", "root.crl", "--crl", "intermediate.crl");

        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertThat(run.out).startsWith("NOT TRUSTED  NO_TRUSTED_ROOT  ");
    }

    @Test
    void aLeafPastItsNotAfterAtTheInstantIsExpired() {
        Run run = verify(LATE, "expired.pem", "--at", AT, "--offline",
                "--trust-anchor", "root.pem", "--intermediate", "intermediate.pem",
                "--crl", "root.crl", "--crl", "intermediate.crl");

        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertThat(run.out).startsWith("NOT TRUSTED  EXPIRED  ");
    }

    @Test
    void withoutAtTheInjectedClockIsTheInstant() {
        Clock march = Clock.fixed(Instant.parse(AT), ZoneOffset.UTC);
        String[] args = {"valid.pem", "--offline", "--json",
            "--trust-anchor", "root.pem", "--intermediate", "intermediate.pem",
            "--crl", "root.crl", "--crl", "intermediate.crl"};

        Run inMarch = verify(march, args);
        Run later = verify(LATE, args);

        assertThat(inMarch.exit).as(inMarch.toString()).isZero();
        assertThat(json(inMarch).get("at").asText()).isEqualTo(AT);
        assertThat(later.exit).as(later.toString()).isEqualTo(1);
        assertThat(json(later).get("code").asText()).isEqualTo("EXPIRED");
        assertThat(json(later).get("at").asText()).isEqualTo("2031-06-01T00:00:00Z");
    }

    @Test
    void aPlainDateIsMidnightUtc() {
        Run run = verify(LATE, "valid.pem", "--at", "2026-03-01", "--offline", "--json",
                "--trust-anchor", "root.pem", "--intermediate", "intermediate.pem",
                "--crl", "root.crl", "--crl", "intermediate.crl");

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(json(run).get("at").asText()).isEqualTo("2026-03-01T00:00:00Z");
    }

    @Test
    void jsonOutputIsOneObjectCarryingTheVerdict() {
        Run run = verify(LATE, "revoked.pem", "--at", AT, "--offline", "--json",
                "--trust-anchor", "root.pem", "--intermediate", "intermediate.pem",
                "--crl", "root.crl", "--crl", "intermediate.crl");

        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertThat(run.out.strip().lines()).as("one line, one object").hasSize(1);
        JsonNode verdict = json(run);
        assertThat(verdict.get("certificate").asText()).isEqualTo(pki.resolve("revoked.pem").toString());
        assertThat(verdict.get("trusted").isBoolean()).isTrue();
        assertThat(verdict.get("trusted").asBoolean()).isFalse();
        assertThat(verdict.get("code").asText()).isEqualTo("REVOKED");
        assertThat(verdict.get("message").asText()).isNotBlank();
        assertThat(verdict.get("chain").isArray()).isTrue();
        assertThat(verdict.get("chain").get(0).asText()).contains("CN=Bob Revoked");
        assertThat(verdict.get("at").asText()).isEqualTo(AT);
        assertThat(verdict.get("target").asText()).isEqualTo("reference");
    }

    @Test
    void derFilesAndPemBundlesAreRead() {
        // valid.der is DER; anchors.pem holds the unrelated root and then the right one;
        // intermediate.crl.der is DER.
        Run run = verify(LATE, "valid.der", "--at", AT, "--offline",
                "--trust-anchor", "anchors.pem", "--intermediate", "intermediate.pem",
                "--crl", "root.crl", "--crl", "intermediate.crl.der");

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).startsWith("TRUSTED  ");
    }

    @Test
    void certificatesAfterTheFirstInCertAreIntermediates() throws IOException {
        Path fullChain = pki.resolve("valid-fullchain.pem");
        Files.write(fullChain, concat(pki.resolve("valid.pem"), pki.resolve("intermediate.pem")));

        Run run = verify(LATE, fullChain.toString(), "--at", AT, "--offline",
                "--trust-anchor", "root.pem", "--crl", "root.crl", "--crl", "intermediate.crl");

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out.lines().skip(1).findFirst()).hasValueSatisfying(
                leaf -> assertThat(leaf).contains("CN=Alice Valid"));
    }

    @Test
    void aPrivateKeyBesideTheCertificateIsLeftOut() throws IOException {
        Path keyAndCertificate = pki.resolve("valid-with-key.pem");
        Files.write(keyAndCertificate, concat(pki.resolve("ca/valid.pem.key"), pki.resolve("valid.pem")));

        Run run = verify(LATE, keyAndCertificate.toString(), "--at", AT, "--offline",
                "--trust-anchor", "root.pem", "--intermediate", "intermediate.pem",
                "--crl", "root.crl", "--crl", "intermediate.crl");

        assertThat(run.exit).as(run.toString()).isZero();
    }

    @Test
    void aFileWithOnlyAPrivateKeyCannotBeRead() {
        Path key = pki.resolve("ca/valid.pem.key");

        Run run = verify(LATE, key.toString(), "--at", AT, "--trust-anchor", "root.pem");

        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("cannot read " + key + ": it holds only private keys");
    }

    @Test
    void garbageAsTheCertificateIsBadInput() throws IOException {
        Path garbage = pki.resolve("garbage.pem");
        Files.writeString(garbage, "this is not a certificate\n");

        Run run = verify(LATE, garbage.toString(), "--at", AT, "--offline",
                "--trust-anchor", "root.pem", "--crl", "root.crl", "--crl", "intermediate.crl");

        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("cannot judge " + garbage + ": MALFORMED_CERTIFICATE  ");
        assertThat(run.out).isEmpty();
    }

    @Test
    void garbageAsACrlIsBadInput() throws IOException {
        Path garbage = pki.resolve("garbage.crl");
        Files.write(garbage, new byte[] {0x30, 0x03, 0x02, 0x01});

        Run run = verify(LATE, "valid.pem", "--at", AT, "--offline",
                "--trust-anchor", "root.pem", "--intermediate", "intermediate.pem",
                "--crl", "root.crl", "--crl", garbage.toString());

        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("MALFORMED_CRL");
    }

    @Test
    void aFileThatDoesNotExistCannotBeRead() {
        Path missing = pki.resolve("no-such-certificate.pem");

        Run run = verify(LATE, missing.toString(), "--at", AT, "--trust-anchor", "root.pem");

        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("cannot read " + missing + ": no such file");
    }

    @Test
    void aMissingTrustAnchorFileCannotBeRead() {
        Path missing = pki.resolve("no-such-root.pem");

        Run run = verify(LATE, "valid.pem", "--at", AT, "--trust-anchor", missing.toString());

        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("cannot read " + missing + ": no such file");
    }

    @Test
    void anUnknownTargetIsAUsageError() {
        Run run = verify(LATE, "valid.pem", "--at", AT, "--offline", "--trust-anchor", "root.pem",
                "--target", "no-such-implementation");

        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("no-such-implementation").contains("reference");
    }

    @Test
    void anInstantThatIsNotOneIsAUsageError() {
        Run run = verify(LATE, "valid.pem", "--at", "next tuesday", "--trust-anchor", "root.pem");

        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("next tuesday");
    }

    @Test
    void noCertificateIsAUsageError() {
        Run run = verify(LATE);

        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("CERT");
    }

    // --- helpers

    private record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    /** Runs verify-cert; arguments naming files of the PKI may be given by bare file name. */
    private static Run verify(Clock clock, String... args) {
        List<String> line = new ArrayList<>(List.of("verify-cert"));
        for (String arg : args) {
            line.add(!arg.startsWith("-") && Files.exists(pki.resolve(arg)) && !arg.contains("/")
                    ? pki.resolve(arg).toString() : arg);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = SmimeConformance.execute(clock, new PrintWriter(out), new PrintWriter(err),
                line.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    private static JsonNode json(Run run) {
        try {
            return new ObjectMapper().readTree(run.out);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + run, e);
        }
    }

    private static byte[] concat(Path... files) throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path file : files) {
            all.append(Files.readString(file, StandardCharsets.US_ASCII));
        }
        return all.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
