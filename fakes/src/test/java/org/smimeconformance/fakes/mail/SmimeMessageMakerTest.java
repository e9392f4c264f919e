package org.smimeconformance.fakes.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
 * The messages the maker makes are what they claim to be: the examination and {@code openssl cms}
 * agree on their form, their signature and their recipients. Needs the {@code openssl} command.
 */
class SmimeMessageMakerTest {

    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    private static final String TEXT = "Quarterly figures attached.\r\nRegards, Bob\r\n";

    @TempDir
    Path dir;

    private final Pki pki = new Pki(KeyPool.shared());
    private final IssuedCertificate root = pki.selfSigned(CertificateSpec.authority("Contoso Root CA",
            NOW.minus(Duration.ofDays(365)), NOW.plus(Duration.ofDays(3650))));
    private final IssuedCertificate issuing = pki.issue(CertificateSpec.authority("Contoso Issuing CA",
            NOW.minus(Duration.ofDays(365)), NOW.plus(Duration.ofDays(3650))), root);

    private IssuedCertificate person(String address, KeyAlgorithm algorithm) {
        return pki.issue(CertificateSpec.smime(address, NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(365)))
                .algorithm(algorithm)
                .keyUsage(algorithm == KeyAlgorithm.EC_P256
                        ? EnumSet.of(KeyUsageBit.DIGITAL_SIGNATURE, KeyUsageBit.KEY_AGREEMENT)
                        : EnumSet.of(KeyUsageBit.DIGITAL_SIGNATURE, KeyUsageBit.KEY_ENCIPHERMENT)), issuing);
    }

    private SmimeMessageMaker message() {
        return SmimeMessageMaker.message("bob@contoso.com", List.of("alice@contoso.com"), "Figures", NOW, TEXT);
    }

    private static MessageSigner signer(IssuedCertificate person, IssuedCertificate... carried) {
        return new MessageSigner(person.keyPair().getPrivate(), person.certificate(),
                java.util.Arrays.stream(carried).map(IssuedCertificate::certificate).toList());
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void aClearSignedMessageVerifiesAndOpensslAgrees(KeyAlgorithm algorithm) throws Exception {
        IssuedCertificate bob = person("bob@contoso.com", algorithm);

        byte[] mail = message().clearSignedBy(signer(bob, issuing)).bytes();
        ExaminedMessage examined = ExaminedMessage.of(mail);

        assertThat(examined.clearSigned()).isTrue();
        assertThat(examined.parameter("micalg")).contains("sha-256");
        ExaminedMessage.Signature signature = examined.signature();
        assertThat(signature.verifies()).isTrue();
        assertThat(signature.signer()).contains(bob.certificate());
        assertThat(signature.carried()).contains(bob.certificate(), issuing.certificate());
        assertThat(signature.text()).hasValueSatisfying(t -> assertThat(t).contains("Quarterly figures attached."));
        assertThat(openssl("cms", "-verify", "-in", write("clear.eml", mail), "-CAfile", write("root.pem", root.pem()))
                .exit()).isZero();
    }

    @Test
    void anOpaqueSignedMessageVerifiesAndOpensslAgrees() throws Exception {
        IssuedCertificate bob = person("bob@contoso.com", KeyAlgorithm.RSA_2048);

        byte[] mail = message().opaqueSignedBy(signer(bob, issuing)).bytes();
        ExaminedMessage examined = ExaminedMessage.of(mail);

        assertThat(examined.opaqueSigned()).isTrue();
        assertThat(examined.clearSigned()).isFalse();
        assertThat(examined.signature().verifies()).isTrue();
        Result verified = openssl("cms", "-verify", "-in", write("opaque.eml", mail), "-CAfile", write("root.pem", root.pem()));
        assertThat(verified.exit()).as(verified.err()).isZero();
        assertThat(verified.out()).contains("Quarterly figures attached.");
    }

    @Test
    void aMessageAlteredAfterSigningNoLongerVerifiesClearOrOpaque() throws Exception {
        IssuedCertificate bob = person("bob@contoso.com", KeyAlgorithm.EC_P256);
        String root = write("root.pem", this.root.pem());

        SmimeMessageMaker clear = message().clearSignedBy(signer(bob, issuing)).alteredAfterSigning();
        SmimeMessageMaker opaque = message().opaqueSignedBy(signer(bob, issuing)).alteredAfterSigning();
        byte[] clearMail = clear.bytes();
        byte[] opaqueMail = opaque.bytes();

        assertThat(clear.shownText()).endsWith(SmimeMessageMaker.ALTERATION);
        assertThat(ExaminedMessage.of(clearMail).signature().verifies()).isFalse();
        assertThat(ExaminedMessage.of(clearMail).text()).hasValueSatisfying(t -> assertThat(t).contains("P.S."));
        assertThat(ExaminedMessage.of(opaqueMail).signature().verifies()).isFalse();
        assertThat(openssl("cms", "-verify", "-in", write("clear-altered.eml", clearMail), "-CAfile", root).exit()).isNotZero();
        assertThat(openssl("cms", "-verify", "-in", write("opaque-altered.eml", opaqueMail), "-CAfile", root).exit()).isNotZero();
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void anEncryptedMessageOpensWithTheRecipientsKeyOnlyAndOpensslAgrees(KeyAlgorithm algorithm) throws Exception {
        IssuedCertificate alice = person("alice@contoso.com", algorithm);
        IssuedCertificate carol = person("carol@contoso.com", algorithm);

        byte[] mail = message().encryptedTo(List.of(alice.certificate())).bytes();
        ExaminedMessage examined = ExaminedMessage.of(mail);

        assertThat(examined.enveloped()).isTrue();
        assertThat(examined.envelope().contentEncryption()).isEqualTo("AES-128-CBC");
        assertThat(examined.envelope().recipients()).singleElement()
                .satisfies(recipient -> assertThat(recipient.names(alice.certificate())).isTrue());
        assertThat(examined.decrypt(carol.keyPair().getPrivate(), carol.certificate())).isEmpty();
        assertThat(examined.decrypt(alice.keyPair().getPrivate(), alice.certificate()).orElseThrow().text())
                .hasValueSatisfying(t -> assertThat(t).contains("Quarterly figures attached."));
        Result decrypted = openssl("cms", "-decrypt", "-in", write("encrypted.eml", mail),
                "-recip", write("alice.pem", alice.pem()), "-inkey", write("alice.key", key(alice)));
        assertThat(decrypted.exit()).as(decrypted.err()).isZero();
        assertThat(decrypted.out()).contains("Quarterly figures attached.");
    }

    @Test
    void aSignedThenEncryptedMessageHoldsTheClearSignedOne() {
        IssuedCertificate bob = person("bob@contoso.com", KeyAlgorithm.RSA_2048);
        IssuedCertificate alice = person("alice@contoso.com", KeyAlgorithm.RSA_2048);

        byte[] mail = message().clearSignedBy(signer(bob)).encryptedTo(List.of(alice.certificate())).bytes();
        ExaminedMessage inside = ExaminedMessage.of(mail).decrypt(alice.keyPair().getPrivate(), alice.certificate())
                .orElseThrow();

        assertThat(inside.clearSigned()).isTrue();
        assertThat(inside.signature().verifies()).isTrue();
        assertThat(inside.signature().signer()).contains(bob.certificate());
    }

    private static String key(IssuedCertificate person) {
        return Pem.encode("PRIVATE KEY", person.keyPair().getPrivate().getEncoded());
    }

    private String write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file.toString();
    }

    private String write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file.toString();
    }

    private record Result(int exit, String out, String err) {
    }

    private Result openssl(String... args) throws IOException, InterruptedException {
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
