package org.smimeconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smimeconformance.fakes.http.FakeHttpServer;
import org.smimeconformance.fakes.http.ScenarioEndpoints;
import org.smimeconformance.fakes.pki.CertificateSpec;
import org.smimeconformance.fakes.pki.CrlSpec;
import org.smimeconformance.fakes.pki.IssuedCertificate;
import org.smimeconformance.fakes.pki.KeyAlgorithm;
import org.smimeconformance.fakes.pki.KeyPool;
import org.smimeconformance.fakes.pki.KeyUsageBit;
import org.smimeconformance.fakes.pki.Pem;
import org.smimeconformance.fakes.pki.Pki;

/**
 * {@code compose} against the reference engine. The PKI is minted for the test, its CRLs served by
 * the fake HTTP server on this machine (Outlook fetches the CRL of the sender's certificate before
 * signing with it); the messages written are verified and decrypted with the system's
 * {@code openssl cms}, independently of the engine, and read back by {@code inspect}.
 */
class ComposeCommandTest {

    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String PASSWORD = "C0ntoso-S/MIME-2026!";
    private static final String BODY = "The quarterly figures are attached.";

    @TempDir
    static Path dir;

    private static ScenarioEndpoints endpoints;
    private static IssuedCertificate root;
    private static IssuedCertificate issuing;
    private static IssuedCertificate bob;

