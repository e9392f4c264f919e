package org.smimeconformance.engine.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smimeconformance.engine.trust.TestPki.DAY;
import static org.smimeconformance.engine.trust.TestPki.NOW;
import static org.smimeconformance.engine.trust.TestPki.freshCrl;
import static org.smimeconformance.engine.trust.TestPki.offline;
import static org.smimeconformance.engine.trust.TestPki.uri;
import static org.smimeconformance.engine.trust.TestPki.verify;

import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.security.auth.x500.X500Principal;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.trust.TrustVerdict;
import org.smimeconformance.fakes.pki.CertificateSpec;
import org.smimeconformance.fakes.pki.CrlDistributionPoint;
import org.smimeconformance.fakes.pki.CrlSpec;
import org.smimeconformance.fakes.pki.IssuedCertificate;
import org.smimeconformance.fakes.pki.KeyUsageBit;
import org.smimeconformance.fakes.pki.Pki;
import org.smimeconformance.fakes.pki.ReasonFlag;

/**
 * CRL processing by RFC 5280 §6.3, on PKIs minted by the fakes: who may sign a CRL, what a CRL
 * covers, critical extensions, time, delta CRLs. Root, "Contoso Issuing" and alice's certificate,
 * the CRLs at hand and the world offline unless a test says otherwise, so that nothing but the
 * CRLs handed over can be used.
 */
class CrlProcessingTest {

    private static final int KEY_COMPROMISE = Pki.reasonCode("keyCompromise");
    private static final URI ISSUING_DP = uri("http://crl.contoso.test/issuing.crl");

    private final TestPki pki = new TestPki();
    private final IssuedCertificate root = pki.root("Contoso Root");
    private final IssuedCertificate issuing = pki.intermediate("Contoso Issuing", root);
    private final IssuedCertificate alice = pki.leaf("alice@contoso.com", issuing,
            spec -> spec.crlDistributionPoint(ISSUING_DP));

    private TrustVerdict verifyAlice(List<IssuedCertificate> carried, byte[]... crls) {
        return verify(offline(root), alice, carried, List.of(crls));
    }

    private static void assertVerdict(TrustVerdict verdict, OutcomeCode expected) {
        assertThat(verdict.outcome().code()).as("%s", verdict.outcome()).isEqualTo(expected);
    }

    @Nested
    class CrlIssuerAndKey {

        @Test
        void a_crl_signed_by_a_key_that_is_not_the_cas_is_invalid() {
            TrustVerdict verdict = verifyAlice(List.of(issuing), pki.crl(root),
                    pki.pki.crl(issuing, freshCrl().signedByAnotherKey()));

            assertVerdict(verdict, OutcomeCode.CRL_INVALID);
            assertThat(verdict.outcome().message()).isEqualTo("the CRL at hand for CN=alice@contoso.com,O=Contoso "
                    + "does not verify with the public key of CN=Contoso Issuing,O=Contoso");
        }

        @Test
        void a_crl_signed_by_a_ca_whose_key_usage_lacks_crl_sign_is_invalid() {
            IssuedCertificate noCrlSign = pki.intermediate("Contoso Issuing 2", root,
                    spec -> spec.keyUsage(EnumSet.of(KeyUsageBit.KEY_CERT_SIGN)));
            IssuedCertificate bob = pki.leaf("bob@contoso.com", noCrlSign);

            TrustVerdict verdict = verify(offline(root), bob, List.of(noCrlSign),
                    List.of(pki.crl(root), pki.crl(noCrlSign)));

            assertVerdict(verdict, OutcomeCode.CRL_INVALID);
            assertThat(verdict.outcome().message()).isEqualTo("the CRL at hand for CN=bob@contoso.com,O=Contoso "
                    + "was signed by CN=Contoso Issuing 2,O=Contoso, whose key usage does not include cRLSign");
        }

