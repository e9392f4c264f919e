package org.smimeconformance.engine.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smimeconformance.fakes.pki.IssuedCertificate;
import org.smimeconformance.fakes.pki.Pem;
import org.smimeconformance.fakes.pki.Pki;

class CertificateReaderTest {

    private final TestPki pki = new TestPki();
    private final IssuedCertificate root = pki.root("Root");
    private final IssuedCertificate issuing = pki.intermediate("Issuing CA", root);
    private final CertificateReader reader = new CertificateReader();

    @Test
    void readsOneCertificateDerOrPem() {
        assertThat(reader.certificates(root.der())).contains(List.of(root.certificate()));
        assertThat(reader.certificates(ascii("\n  " + root.pem()))).contains(List.of(root.certificate()));
    }

    @Test
    void readsSeveralPemCertificatesInOrder() {
        assertThat(reader.certificates(ascii(issuing.pem() + root.pem())))
                .contains(List.of(issuing.certificate(), root.certificate()));
    }

    @Test
    void readsEveryCertificateOfACertsOnlyBundleDerOrPem() {
        byte[] bundle = Pki.certsOnly(List.of(issuing.certificate(), root.certificate()));

        assertThat(reader.certificates(bundle)).hasValueSatisfying(found ->
                assertThat(found).containsExactlyInAnyOrder(issuing.certificate(), root.certificate()));
        assertThat(reader.certificates(ascii(Pem.encode("PKCS7", bundle)))).hasValueSatisfying(found ->
                assertThat(found).hasSize(2));
        assertThat(reader.certificates(ascii(Pem.encode("CMS", bundle)))).hasValueSatisfying(found ->
                assertThat(found).hasSize(2));
    }

    @Test
    void anEmptyBundleHoldsNoCertificate() {
        assertThat(reader.certificates(Pki.certsOnly(List.<X509Certificate>of()))).isEmpty();
    }

    @Test
    void garbageTruncationAndTrailingBytesAreUnreadable() {
        byte[] der = root.der();
        byte[] trailing = Arrays.copyOf(der, der.length + 1);

        assertThat(reader.certificates(new byte[0])).isEmpty();
        assertThat(reader.certificates(ascii("hello"))).isEmpty();
        assertThat(reader.certificates(Arrays.copyOf(der, der.length - 10))).isEmpty();
        assertThat(reader.certificates(trailing)).isEmpty();
        assertThat(reader.certificates(ascii("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"))).isEmpty();
        assertThat(reader.certificates(pki.crl(root))).isEmpty();
    }

    @Test
    void readsACrlDerOrPemAndNothingElseAsOne() {
        byte[] crl = pki.crl(root);

        assertThat(reader.crl(crl)).hasValueSatisfying(read ->
                assertThat(read.getIssuerX500Principal()).isEqualTo(root.certificate().getSubjectX500Principal()));
        assertThat(reader.crl(ascii(Pem.encode("X509 CRL", crl)))).isPresent();
        assertThat(reader.crl(root.der())).isEmpty();
        assertThat(reader.crl(ascii(root.pem()))).isEmpty();
        assertThat(reader.crl(ascii("<html>not found</html>"))).isEmpty();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
