package org.smimeconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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
 * {@code inspect} against the reference engine, on messages made by {@code openssl cms} alone
 * (detached and opaque signatures, encryption to RSA and EC certificates, signed then encrypted, and
 * one altered after signing) with the PKI of {@code openssl/make-chain.sh}, judged offline with the
 * CRLs at hand at an instant when they are current.
 */
class InspectCommandTest {

    private static final String AT = "2026-03-01T00:00:00Z";
    private static final Clock LATE = Clock.fixed(Instant.parse("2031-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final String PASSWORD = "Inspect-2026!";
    private static final String BODY = "Quarterly figures attached.";

    @TempDir
    static Path pki;

    @BeforeAll
    static void makeTheMessages() throws Exception {
        Path script = Path.of(InspectCommandTest.class.getResource("/openssl/make-chain.sh").toURI());
        Result made = command("bash", script.toString(), pki.toString());
        assertThat(made.exit).as("make-chain.sh failed:%n%s%s", made.out, made.err).isZero();
        Files.writeString(pki.resolve("body.txt"), BODY + "\nRegards, Alice\n");
        openssl("cms", "-sign", "-in", "body.txt", "-text", "-signer", "valid.pem", "-inkey", "ca/valid.pem.key",
                "-certfile", "intermediate.pem", "-from", "alice@example.test", "-to", "bob@example.test",
                "-subject", "Figures", "-out", "detached.eml");
        openssl("cms", "-sign", "-nodetach", "-in", "body.txt", "-text", "-signer", "valid.pem", "-inkey",
                "ca/valid.pem.key", "-from", "alice@example.test", "-to", "bob@example.test", "-subject", "Figures",
                "-out", "opaque.eml");
        openssl("cms", "-sign", "-in", "body.txt", "-text", "-signer", "revoked.pem", "-inkey", "ca/revoked.pem.key",
                "-certfile", "intermediate.pem", "-from", "bob@example.test", "-to", "alice@example.test",
                "-subject", "Figures", "-out", "revoked.eml");
        openssl("cms", "-sign", "-in", "body.txt", "-text", "-signer", "valid.pem", "-inkey", "ca/valid.pem.key",
                "-certfile", "intermediate.pem", "-from", "mallory@example.test", "-to", "bob@example.test",
                "-subject", "Figures", "-out", "other-sender.eml");
        openssl("cms", "-encrypt", "-aes256", "-in", "body.txt", "-text", "-from", "bob@example.test",
                "-to", "alice@example.test", "-subject", "Figures", "-out", "encrypted.eml", "valid.pem");
        openssl("cms", "-encrypt", "-aes256", "-in", "body.txt", "-text", "-from", "bob@example.test",
                "-to", "grace@example.test", "-subject", "Figures", "-out", "encrypted-ec.eml", "key-agreement.pem");
        openssl("cms", "-sign", "-in", "body.txt", "-text", "-signer", "revoked.pem", "-inkey", "ca/revoked.pem.key",
                "-certfile", "intermediate.pem", "-out", "inner-signed.eml");
        openssl("cms", "-encrypt", "-aes256", "-in", "inner-signed.eml", "-from", "bob@example.test",
                "-to", "alice@example.test", "-subject", "Figures", "-out", "signed-encrypted.eml", "valid.pem");
        openssl("pkcs12", "-export", "-in", "valid.pem", "-inkey", "ca/valid.pem.key", "-certfile", "intermediate.pem",
                "-out", "alice.p12", "-passout", "pass:" + PASSWORD);
        openssl("pkcs12", "-export", "-in", "key-agreement.pem", "-inkey", "ca/key-agreement.pem.key",
                "-out", "grace.p12", "-passout", "pass:" + PASSWORD);
        String detached = Files.readString(pki.resolve("detached.eml"), StandardCharsets.ISO_8859_1);
        Files.writeString(pki.resolve("tampered.eml"), detached.replace("Quarterly figures", "Quarterly fibures"),
                StandardCharsets.ISO_8859_1);
        Files.writeString(pki.resolve("garbage.eml"), "From: alice@example.test\r\nContent-Type: application/pkcs7-mime;"
                + " smime-type=enveloped-data\r\nContent-Transfer-Encoding: base64\r\n\r\nbm90IGEgQ01TIHN0cnVjdHVyZQ==\r\n");
    }

    private static final String[] OFFLINE = {"--at", AT, "--offline", "--trust-anchor", "root.pem",
            "--crl", "root.crl", "--crl", "intermediate.crl"};

    @Test
    void aDetachedSignatureFromOpensslCarryingItsIntermediateIsValidAndTrusted() {
        Run run = inspect("detached.eml", OFFLINE);

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).contains("FORM       clear-signed", "STATUS     SIGNATURE_VALID",
                "SIGNER     CN=Alice Valid,O=Conformance Test", "alice@example.test",
                "FROM       the signer's certificate carries the From address",
                "CHAIN      TRUSTED", "CN=Conformance Test Intermediate CA", BODY);
    }

    @Test
    void anOpaqueSignatureFromOpensslIsReadWithTheIntermediateGiven() {
        Run run = inspect("opaque.eml", concat(OFFLINE, "--intermediate", "intermediate.pem"));

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).contains("FORM       opaque-signed", "STATUS     SIGNATURE_VALID", "CHAIN      TRUSTED", BODY);
    }

