package org.smimeconformance.fakes.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.security.SignatureException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PkiTest {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2028-01-01T00:00:00Z");

    private final Pki pki = new Pki(KeyPool.shared());

    @Test
    void a_chain_verifies_link_by_link() throws Exception {
        IssuedCertificate root = pki.selfSigned(CertificateSpec.authority("Contoso Root CA", FROM, UNTIL));
        IssuedCertificate issuing = pki.issue(CertificateSpec.authority("Contoso Issuing CA", FROM, UNTIL)
                .crlDistributionPoint(URI.create("http://127.0.0.1:1/crl/root.crl")), root);
        IssuedCertificate alice = pki.issue(CertificateSpec.smime("alice@contoso.com", FROM, UNTIL)
                .subjectEmail("alice@contoso.com")
                .caIssuers(URI.create("http://127.0.0.1:1/aia/issuing.cer")), issuing);

        root.certificate().verify(root.certificate().getPublicKey());
        issuing.certificate().verify(root.certificate().getPublicKey());
        alice.certificate().verify(issuing.certificate().getPublicKey());

        X509Certificate leaf = alice.certificate();
        List<Object> sans = leaf.getSubjectAlternativeNames().stream().map(n -> (Object) n.get(1)).toList();
        assertThat(sans).containsExactly("alice@contoso.com");
        assertThat(leaf.getSubjectX500Principal().getName()).contains("CN=alice@contoso.com");
        assertThat(leaf.getExtendedKeyUsage()).containsExactly(CertificateSpec.EMAIL_PROTECTION);
        assertThat(leaf.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(leaf.getBasicConstraints()).isEqualTo(-1);
        assertThat(issuing.certificate().getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(leaf.getNotAfter().toInstant()).isEqualTo(UNTIL);
        assertThat(alice.keyPair().getPublic()).isNotEqualTo(issuing.keyPair().getPublic());
    }

    @Test
    void a_broken_signature_does_not_verify() {
        IssuedCertificate root = pki.selfSigned(CertificateSpec.authority("Root", FROM, UNTIL));
        IssuedCertificate leaf = pki.issue(CertificateSpec.smime("bob@contoso.com", FROM, UNTIL).brokenSignature(), root);

        assertThatThrownBy(() -> leaf.certificate().verify(root.certificate().getPublicKey()))
                .isInstanceOf(SignatureException.class);
    }

    @Test
    void a_crl_lists_revoked_serials_and_can_be_signed_by_the_wrong_key() throws Exception {
        IssuedCertificate root = pki.selfSigned(CertificateSpec.authority("Root", FROM, UNTIL));
        IssuedCertificate leaf = pki.issue(CertificateSpec.smime("carol@contoso.com", FROM, UNTIL)
                .keyUsage(Set.of(KeyUsageBit.DIGITAL_SIGNATURE)).algorithm(KeyAlgorithm.RSA_2048), root);
        CertificateFactory factory = CertificateFactory.getInstance("X.509");

        X509CRL good = (X509CRL) factory.generateCRL(new ByteArrayInputStream(pki.crl(root,
                new CrlSpec(FROM, UNTIL).revoke(leaf.serialNumber(), FROM, Pki.reasonCode("keyCompromise")))));
        X509CRL forged = (X509CRL) factory.generateCRL(new ByteArrayInputStream(pki.crl(root,
                new CrlSpec(FROM, UNTIL).signedByAnotherKey())));

        good.verify(root.certificate().getPublicKey());
        assertThat(good.isRevoked(leaf.certificate())).isTrue();
        assertThat(good.getRevokedCertificate(leaf.certificate()).getRevocationReason().name()).isEqualTo("KEY_COMPROMISE");
        assertThatThrownBy(() -> forged.verify(root.certificate().getPublicKey())).isInstanceOf(SignatureException.class);
        assertThat(leaf.certificate().getPublicKey().getAlgorithm()).isEqualTo("RSA");
    }

    @Test
    void a_certs_only_bundle_carries_every_certificate() throws Exception {
        IssuedCertificate root = pki.selfSigned(CertificateSpec.authority("Root", FROM, UNTIL));
        IssuedCertificate issuing = pki.issue(CertificateSpec.authority("Issuing", FROM, UNTIL), root);

        byte[] bundle = Pki.certsOnly(List.of(issuing.certificate(), root.certificate()));
        List<java.security.cert.Certificate> read = List.copyOf(CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(bundle)));

        assertThat(read).hasSize(2).contains(issuing.certificate(), root.certificate());
    }
}
