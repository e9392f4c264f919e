package org.smimeconformance.steps.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smimeconformance.fakes.pki.CertificateSpec;
import org.smimeconformance.fakes.pki.IssuedCertificate;
import org.smimeconformance.fakes.pki.KeyAlgorithm;
import org.smimeconformance.fakes.pki.KeyPool;
import org.smimeconformance.fakes.pki.Pki;

/** Reading a private key back from the PKCS#12 file a device exports. */
class ExportedPrivateKeyTest {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2027-01-01T00:00:00Z");

    private final Pki pki = new Pki(KeyPool.shared());
    private final IssuedCertificate ca = pki.selfSigned(CertificateSpec.authority("Contoso Root CA", FROM, UNTIL));

    @Test
    void the_key_read_back_is_the_private_half_of_its_certificate_and_of_no_other() {
        IssuedCertificate alice = pki.issue(CertificateSpec.smime("alice@contoso.com", FROM, UNTIL), ca);
        IssuedCertificate bob = pki.issue(CertificateSpec.smime("bob@contoso.com", FROM, UNTIL).algorithm(KeyAlgorithm.RSA_2048), ca);
        ExportedPrivateKey key = read(alice);

        assertThat(key).isEqualTo(read(alice)).isNotEqualTo(read(bob));
        assertThat(key.isThePrivateHalfOf(alice)).isTrue();
        assertThat(key.isThePrivateHalfOf(bob)).isFalse();
        assertThat(read(bob).isThePrivateHalfOf(bob)).as("an RSA key").isTrue();
        assertThat(key.toString()).doesNotContain(HexFormat.of().formatHex(alice.keyPair().getPrivate().getEncoded()));
    }

    @Test
    void the_key_is_found_in_bytes_that_carry_its_encoding() {
        IssuedCertificate alice = pki.issue(CertificateSpec.smime("alice@contoso.com", FROM, UNTIL), ca);
        byte[] encoded = alice.keyPair().getPrivate().getEncoded();
        byte[] carrying = new byte[encoded.length + 8];
        System.arraycopy(encoded, 0, carrying, 4, encoded.length);

        assertThat(read(alice).isIn(carrying)).isTrue();
        assertThat(read(alice).isIn(Arrays.copyOf(encoded, encoded.length / 2))).isFalse();
    }

    @Test
    void a_file_protected_by_another_password_is_not_read() {
        IssuedCertificate alice = pki.issue(CertificateSpec.smime("alice@contoso.com", FROM, UNTIL), ca);
        byte[] other = Pki.pkcs12(alice, List.of(ca.certificate()), "another password".toCharArray());
        assertThatThrownBy(() -> ExportedPrivateKey.readFrom(other, "Alice's iPhone")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Alice's iPhone");
    }

    private ExportedPrivateKey read(IssuedCertificate certificate) {
        byte[] pkcs12 = Pki.pkcs12(certificate, List.of(ca.certificate()), ExportedPrivateKey.PASSWORD.toCharArray());
        return ExportedPrivateKey.readFrom(pkcs12, "a device");
    }
}
