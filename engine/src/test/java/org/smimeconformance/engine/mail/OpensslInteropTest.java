package org.smimeconformance.engine.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smimeconformance.fakes.pki.CertificateSpec;
import org.smimeconformance.fakes.pki.IssuedCertificate;
import org.smimeconformance.fakes.pki.KeyAlgorithm;
import org.smimeconformance.fakes.pki.KeyPool;
import org.smimeconformance.fakes.pki.KeyUsageBit;
import org.smimeconformance.fakes.pki.Pem;
import org.smimeconformance.fakes.pki.Pki;

/**
 * Messages the engine writes verify and decrypt with {@code openssl cms}; messages {@code openssl
 * cms} writes (detached and opaque signatures, encryption) are read by the engine; a tampered
 * message is refused. Needs the {@code openssl} command.
 */
class OpensslInteropTest {

    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    private static final String BODY = "Quarterly figures attached.\r\nRegards, Alice\r\n";

    @TempDir
    static Path dir;

    private static IssuedCertificate root;
    private static final SmimeWriter WRITER = new SmimeWriter();
    private static final SmimeReader READER = new SmimeReader();

    @BeforeAll
    static void mintRoot() throws IOException {
        root = new Pki(KeyPool.shared()).selfSigned(CertificateSpec.authority("Contoso Root CA",
                NOW.minus(Duration.ofDays(365)), NOW.plus(Duration.ofDays(3650))));
        Files.writeString(dir.resolve("root.pem"), root.pem());
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void a_clear_signed_message_from_the_engine_verifies_with_openssl(KeyAlgorithm algorithm) throws Exception {
        IssuedCertificate alice = person("alice@contoso.com", algorithm);
        MimeMultipart signed = WRITER.clearSign(WRITER.text(BODY), new SigningKey(alice.keyPair().getPrivate(),
                alice.certificate(), List.of()), NOW);
        Path message = write("signed-" + algorithm + ".eml",
                WRITER.message("alice@contoso.com", List.of("bob@contoso.com"), "Figures", signed, NOW));

        assertThat(Files.readString(message)).contains("multipart/signed", "application/pkcs7-signature", "micalg=sha-256")
                .doesNotContain("application/pkcs7-mime");
        Result verified = openssl("cms", "-verify", "-in", message.toString(), "-CAfile", dir.resolve("root.pem").toString(),
                "-attime", String.valueOf(NOW.getEpochSecond()));
        assertThat(verified.exit).as(verified.err).isZero();
        assertThat(verified.out).contains("Quarterly figures attached.");
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void an_encrypted_message_from_the_engine_decrypts_with_openssl(KeyAlgorithm algorithm) throws Exception {
        IssuedCertificate bob = person("bob@contoso.com", algorithm);
        IssuedCertificate alice = person("alice@contoso.com", KeyAlgorithm.EC_P256);
        MimeBodyPart encrypted = WRITER.encrypt(WRITER.text(BODY), List.of(bob.certificate(), alice.certificate()));
        Path message = write("encrypted-" + algorithm + ".eml",
                WRITER.message("alice@contoso.com", List.of("bob@contoso.com"), "Figures", encrypted, NOW));

        assertThat(Files.readString(message)).contains("application/pkcs7-mime", "smime-type=enveloped-data");
        Result decrypted = openssl("cms", "-decrypt", "-in", message.toString(), "-recip", pem(bob).toString(),
                "-inkey", key(bob).toString());
        assertThat(decrypted.exit).as(decrypted.err).isZero();
        assertThat(decrypted.out).contains("Quarterly figures attached.");
    }

    @Test
    void a_signed_and_encrypted_message_from_the_engine_decrypts_then_verifies_with_openssl() throws Exception {
        IssuedCertificate alice = person("alice@contoso.com", KeyAlgorithm.EC_P256);
        IssuedCertificate bob = person("bob@contoso.com", KeyAlgorithm.RSA_2048);
        MimeMultipart signed = WRITER.clearSign(WRITER.text(BODY), new SigningKey(alice.keyPair().getPrivate(),
                alice.certificate(), List.of()), NOW);
        MimeBodyPart encrypted = WRITER.encrypt(WRITER.asPart(signed), List.of(bob.certificate(), alice.certificate()));
        Path message = write("signed-encrypted.eml",
                WRITER.message("alice@contoso.com", List.of("bob@contoso.com"), "Figures", encrypted, NOW));

        Path inner = dir.resolve("inner.eml");
        Result decrypted = openssl("cms", "-decrypt", "-in", message.toString(), "-recip", pem(bob).toString(),
                "-inkey", key(bob).toString(), "-out", inner.toString());
        assertThat(decrypted.exit).as(decrypted.err).isZero();
        Result verified = openssl("cms", "-verify", "-in", inner.toString(), "-CAfile", dir.resolve("root.pem").toString(),
                "-attime", String.valueOf(NOW.getEpochSecond()));
        assertThat(verified.exit).as(verified.err).isZero();
        assertThat(verified.out).contains("Quarterly figures attached.");

        ReadMessage read = READER.read(Files.readAllBytes(message), List.of(
                new DecryptionKey(bob.keyPair().getPrivate(), bob.certificate())));
        assertThat(read.form()).isEqualTo(MessageForm.SIGNED_AND_ENCRYPTED);
        assertThat(read.signature()).hasValueSatisfying(s -> assertThat(s.valid()).isTrue());
        assertThat(read.text()).hasValueSatisfying(t -> assertThat(t).contains("Quarterly figures attached."));
    }

    @Test
    void openssl_detached_and_opaque_signatures_are_read_and_verified() throws Exception {
        IssuedCertificate alice = person("alice@contoso.com", KeyAlgorithm.RSA_2048);
        Path body = dir.resolve("body.txt");
        Files.writeString(body, BODY);
        Path detached = dir.resolve("openssl-detached.eml");
        Path opaque = dir.resolve("openssl-opaque.eml");
        assertThat(openssl("cms", "-sign", "-in", body.toString(), "-text", "-signer", pem(alice).toString(),
                "-inkey", key(alice).toString(), "-out", detached.toString(), "-from", "alice@contoso.com",
                "-to", "bob@contoso.com", "-subject", "Figures").exit).isZero();
        assertThat(openssl("cms", "-sign", "-nodetach", "-in", body.toString(), "-text", "-signer", pem(alice).toString(),
                "-inkey", key(alice).toString(), "-out", opaque.toString(), "-from", "alice@contoso.com").exit).isZero();

        ReadMessage clear = READER.read(Files.readAllBytes(detached), List.of());
        ReadMessage inside = READER.read(Files.readAllBytes(opaque), List.of());

        assertThat(clear.form()).isEqualTo(MessageForm.CLEAR_SIGNED);
        assertThat(clear.signature()).hasValueSatisfying(s -> {
            assertThat(s.valid()).as(s.reason()).isTrue();
            assertThat(s.signer()).contains(alice.certificate());
        });
        assertThat(clear.text()).hasValueSatisfying(t -> assertThat(t).contains("Quarterly figures attached."));
        assertThat(clear.from()).contains("alice@contoso.com");
        assertThat(inside.form()).isEqualTo(MessageForm.OPAQUE_SIGNED);
        assertThat(inside.signature()).hasValueSatisfying(s -> assertThat(s.valid()).as(s.reason()).isTrue());
        assertThat(inside.text()).hasValueSatisfying(t -> assertThat(t).contains("Quarterly figures attached."));
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void openssl_encryption_is_decrypted_with_the_key_on_the_device(KeyAlgorithm algorithm) throws Exception {
        IssuedCertificate bob = person("bob@contoso.com", algorithm);
        IssuedCertificate other = person("carol@contoso.com", algorithm);
        Path body = dir.resolve("plain.txt");
        Files.writeString(body, BODY);
        Path encrypted = dir.resolve("openssl-encrypted-" + algorithm + ".eml");
        Result made = openssl("cms", "-encrypt", "-aes256", "-in", body.toString(), "-text", "-out", encrypted.toString(),
                "-from", "alice@contoso.com", "-to", "bob@contoso.com", pem(bob).toString());
        assertThat(made.exit).as(made.err).isZero();

        ReadMessage opened = READER.read(Files.readAllBytes(encrypted), List.of(
                new DecryptionKey(other.keyPair().getPrivate(), other.certificate()),
                new DecryptionKey(bob.keyPair().getPrivate(), bob.certificate())));
        ReadMessage locked = READER.read(Files.readAllBytes(encrypted), List.of(
                new DecryptionKey(other.keyPair().getPrivate(), other.certificate())));

        assertThat(opened.form()).isEqualTo(MessageForm.ENCRYPTED);
        assertThat(opened.text()).hasValueSatisfying(t -> assertThat(t).contains("Quarterly figures attached."));
        assertThat(locked.text()).isEmpty();
        assertThat(locked.decryptionFailure()).isPresent();
    }

    @Test
    void a_tampered_message_is_refused() throws Exception {
        IssuedCertificate alice = person("alice@contoso.com", KeyAlgorithm.EC_P256);
        MimeMultipart signed = WRITER.clearSign(WRITER.text(BODY), new SigningKey(alice.keyPair().getPrivate(),
                alice.certificate(), List.of()), NOW);
        String original = new String(WRITER.message("alice@contoso.com", List.of("bob@contoso.com"), "Figures", signed, NOW),
                StandardCharsets.UTF_8);
        String tampered = original.replace("Quarterly figures", "Quarterly fibures");
        Path file = write("tampered.eml", tampered.getBytes(StandardCharsets.UTF_8));

        ReadMessage read = READER.read(tampered.getBytes(StandardCharsets.UTF_8), List.of());

        assertThat(tampered).isNotEqualTo(original);
        assertThat(read.signature()).hasValueSatisfying(s -> assertThat(s.valid()).isFalse());
        assertThat(openssl("cms", "-verify", "-in", file.toString(), "-CAfile", dir.resolve("root.pem").toString(),
                "-attime", String.valueOf(NOW.getEpochSecond())).exit).isNotZero();
    }

    private static IssuedCertificate person(String address, KeyAlgorithm algorithm) {
        CertificateSpec spec = CertificateSpec.smime(address, NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(365)))
                .algorithm(algorithm)
                .keyUsage(algorithm == KeyAlgorithm.EC_P256
                        ? java.util.Set.of(KeyUsageBit.DIGITAL_SIGNATURE, KeyUsageBit.KEY_AGREEMENT)
                        : java.util.Set.of(KeyUsageBit.DIGITAL_SIGNATURE, KeyUsageBit.KEY_ENCIPHERMENT));
        return new Pki(KeyPool.shared()).issue(spec, root);
    }

    private static Path pem(IssuedCertificate person) throws IOException {
        Path file = dir.resolve(person.name() + "-" + person.serialNumber() + ".pem");
        Files.writeString(file, person.pem());
        return file;
    }

    private static Path key(IssuedCertificate person) throws IOException {
        Path file = dir.resolve(person.name() + "-" + person.serialNumber() + ".key");
        Files.writeString(file, Pem.encode("PRIVATE KEY", person.keyPair().getPrivate().getEncoded()));
        return file;
    }

    private static Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
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
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