        @Test
        void a_crl_signed_by_a_separate_crl_signing_key_of_the_ca_is_used_when_its_certificate_is_at_hand() {
            IssuedCertificate crlSigning = crlSigningCertificate();

            assertVerdict(verifyAlice(List.of(issuing, crlSigning), pki.crl(root),
                    pki.pki.crl(issuing, freshCrl().signedBy(crlSigning))), OutcomeCode.TRUSTED);
            TrustVerdict revoked = verifyAlice(List.of(issuing, crlSigning), pki.crl(root),
                    pki.pki.crl(issuing, freshCrl().signedBy(crlSigning)
                            .revoke(alice.serialNumber(), NOW.minus(DAY), KEY_COMPROMISE)));
            assertVerdict(revoked, OutcomeCode.REVOKED);
        }

        @Test
        void a_crl_signed_by_a_separate_crl_signing_key_whose_certificate_is_not_at_hand_is_invalid() {
            IssuedCertificate crlSigning = crlSigningCertificate();

            TrustVerdict verdict = verifyAlice(List.of(issuing), pki.crl(root),
                    pki.pki.crl(issuing, freshCrl().signedBy(crlSigning)));

            assertVerdict(verdict, OutcomeCode.CRL_INVALID);
            assertThat(verdict.outcome().message()).contains("does not verify with the public key of "
                    + "CN=Contoso Issuing,O=Contoso");
        }

        @Test
        void a_crl_signed_by_a_separate_crl_signing_key_whose_certificate_is_revoked_is_invalid() {
            IssuedCertificate crlSigning = crlSigningCertificate();
            byte[] rootCrl = pki.pki.crl(root, freshCrl().revoke(crlSigning.serialNumber(), NOW.minus(DAY),
                    Pki.reasonCode("keyCompromise")));

            TrustVerdict verdict = verifyAlice(List.of(issuing, crlSigning), rootCrl,
                    pki.pki.crl(issuing, freshCrl().signedBy(crlSigning)));

            assertVerdict(verdict, OutcomeCode.CRL_INVALID);
            assertThat(verdict.outcome().message()).contains("CN=Contoso Issuing,O=Contoso");
        }

        @Test
        void a_crl_at_hand_of_another_ca_is_not_taken_for_the_certificates() {
            IssuedCertificate other = pki.intermediate("Fabrikam Issuing", root);

            TrustVerdict verdict = verifyAlice(List.of(issuing), pki.crl(root), pki.crl(other));

            assertVerdict(verdict, OutcomeCode.CRL_UNREACHABLE);
        }

        /** A second certificate of the issuing CA, same name, its own key, allowed to sign CRLs only. */
        private IssuedCertificate crlSigningCertificate() {
            return pki.intermediate("Contoso Issuing", root, spec -> spec.keyUsage(EnumSet.of(KeyUsageBit.CRL_SIGN)));
        }
    }

    @Nested
    class IndirectCrls {

        private final IssuedCertificate crlIssuer = pki.intermediate("Contoso CRL Issuer", root,
                spec -> spec.keyUsage(EnumSet.of(KeyUsageBit.CRL_SIGN)));
        private final IssuedCertificate carol = pki.leaf("carol@contoso.com", issuing, spec -> spec
                .crlDistributionPoint(CrlDistributionPoint.at(uri("http://crl.contoso.test/indirect.crl"))
                        .crlIssuer(crlIssuer.certificate().getSubjectX500Principal())));
        private final X500Principal issuingName = issuing.certificate().getSubjectX500Principal();

        private TrustVerdict verifyCarol(CrlSpec indirect) {
            return verify(offline(root), carol, List.of(issuing, crlIssuer),
                    List.of(pki.crl(root), pki.pki.crl(crlIssuer, indirect)));
        }

        @Test
        void an_indirect_crl_from_the_crl_issuer_the_distribution_point_names_is_used() {
            assertVerdict(verifyCarol(freshCrl().indirect()), OutcomeCode.TRUSTED);
        }

