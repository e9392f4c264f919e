package org.smimeconformance.cli;

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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code verify-cert} against the reference engine, on a PKI that {@code openssl/make-chain.sh}
 * makes with openssl: root, intermediate, a valid, a revoked and an expired S/MIME leaf, leaves
 * whose key usage suits only signing, only encryption or neither, an unrelated root, and the CRLs
 * of both CAs (current from 2026-02-01 to 2027-02-01).
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

    /** {@code --address} and {@code --purpose}: would the app choose the certificate as the account's? */
    @Nested
    class ChoosingForAnAddress {

        /** Everything the leaves need to be trusted at {@link #AT}. */
        private static final String[] TRUSTED_AT = {"--at", AT, "--offline",
            "--trust-anchor", "root.pem", "--intermediate", "intermediate.pem",
            "--crl", "root.crl", "--crl", "intermediate.crl"};

        @Test
        void theAddressInAnotherCaseMatchesAndTheVerdictFollowsTheChain() {
            Run run = verify(LATE, with("valid.pem", "--address", "Alice@Example.TEST"));

            assertThat(run.exit).as(run.toString()).isZero();
            List<String> lines = run.out.lines().toList();
            assertThat(lines).hasSize(5);
            assertThat(lines.get(0)).startsWith("TRUSTED  ");
            assertThat(lines.subList(1, 4)).allSatisfy(line -> assertThat(line).startsWith("  "));
            assertThat(lines.get(4)).startsWith("ADDRESS_MATCHES  ").hasSizeGreaterThan("ADDRESS_MATCHES  ".length());
            assertThat(run.err).isEmpty();
        }

        @Test
        void surroundingWhitespaceIsIgnored() {
            Run run = verify(LATE, with("valid.pem", "--address", "  alice@example.test ", "--purpose", "encrypt"));

            assertThat(run.exit).as(run.toString()).isZero();
            assertThat(lastLine(run)).startsWith("ADDRESS_MATCHES  ");
        }

        @Test
        void anotherAddressIsNotChosenThoughTheCertificateIsTrusted() {
            Run run = verify(LATE, with("valid.pem", "--address", "bob@example.test"));

            assertThat(run.exit).as(run.toString()).isEqualTo(1);
            assertThat(run.out).startsWith("TRUSTED  ");
            assertThat(lastLine(run)).startsWith("NOT CHOSEN  ADDRESS_MISMATCH  ");
        }

        @Test
        void aMatchingCertificateThatIsNotTrustedExitsOne() {
            Run run = verify(LATE, with("revoked.pem", "--address", "bob@example.test"));

            assertThat(run.exit).as(run.toString()).isEqualTo(1);
            assertThat(run.out).startsWith("NOT TRUSTED  REVOKED  ");
            assertThat(lastLine(run)).startsWith("ADDRESS_MATCHES  ");
        }

        @ParameterizedTest(name = "{0} for {2}: {3}")
        @CsvSource({
            "sign-only.pem,     dave@example.test,  sign,    ADDRESS_MATCHES",
            "sign-only.pem,     dave@example.test,  encrypt, WRONG_KEY_USAGE",
            "encrypt-only.pem,  erin@example.test,  sign,    WRONG_KEY_USAGE",
            "encrypt-only.pem,  erin@example.test,  encrypt, ADDRESS_MATCHES",
            "key-agreement.pem, grace@example.test, sign,    WRONG_KEY_USAGE",
            "key-agreement.pem, grace@example.test, encrypt, ADDRESS_MATCHES",
            "client-auth.pem,   frank@example.test, sign,    WRONG_KEY_USAGE",
            "client-auth.pem,   frank@example.test, encrypt, WRONG_KEY_USAGE",
            "valid.pem,         alice@example.test, sign,    ADDRESS_MATCHES",
            "valid.pem,         alice@example.test, encrypt, ADDRESS_MATCHES",
        })
        void theKeyUsageMustAllowThePurpose(String file, String address, String purpose, String code) {
            Run run = verify(LATE, with(file, "--address", address, "--purpose", purpose));

            assertThat(run.out).as(run.toString()).startsWith("TRUSTED  ");
            if (code.equals("ADDRESS_MATCHES")) {
                assertThat(run.exit).as(run.toString()).isZero();
                assertThat(lastLine(run)).startsWith("ADDRESS_MATCHES  ");
            } else {
                assertThat(run.exit).as(run.toString()).isEqualTo(1);
                assertThat(lastLine(run)).startsWith("NOT CHOSEN  " + code + "  ");
            }
        }

        @Test
        void theAddressIsJudgedBeforeThePurpose() {
            Run run = verify(LATE, with("client-auth.pem", "--address", "alice@example.test"));

            assertThat(run.exit).as(run.toString()).isEqualTo(1);
            assertThat(lastLine(run)).startsWith("NOT CHOSEN  ADDRESS_MISMATCH  ");
        }

        @Test
        void withoutPurposeTheCertificateIsJudgedForSigning() {
            Run run = verify(LATE, with("encrypt-only.pem", "--address", "erin@example.test", "--json"));

            assertThat(run.exit).as(run.toString()).isEqualTo(1);
            assertThat(json(run).get("choice").get("purpose").asText()).isEqualTo("sign");
            assertThat(json(run).get("choice").get("code").asText()).isEqualTo("WRONG_KEY_USAGE");
        }

        @Test
        void jsonCarriesTheChoiceAsAnObject() {
            Run run = verify(LATE, with("sign-only.pem", "--address", "Dave@example.test", "--purpose", "ENCRYPT", "--json"));

            assertThat(run.exit).as(run.toString()).isEqualTo(1);
            assertThat(run.out.strip().lines()).as("one line, one object").hasSize(1);
            JsonNode verdict = json(run);
            assertThat(verdict.get("trusted").asBoolean()).isTrue();
            assertThat(verdict.get("code").asText()).isEqualTo("TRUSTED");
            JsonNode choice = verdict.get("choice");
            assertThat(choice.isObject()).isTrue();
            assertThat(choice.fieldNames()).toIterable()
                    .containsExactly("address", "purpose", "chosen", "code", "message");
            assertThat(choice.get("address").asText()).isEqualTo("Dave@example.test");
            assertThat(choice.get("purpose").asText()).isEqualTo("encrypt");
            assertThat(choice.get("chosen").isBoolean()).isTrue();
            assertThat(choice.get("chosen").asBoolean()).isFalse();
            assertThat(choice.get("code").asText()).isEqualTo("WRONG_KEY_USAGE");
            assertThat(choice.get("message").asText()).isNotBlank();
        }

        @Test
        void jsonOfAChosenCertificate() {
            Run run = verify(LATE, with("valid.pem", "--address", "alice@example.test", "--purpose", "sign", "--json"));

            assertThat(run.exit).as(run.toString()).isZero();
            JsonNode choice = json(run).get("choice");
            assertThat(choice.get("chosen").asBoolean()).isTrue();
            assertThat(choice.get("code").asText()).isEqualTo("ADDRESS_MATCHES");
        }

        @Test
        void withoutAddressJsonHasNoChoice() {
            Run run = verify(LATE, with("valid.pem", "--json"));

            assertThat(run.exit).as(run.toString()).isZero();
            assertThat(json(run).has("choice")).isFalse();
        }

        @Test
        void purposeWithoutAddressIsAUsageError() {
            Run run = verify(LATE, with("valid.pem", "--purpose", "sign"));

            assertThat(run.exit).as(run.toString()).isEqualTo(2);
            assertThat(run.err).contains("--purpose needs --address");
            assertThat(run.out).isEmpty();
        }

        @Test
        void aPurposeThatIsNeitherSignNorEncryptIsAUsageError() {
            Run run = verify(LATE, with("valid.pem", "--address", "alice@example.test", "--purpose", "decrypt"));

            assertThat(run.exit).as(run.toString()).isEqualTo(2);
            assertThat(run.err).contains("'decrypt' is neither sign nor encrypt");
            assertThat(run.out).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({"''", "'   '", "alice", "alice@", "@example.test"})
        void anAddressThatIsNotOneIsAUsageError(String address) {
            Run run = verify(LATE, with("valid.pem", "--address", address));

            assertThat(run.exit).as(run.toString()).isEqualTo(2);
            assertThat(run.err).contains("is not an SMTP address");
            assertThat(run.out).isEmpty();
        }

        @Test
        void garbageAsTheCertificateIsStillBadInput() throws IOException {
            Path garbage = pki.resolve("garbage-for-an-address.pem");
            Files.writeString(garbage, "this is not a certificate\n");

            Run run = verify(LATE, with(garbage.toString(), "--address", "alice@example.test", "--json"));

            assertThat(run.exit).as(run.toString()).isEqualTo(2);
            assertThat(json(run).get("code").asText()).isEqualTo("MALFORMED_CERTIFICATE");
            assertThat(json(run).has("choice")).as("nothing to choose from").isFalse();
        }

        private static String[] with(String certificate, String... more) {
            List<String> args = new ArrayList<>(List.of(certificate));
            args.addAll(List.of(TRUSTED_AT));
            args.addAll(List.of(more));
            return args.toArray(String[]::new);
        }

        private static String lastLine(Run run) {
            List<String> lines = run.out.lines().toList();
            assertThat(lines).as(run.toString()).isNotEmpty();
            return lines.get(lines.size() - 1);
        }
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
            line.add(!arg.isBlank() && !arg.startsWith("-") && !arg.contains("/") && Files.exists(pki.resolve(arg))
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