    @BeforeAll
    static void mintThePki() throws IOException {
        endpoints = FakeHttpServer.shared().openScenario();
        Pki pki = new Pki(KeyPool.shared());
        root = pki.selfSigned(CertificateSpec.authority("Compose Root CA", NOW.minus(Duration.ofDays(365)),
                NOW.plus(Duration.ofDays(3650))));
        issuing = pki.issue(CertificateSpec.authority("Compose Issuing CA", NOW.minus(Duration.ofDays(365)),
                NOW.plus(Duration.ofDays(3650))).crlDistributionPoint(endpoints.crl().address("Compose Root CA")), root);
        IssuedCertificate alice = person(pki, "alice@example.test", NOW.plus(Duration.ofDays(365)),
                EnumSet.of(KeyUsageBit.DIGITAL_SIGNATURE, KeyUsageBit.KEY_ENCIPHERMENT));
        IssuedCertificate soon = person(pki, "alice@example.test", NOW.plus(Duration.ofDays(20)),
                EnumSet.of(KeyUsageBit.DIGITAL_SIGNATURE, KeyUsageBit.KEY_ENCIPHERMENT));
        IssuedCertificate signOnly = person(pki, "dave@example.test", NOW.plus(Duration.ofDays(365)),
                EnumSet.of(KeyUsageBit.DIGITAL_SIGNATURE));
        bob = person(pki, "bob@example.test", NOW.plus(Duration.ofDays(365)),
                EnumSet.of(KeyUsageBit.DIGITAL_SIGNATURE, KeyUsageBit.KEY_ENCIPHERMENT));
        endpoints.crl().serve("Compose Root CA", pki.crl(root, new CrlSpec(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(7)))));
        endpoints.crl().serve("Compose Issuing CA", pki.crl(issuing, new CrlSpec(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(7)))));

        List<java.security.cert.X509Certificate> chain = List.of(issuing.certificate());
        Files.write(dir.resolve("alice.p12"), Pki.pkcs12(alice, chain, PASSWORD.toCharArray()));
        Files.write(dir.resolve("alice-soon.p12"), Pki.pkcs12(soon, chain, PASSWORD.toCharArray()));
        Files.write(dir.resolve("dave.p12"), Pki.pkcs12(signOnly, chain, PASSWORD.toCharArray()));
        Files.writeString(dir.resolve("root.pem"), root.pem());
        Files.writeString(dir.resolve("alice.pem"), alice.pem());
        Files.writeString(dir.resolve("alice.key"), Pem.encode("PRIVATE KEY", alice.keyPair().getPrivate().getEncoded()));
        Files.writeString(dir.resolve("bob.pem"), bob.pem());
        Files.writeString(dir.resolve("bob-and-issuer.pem"), bob.pem() + issuing.pem());
        Files.writeString(dir.resolve("bob.key"), Pem.encode("PRIVATE KEY", bob.keyPair().getPrivate().getEncoded()));
    }

    @AfterAll
    static void closeEndpoints() {
        endpoints.close();
    }

    private static IssuedCertificate person(Pki pki, String address, Instant notAfter, EnumSet<KeyUsageBit> usage) {
        return pki.issue(CertificateSpec.smime(address, NOW.minus(Duration.ofDays(30)), notAfter)
                .algorithm(KeyAlgorithm.RSA_2048).keyUsage(usage)
                .crlDistributionPoint(endpoints.crl().address("Compose Issuing CA")), issuing);
    }

    @Test
    void aSignedMessageIsClearSignedAndVerifiesWithOpenssl() throws Exception {
        Path eml = dir.resolve("signed.eml");

        Run run = compose("--from-p12", "alice.p12", "--password", PASSWORD, "--sign", "--from", "alice@example.test",
                "--to", "bob@example.test", "--subject", "Figures", "--body", BODY, "--trust-anchor", "root.pem",
                "--out", eml.toString());

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).startsWith("SENT  ");
        String message = Files.readString(eml);
        assertThat(message).contains("multipart/signed", "application/pkcs7-signature", "micalg=sha-256")
                .doesNotContain("application/pkcs7-mime");
        Result verified = openssl("cms", "-verify", "-in", eml.toString(), "-CAfile", file("root.pem"),
                "-attime", String.valueOf(NOW.getEpochSecond()));
        assertThat(verified.exit).as(verified.err).isZero();
        assertThat(verified.out).contains(BODY);
    }

    @Test
    void anEncryptedMessageDecryptsWithOpensslForTheRecipientAndTheSender() throws Exception {
        Path eml = dir.resolve("encrypted.eml");

        Run run = compose("--from-p12", "alice.p12", "--password", PASSWORD, "--encrypt", "--to-cert", "bob-and-issuer.pem",
                "--from", "alice@example.test", "--to", "bob@example.test", "--subject", "Figures", "--body", BODY,
                "--trust-anchor", "root.pem", "--out", eml.toString());

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(Files.readString(eml)).contains("application/pkcs7-mime", "smime-type=enveloped-data");
        for (String who : List.of("bob", "alice")) {
            Result decrypted = openssl("cms", "-decrypt", "-in", eml.toString(), "-recip", file(who + ".pem"),
                    "-inkey", file(who + ".key"));
            assertThat(decrypted.exit).as(who + ": " + decrypted.err).isZero();
            assertThat(decrypted.out).contains(BODY);
        }
    }

    @Test
    void aSignedAndEncryptedMessageDecryptsThenVerifiesWithOpensslAndInspectReadsIt() throws Exception {
        Path eml = dir.resolve("signed-encrypted.eml");
        Path inner = dir.resolve("inner.eml");

        Run run = compose("--from-p12", "alice.p12", "--password", PASSWORD, "--sign", "--encrypt", "--to-cert",
                "bob-and-issuer.pem", "--from", "alice@example.test", "--to", "bob@example.test", "--subject", "Figures",
                "--body", BODY, "--trust-anchor", "root.pem", "--out", eml.toString());

        assertThat(run.exit).as(run.toString()).isZero();
        Result decrypted = openssl("cms", "-decrypt", "-in", eml.toString(), "-recip", file("bob.pem"),
                "-inkey", file("bob.key"), "-out", inner.toString());
        assertThat(decrypted.exit).as(decrypted.err).isZero();
        assertThat(Files.readString(inner)).contains("multipart/signed");
        Result verified = openssl("cms", "-verify", "-in", inner.toString(), "-CAfile", file("root.pem"),
                "-attime", String.valueOf(NOW.getEpochSecond()));
        assertThat(verified.exit).as(verified.err).isZero();
        assertThat(verified.out).contains(BODY);

        Run inspected = run("inspect", eml.toString(), "--p12", file("alice.p12"), "--password", PASSWORD,
                "--trust-anchor", file("root.pem"));
        assertThat(inspected.exit).as(inspected.toString()).isZero();
        assertThat(inspected.out).contains("FORM       signed and encrypted", "STATUS     SIGNED_AND_ENCRYPTED",
                "CHAIN      TRUSTED", BODY);
    }

    @Test
    void withoutOutTheMessageGoesToStandardOutputAndTheReportToStandardError() {
        Run run = compose("--from-p12", "alice.p12", "--password", PASSWORD, "--sign", "--from", "alice@example.test",
                "--to", "bob@example.test", "--body", BODY, "--trust-anchor", "root.pem");

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).contains("Content-Type: multipart/signed", "From: alice@example.test");
        assertThat(run.err).startsWith("SENT  ");
    }

    @Test
    void aCertificateThatExpiresWithin30DaysIsAlertedAndTheMessageStillGoes() {
        Run run = compose("--from-p12", "alice-soon.p12", "--password", PASSWORD, "--sign", "--from",
                "alice@example.test", "--to", "bob@example.test", "--body", BODY, "--trust-anchor", "root.pem",
                "--out", dir.resolve("soon.eml").toString());

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).startsWith("ALERT  EXPIRES_SOON  ").contains("SENT  ");
    }

    @Test
    void atIsTheInstantOfTheChecks() {
        Run run = compose("--from-p12", "alice-soon.p12", "--password", PASSWORD, "--sign", "--from",
                "alice@example.test", "--to", "bob@example.test", "--body", BODY, "--trust-anchor", "root.pem",
                "--at", "2026-06-25T00:00:00Z", "--out", dir.resolve("late.eml").toString());

        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertThat(run.out).startsWith("NOT SENT  EXPIRED  ");
    }

    @Test
    void anAddressTheCertificateDoesNotCarryIsRefused() {
        Run run = compose("--from-p12", "alice.p12", "--password", PASSWORD, "--sign", "--from", "carol@example.test",
                "--to", "bob@example.test", "--body", BODY, "--trust-anchor", "root.pem",
                "--out", dir.resolve("carol.eml").toString());

        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertThat(run.out).startsWith("NOT SENT  CERT_NOT_AVAILABLE  ");
        assertThat(dir.resolve("carol.eml")).doesNotExist();
    }

    @Test
    void aCertificateUnfitForEncryptionIsRefused() {
        Run run = compose("--from-p12", "dave.p12", "--password", PASSWORD, "--encrypt", "--to-cert", "bob-and-issuer.pem",
                "--from", "dave@example.test", "--to", "bob@example.test", "--body", BODY, "--trust-anchor", "root.pem",
                "--out", dir.resolve("dave.eml").toString());

        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertThat(run.out).startsWith("NOT SENT  WRONG_KEY_USAGE  ");
    }

    @Test
    void withoutTheRootAmongTheAnchorsNothingIsSigned() {
        Run run = compose("--from-p12", "alice.p12", "--password", PASSWORD, "--sign", "--from", "alice@example.test",
                "--to", "bob@example.test", "--body", BODY, "--out", dir.resolve("untrusted.eml").toString());

        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertThat(run.out).startsWith("NOT SENT  NO_TRUSTED_ROOT  ");
        assertThat(run.err).contains("no --trust-anchor");
    }

    @Test
    void aRecipientWithoutACertificateOnTheDeviceStopsAnEncryptedMessage() {
        Run run = compose("--from-p12", "alice.p12", "--password", PASSWORD, "--encrypt", "--to-cert", "bob-and-issuer.pem",
                "--from", "alice@example.test", "--to", "bob@example.test", "carol@example.test", "--body", BODY,
                "--trust-anchor", "root.pem", "--out", dir.resolve("carol-too.eml").toString());

        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertThat(run.out).contains("carol@example.test");
    }

    @Test
    void aWrongPasswordIsAnUnusableInput() {
        Run run = compose("--from-p12", "alice.p12", "--password", "not the password", "--sign", "--from",
                "alice@example.test", "--to", "bob@example.test", "--body", BODY, "--trust-anchor", "root.pem");

        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("WRONG_PASSWORD");
    }

    @Test
    void recipientsCertificatesWithoutEncryptIsBadUsage() {
        Run run = compose("--from-p12", "alice.p12", "--password", PASSWORD, "--sign", "--to-cert", "bob-and-issuer.pem",
                "--from", "alice@example.test", "--to", "bob@example.test", "--body", BODY);

        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("--to-cert needs --encrypt");
    }

    @Test
    void aMissingFileIsAnUnusableInput() {
        Run run = compose("--from-p12", "nobody.p12", "--password", PASSWORD, "--sign", "--from", "alice@example.test",
                "--to", "bob@example.test");

        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("cannot read").contains("no such file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--offline", "--crl", "--intermediate"})
    void theOptionsOfWhatIsAtHandAreRefusedForTheAppFetchesTheCrls(String option) {
        List<String> line = new ArrayList<>(List.of("--from-p12", "alice.p12", "--password", PASSWORD, "--sign",
                "--from", "alice@example.test", "--to", "bob@example.test", "--trust-anchor", "root.pem", option));
        if (!option.equals("--offline")) {
            line.add(file("root.pem"));
        }

        Run run = compose(line.toArray(String[]::new));

        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("Unknown option", "'" + option + "'");
        assertThat(run.out).isEmpty();
        Run help = run("compose", "--help");
        assertThat(help.out.replaceAll("\\s+", " ")).contains("compose takes no --crl, --intermediate or --offline");
    }

    private static String file(String name) {
        return dir.resolve(name).toString();
    }

    /** Runs compose in the test's folder: file options name files there. */
    private static Run compose(String... args) {
        List<String> line = new ArrayList<>(List.of("compose"));
        for (int i = 0; i < args.length; i++) {
            line.add(args[i]);
            if (i + 1 < args.length && List.of("--from-p12", "--to-cert", "--trust-anchor").contains(args[i])) {
                line.add(file(args[++i]));
            }
        }
        return run(line.toArray(String[]::new));
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = SmimeConformance.execute(CLOCK, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "\n--- err\n" + err;
        }
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result openssl(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "openssl", ".out");
        Path err = Files.createTempFile(dir, "openssl", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("openssl did not finish within 30 s: " + command);
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