        @Test
        void an_indirect_crl_entry_naming_the_certificates_issuer_revokes_it() {
            TrustVerdict verdict = verifyCarol(freshCrl().indirect().revoke(
                    new CrlSpec.Entry(carol.serialNumber(), NOW.minus(DAY), KEY_COMPROMISE).issuedBy(issuingName)));

            assertVerdict(verdict, OutcomeCode.REVOKED);
            assertThat(verdict.outcome().message()).startsWith("CN=carol@contoso.com,O=Contoso (serial ")
                    .contains("reason keyCompromise");
        }

        @Test
        void an_indirect_crl_entry_of_the_same_serial_from_another_issuer_does_not_revoke_it() {
            TrustVerdict verdict = verifyCarol(freshCrl().indirect().revoke(
                    new CrlSpec.Entry(carol.serialNumber(), NOW.minus(DAY), KEY_COMPROMISE)
                            .issuedBy(new X500Principal("CN=Fabrikam Issuing,O=Fabrikam"))));

            assertVerdict(verdict, OutcomeCode.TRUSTED);
        }

        @Test
        void a_crl_of_the_named_crl_issuer_that_is_not_marked_indirect_does_not_cover_the_certificate() {
            TrustVerdict verdict = verifyCarol(freshCrl());

            assertVerdict(verdict, OutcomeCode.CRL_OUT_OF_SCOPE);
        }
    }

    @Nested
    class CrlScope {

        @Test
        void a_crl_of_end_entity_certificates_only_does_not_cover_the_intermediate() {
            TrustVerdict verdict = verifyAlice(List.of(issuing), pki.pki.crl(root, freshCrl().onlyContainsUserCerts()),
                    pki.crl(issuing));

            assertVerdict(verdict, OutcomeCode.CRL_OUT_OF_SCOPE);
            assertThat(verdict.outcome().message()).isEqualTo("the CRL at hand for CN=Contoso Issuing,O=Contoso covers "
                    + "end-entity certificates only (onlyContainsUserCerts), and CN=Contoso Issuing,O=Contoso is a CA "
                    + "certificate");
        }

        @Test
        void a_crl_of_ca_certificates_only_does_not_cover_the_users() {
            TrustVerdict verdict = verifyAlice(List.of(issuing), pki.crl(root),
                    pki.pki.crl(issuing, freshCrl().onlyContainsCaCerts()));

            assertVerdict(verdict, OutcomeCode.CRL_OUT_OF_SCOPE);
            assertThat(verdict.outcome().message()).contains("covers CA certificates only (onlyContainsCACerts)");
        }

        @Test
        void a_crl_of_attribute_certificates_only_does_not_cover_the_users() {
            TrustVerdict verdict = verifyAlice(List.of(issuing), pki.crl(root),
                    pki.pki.crl(issuing, freshCrl().onlyContainsAttributeCerts()));

            assertVerdict(verdict, OutcomeCode.CRL_OUT_OF_SCOPE);
            assertThat(verdict.outcome().message()).contains("attribute certificates only");
        }

        @Test
        void a_crl_of_some_reasons_only_leaves_the_others_unchecked() {
            TrustVerdict verdict = verifyAlice(List.of(issuing), pki.crl(root), pki.pki.crl(issuing,
                    freshCrl().onlySomeReasons(Set.of(ReasonFlag.KEY_COMPROMISE, ReasonFlag.CA_COMPROMISE))));

            assertVerdict(verdict, OutcomeCode.CRL_OUT_OF_SCOPE);
            assertThat(verdict.outcome().message()).contains("keyCompromise").contains("superseded");
        }