    @Test
    void anOpaqueSignatureWithoutItsIntermediateOfflineHasNoTrustedRoot() {
        Run run = inspect("opaque.eml", OFFLINE);

        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertThat(run.out).contains("STATUS     SIGNATURE_VALID", "CHAIN      NOT TRUSTED  NO_TRUSTED_ROOT");
    }

    @Test
    void aMessageAlteredAfterSigningIsRejected() {
        Run run = inspect("tampered.eml", OFFLINE);

        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertThat(run.out).contains("STATUS     SIGNATURE_INVALID");
    }

    @Test
    void aRevokedSignerIsNotTrusted() {
        Run run = inspect("revoked.eml", OFFLINE);

        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertThat(run.out).contains("STATUS     SIGNATURE_VALID", "CHAIN      NOT TRUSTED  REVOKED", "CN=Bob Revoked");
    }

    @Test
    void aSignerWhoseCertificateDoesNotCarryTheFromAddressIsReported() {
        Run run = inspect("other-sender.eml", OFFLINE);

        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertThat(run.out).contains("FROM       SIGNER_ADDRESS_MISMATCH", "mallory@example.test", "CHAIN      TRUSTED");
    }

    @Test
    void anEncryptedMessageFromOpensslIsDecryptedWithTheKeyGiven() {
        Run run = inspect("encrypted.eml", "--at", AT, "--offline", "--p12", "alice.p12", "--password", PASSWORD);

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).contains("FORM       encrypted", "STATUS     ENCRYPTED", BODY);
    }

    @Test
    void anEncryptedMessageToAnEcCertificateIsDecryptedWithItsKey() {
        Run run = inspect("encrypted-ec.eml", "--at", AT, "--offline", "--p12", "grace.p12", "--password", PASSWORD);

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).contains("STATUS     ENCRYPTED", BODY);
    }

    @Test
    void withoutTheKeyAnEncryptedMessageCannotBeDecrypted() {
        Run run = inspect("encrypted.eml", "--at", AT, "--offline");

        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertThat(run.out).contains("FORM       encrypted", "STATUS     CANNOT_DECRYPT", "not decrypted").doesNotContain(BODY);
    }

    @Test
    void aSignedThenEncryptedMessageShowsTheSignerInside() {
        Run run = inspect("signed-encrypted.eml", concat(OFFLINE, "--p12", "alice.p12", "--password", PASSWORD));

        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertThat(run.out).contains("FORM       signed and encrypted", "STATUS     SIGNED_AND_ENCRYPTED",
                "CN=Bob Revoked", "CHAIN      NOT TRUSTED  REVOKED", BODY);
    }

    @Test
    void jsonGivesEveryAnswerInOneObject() throws IOException {
        Run run = inspect("detached.eml", concat(OFFLINE, "--json"));

        assertThat(run.exit).as(run.toString()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out);
        assertThat(report.get("form").asText()).isEqualTo("clear-signed");
        assertThat(report.get("status").asText()).isEqualTo("SIGNATURE_VALID");
        assertThat(report.get("signatureValid").asBoolean()).isTrue();
        assertThat(report.get("signer").get("addresses").get(0).asText()).isEqualTo("alice@example.test");
        assertThat(report.get("addressMatchesFrom").asBoolean()).isTrue();
        assertThat(report.get("chain").get("code").asText()).isEqualTo("TRUSTED");
        assertThat(report.get("text").asText()).contains(BODY);
        assertThat(report.get("accepted").asBoolean()).isTrue();
        assertThat(report.get("at").asText()).isEqualTo(AT);
        assertThat(report.has("decrypted")).isFalse();
    }

    @Test
    void aMessageWhoseSmimePartCannotBeReadIsUnusable() {
        Run run = inspect("garbage.eml", "--at", AT, "--offline");

        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("cannot read");
    }

    @Test
    void aMissingFileIsUnusable() {
        Run run = inspect("nothing-here.eml", "--at", AT);

        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("no such file");
    }

    @Test
    void aKeyFileWithoutItsPasswordIsBadUsage() {
        Run run = inspect("encrypted.eml", "--p12", "alice.p12");

        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("--p12 and --password go together");
    }

    @Test
    void aWrongPasswordIsUnusable() {
        Run run = inspect("encrypted.eml", "--at", AT, "--offline", "--p12", "alice.p12", "--password", "wrong");

        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("WRONG_PASSWORD");
    }

    private static final List<String> FILE_OPTIONS = List.of("--trust-anchor", "--intermediate", "--crl", "--p12");

    /** Runs inspect on a file of the PKI folder; file options name files there. */
    private static Run inspect(String message, String... options) {
        List<String> line = new ArrayList<>(List.of("inspect", pki.resolve(message).toString()));
        for (int i = 0; i < options.length; i++) {
            line.add(options[i]);
            if (FILE_OPTIONS.contains(options[i]) && i + 1 < options.length) {
                line.add(pki.resolve(options[++i]).toString());
            }
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = SmimeConformance.execute(LATE, new PrintWriter(out), new PrintWriter(err), line.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    private static String[] concat(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "\n--- err\n" + err;
        }
    }

    private record Result(int exit, String out, String err) {
    }

    private static void openssl(String... args) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("openssl"));
        line.addAll(List.of(args));
        Result result = command(line.toArray(String[]::new));
        if (result.exit != 0) {
            fail("openssl failed: " + line + "\n" + result.err);
        }
    }

    private static Result command(String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("inspect", ".out");
        Path err = Files.createTempFile("inspect", ".err");
        try {
            Process process = new ProcessBuilder(args).directory(pki.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("did not finish within 120 s: " + List.of(args));
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
