package org.smimeconformance.engine.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.security.cert.CRLReason;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.trust.TrustVerdict;
import org.smimeconformance.engine.net.Fetched;
import org.smimeconformance.fakes.pki.IssuedCertificate;

class PkixRevocationCheckTest {

    @Test
    void every_reason_is_named_as_rfc_5280_writes_it() {
        assertThat(Arrays.stream(CRLReason.values()).filter(reason -> reason != CRLReason.UNUSED)
                .map(PkixRevocationCheck::reason))
                .containsExactly("unspecified", "keyCompromise", "cACompromise", "affiliationChanged", "superseded",
                        "cessationOfOperation", "certificateHold", "removeFromCRL", "privilegeWithdrawn",
                        "aACompromise");
        assertThat(PkixRevocationCheck.reason(null)).isEqualTo("unspecified");
    }

    @Test
    void each_name_is_the_one_bouncy_castle_gives_the_reason_code() throws Exception {
        for (CRLReason reason : CRLReason.values()) {
            if (reason != CRLReason.UNUSED) {
                assertThat(org.bouncycastle.asn1.x509.CRLReason.class.getField(PkixRevocationCheck.reason(reason))
                        .getInt(null)).as(reason.name()).isEqualTo(reason.ordinal());
            }
        }
    }

    @Test
    void a_jvm_set_to_fetch_distribution_points_itself_trusts_nothing() {
        TestPki pki = new TestPki();
        IssuedCertificate root = pki.root("Contoso Root");
        IssuedCertificate leaf = pki.leaf("alice@contoso.com", root);
        String before = System.getProperty("com.sun.security.enableCRLDP");
        System.setProperty("com.sun.security.enableCRLDP", "true");
        try {
            TrustVerdict verdict = TestPki.verify(TestPki.offline(root), leaf, List.of(), List.of(pki.crl(root)));

            assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.INVALID_CHAIN);
            assertThat(verdict.outcome().message()).contains("com.sun.security.enableCRLDP=true");
        } finally {
            if (before == null) {
                System.clearProperty("com.sun.security.enableCRLDP");
            } else {
                System.setProperty("com.sun.security.enableCRLDP", before);
            }
        }
        assertThat(PkixRevocationCheck.jvmSettingAgainst()).isEmpty();
    }

    @Test
    void a_path_the_validator_refuses_for_another_reason_fails_closed() throws Exception {
        TestPki pki = new TestPki();
        IssuedCertificate root = pki.root("Contoso Root");
        IssuedCertificate forged = pki.leaf("mallory@contoso.com", root, spec -> spec.brokenSignature());

        Optional<Outcome> outcome = new PkixRevocationCheck().check(List.of(forged.certificate()), root.certificate(),
                TestPki.NOW, List.of(), List.of(crl(pki.crl(root))), address -> Fetched.failed("offline"));

        assertThat(outcome).isPresent();
        assertThat(outcome.get().code()).isEqualTo(OutcomeCode.INVALID_CHAIN);
        assertThat(outcome.get().message()).startsWith("CN=mallory@contoso.com,O=Contoso does not pass PKIX validation")
                .endsWith("its revocation is not judged");
    }

    @Test
    void a_path_of_no_certificate_but_the_root_has_no_crl_to_check() {
        TestPki pki = new TestPki();
        IssuedCertificate root = pki.root("Contoso Root");

        assertThat(new PkixRevocationCheck().check(List.of(), root.certificate(), TestPki.NOW, List.of(), List.of(),
                address -> Fetched.failed("offline"))).isEmpty();
    }

    private static X509CRL crl(byte[] der) throws Exception {
        return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
    }
}