        @Test
        void crls_of_some_reasons_each_that_together_cover_every_reason_are_enough() {
            URI compromise = uri("http://crl.contoso.test/issuing-compromise.crl");
            URI others = uri("http://crl.contoso.test/issuing-other.crl");
            IssuedCertificate dave = pki.leaf("dave@contoso.com", issuing, spec -> spec
                    .crlDistributionPoint(compromise).crlDistributionPoint(others));
            Set<ReasonFlag> compromises = EnumSet.of(ReasonFlag.KEY_COMPROMISE, ReasonFlag.CA_COMPROMISE,
                    ReasonFlag.AA_COMPROMISE);
            CrlSpec first = freshCrl().distributionPointName(compromise).onlySomeReasons(compromises);
            CrlSpec second = freshCrl().distributionPointName(others).onlySomeReasons(
                    EnumSet.complementOf(EnumSet.copyOf(compromises)));

            assertVerdict(verify(offline(root), dave, List.of(issuing), List.of(pki.crl(root),
                    pki.pki.crl(issuing, first), pki.pki.crl(issuing, second))), OutcomeCode.TRUSTED);
            assertVerdict(verify(offline(root), dave, List.of(issuing), List.of(pki.crl(root),
                    pki.pki.crl(issuing, freshCrl().distributionPointName(compromise).onlySomeReasons(compromises)
                            .revoke(dave.serialNumber(), NOW.minus(DAY.multipliedBy(3)), KEY_COMPROMISE)),
                    pki.pki.crl(issuing, second))), OutcomeCode.REVOKED);
        }

        @Test
        void a_crl_for_another_distribution_point_does_not_cover_the_certificate() {
            TrustVerdict verdict = verifyAlice(List.of(issuing), pki.crl(root), pki.pki.crl(issuing,
                    freshCrl().distributionPointName(uri("http://crl.contoso.test/issuing-partition-2.crl"))));

            assertVerdict(verdict, OutcomeCode.CRL_OUT_OF_SCOPE);
            assertThat(verdict.outcome().message()).contains("http://crl.contoso.test/issuing-partition-2.crl");
        }

        @Test
        void a_crl_for_the_certificates_own_distribution_point_covers_it() {
            assertVerdict(verifyAlice(List.of(issuing), pki.crl(root),
                    pki.pki.crl(issuing, freshCrl().distributionPointName(ISSUING_DP))), OutcomeCode.TRUSTED);
        }
    }

    @Nested
    class CriticalExtensions {

        @Test
        void a_crl_with_an_unknown_critical_extension_cannot_be_used() {
            TrustVerdict verdict = verifyAlice(List.of(issuing), pki.crl(root),
                    pki.pki.crl(issuing, freshCrl().unknownCriticalExtension()));

            assertVerdict(verdict, OutcomeCode.CRL_UNSUPPORTED);
            assertThat(verdict.outcome().message()).contains(CrlSpec.UNKNOWN_EXTENSION);
        }

        @Test
        void a_crl_whose_entry_for_the_certificate_has_an_unknown_critical_extension_cannot_be_used() {
            TrustVerdict verdict = verifyAlice(List.of(issuing), pki.crl(root), pki.pki.crl(issuing, freshCrl().revoke(
                    new CrlSpec.Entry(alice.serialNumber(), NOW.minus(DAY), KEY_COMPROMISE).withUnknownCriticalExtension())));

            assertVerdict(verdict, OutcomeCode.CRL_UNSUPPORTED);
            assertThat(verdict.outcome().message()).contains(CrlSpec.UNKNOWN_EXTENSION);
        }

        @Test
        void a_crl_whose_entry_for_another_certificate_has_an_unknown_critical_extension_cannot_be_used() {
            TrustVerdict verdict = verifyAlice(List.of(issuing), pki.crl(root), pki.pki.crl(issuing, freshCrl().revoke(
                    new CrlSpec.Entry(BigInteger.valueOf(4242), NOW.minus(DAY), KEY_COMPROMISE).withUnknownCriticalExtension())));

            assertVerdict(verdict, OutcomeCode.CRL_UNSUPPORTED);
        }

        @Test
        void a_certificate_with_an_unknown_critical_extension_breaks_the_chain() {
            IssuedCertificate odd = pki.leaf("erin@contoso.com", issuing, CertificateSpec::unknownCriticalExtension);

            TrustVerdict verdict = verify(offline(root), odd, List.of(issuing), List.of(pki.crl(root), pki.crl(issuing)));

            assertVerdict(verdict, OutcomeCode.INVALID_CHAIN);
        }
    }

    @Nested
    class Time {

        private static final Duration SECOND = Duration.ofSeconds(1);

        @Test
        void a_crl_issued_a_second_after_the_validation_instant_is_not_yet_issued() {
            TrustVerdict verdict = verifyAlice(List.of(issuing), pki.crl(root),
                    pki.pki.crl(issuing, new CrlSpec(NOW.plus(SECOND), NOW.plus(DAY.multipliedBy(7)))));

            assertVerdict(verdict, OutcomeCode.CRL_INVALID);
            assertThat(verdict.outcome().message()).contains("is not yet issued: thisUpdate " + NOW.plus(SECOND));
        }

        @Test
        void a_crl_whose_next_update_is_the_validation_instant_is_current_and_a_second_earlier_stale() {
            assertVerdict(verifyAlice(List.of(issuing), pki.crl(root),
                    pki.pki.crl(issuing, new CrlSpec(NOW.minus(DAY), NOW))), OutcomeCode.TRUSTED);
            TrustVerdict stale = verifyAlice(List.of(issuing), pki.crl(root),
                    pki.pki.crl(issuing, new CrlSpec(NOW.minus(DAY), NOW.minus(SECOND))));
            assertVerdict(stale, OutcomeCode.CRL_STALE);
            assertThat(stale.outcome().message()).contains("is stale: nextUpdate " + NOW.minus(SECOND));
        }

        @Test
        void a_crl_without_a_next_update_is_invalid() {
            TrustVerdict verdict = verifyAlice(List.of(issuing), pki.crl(root),
                    pki.pki.crl(issuing, freshCrl().withoutNextUpdate()));

            assertVerdict(verdict, OutcomeCode.CRL_INVALID);
            assertThat(verdict.outcome().message()).contains("no nextUpdate");
        }

        @Test
        void a_certificate_revoked_a_second_before_the_validation_instant_is_revoked() {
            assertVerdict(revokedAt(NOW.minus(SECOND)), OutcomeCode.REVOKED);
        }

        @Test
        void a_certificate_revoked_at_the_validation_instant_is_not_yet_revoked() {
            assertVerdict(revokedAt(NOW), OutcomeCode.TRUSTED);
        }

        @Test
        void a_certificate_revoked_a_second_after_the_validation_instant_is_not_yet_revoked() {
            assertVerdict(revokedAt(NOW.plus(SECOND)), OutcomeCode.TRUSTED);
        }

        private TrustVerdict revokedAt(java.time.Instant when) {
            return verifyAlice(List.of(issuing), pki.crl(root),
                    pki.pki.crl(issuing, freshCrl().revoke(alice.serialNumber(), when, KEY_COMPROMISE)));
        }
    }

    @Nested
    class DeltaCrls {

        private final URI deltas = uri("http://crl.contoso.test/issuing-delta.crl");

        @Test
        void a_delta_crl_that_revokes_is_not_used_the_complete_crl_decides() {
            byte[] base = pki.pki.crl(issuing, new CrlSpec(NOW.minus(DAY.multipliedBy(2)), NOW.plus(DAY.multipliedBy(7)))
                    .crlNumber(BigInteger.valueOf(7)).freshestCrl(deltas));
            byte[] delta = pki.pki.crl(issuing, freshCrl().crlNumber(BigInteger.valueOf(8))
                    .deltaOf(BigInteger.valueOf(7)).revoke(alice.serialNumber(), NOW.minus(DAY), KEY_COMPROMISE));

            assertVerdict(verifyAlice(List.of(issuing), pki.crl(root), base, delta), OutcomeCode.TRUSTED);
        }

        @Test
        void a_delta_crl_without_its_base_cannot_be_used() {
            byte[] delta = pki.pki.crl(issuing, freshCrl().crlNumber(BigInteger.valueOf(8))
                    .deltaOf(BigInteger.valueOf(7)));

            TrustVerdict verdict = verifyAlice(List.of(issuing), pki.crl(root), delta);

            assertVerdict(verdict, OutcomeCode.CRL_UNSUPPORTED);
            assertThat(verdict.outcome().message()).contains("is a delta CRL");
        }
    }
}
