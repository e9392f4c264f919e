package org.smimeconformance.engine.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smimeconformance.engine.trust.TestPki.DAY;
import static org.smimeconformance.engine.trust.TestPki.NOW;
import static org.smimeconformance.engine.trust.TestPki.YEAR;
import static org.smimeconformance.engine.trust.TestPki.offline;
import static org.smimeconformance.engine.trust.TestPki.uri;
import static org.smimeconformance.engine.trust.TestPki.verify;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.trust.CertificateCheck;
import org.smimeconformance.contract.trust.CertificateUse;
import org.smimeconformance.contract.trust.TrustVerdict;
import org.smimeconformance.fakes.pki.CertificateSpec;
import org.smimeconformance.fakes.pki.CrlSpec;
import org.smimeconformance.fakes.pki.IssuedCertificate;
import org.smimeconformance.fakes.pki.Pem;
import org.smimeconformance.fakes.pki.Pki;

class TrustValidatorTest {

    private final TestPki pki = new TestPki();
    private final IssuedCertificate root = pki.root("Contoso Root");
    private final IssuedCertificate intermediate = pki.intermediate("Contoso Issuing", root);
    private final IssuedCertificate leaf = pki.leaf("alice@contoso.com", intermediate);

    @Test
    void chainOfRootIntermediateLeafWithCrlsAtHandIsTrustedOffline() {
        TrustVerdict verdict = verify(offline(root), leaf, List.of(intermediate),
                List.of(pki.crl(root), pki.crl(intermediate)));

        assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.TRUSTED);
        assertThat(verdict.outcome().message()).isEqualTo("trusted: chain to CN=Contoso Root,O=Contoso, 2 CRLs checked");
        assertThat(verdict.chain()).containsExactly("CN=alice@contoso.com,O=Contoso", "CN=Contoso Issuing,O=Contoso",
                "CN=Contoso Root,O=Contoso");
    }

    @Test
    void everythingMayArriveAsPem() {
        CertificateCheck check = new CertificateCheck(pem(leaf), List.of(pem(intermediate)),
                List.of(pemCrl(pki.crl(root)), pemCrl(pki.crl(intermediate))), CertificateUse.RECIPIENT);
        TrustVerdict verdict = TestPki.REFERENCE.open(offline(root)).trust().verify(check);

        assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.TRUSTED);
    }

    @Test
    void leafWhoseRootIsNotInTheCollectionIsNotTrusted() {
        IssuedCertificate otherRoot = pki.root("Fabrikam Root");

        TrustVerdict verdict = verify(offline(otherRoot), leaf, List.of(intermediate), List.of());

        assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.NO_TRUSTED_ROOT);
        assertThat(verdict.outcome().message()).contains("CN=Contoso Issuing,O=Contoso").contains("no issuer");
        assertThat(verdict.chain()).containsExactly("CN=alice@contoso.com,O=Contoso", "CN=Contoso Issuing,O=Contoso");
    }

    @Test
    void addingTheRootMakesTheSameLeafTrusted() {
        IssuedCertificate otherRoot = pki.root("Fabrikam Root");
        List<byte[]> crls = List.of(pki.crl(root), pki.crl(intermediate));

        assertThat(verify(offline(otherRoot), leaf, List.of(intermediate), crls).trusted()).isFalse();
        assertThat(verify(offline(otherRoot, root), leaf, List.of(intermediate), crls).trusted()).isTrue();
    }

    @Test
    void selfSignedLeafIsNotTrusted() {
        IssuedCertificate selfSigned = pki.pki.selfSigned(CertificateSpec.smime(
                "mallory@contoso.com", NOW.minus(DAY), NOW.plus(YEAR)));

        TrustVerdict verdict = verify(offline(root), selfSigned, List.of(), List.of());

        assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.NO_TRUSTED_ROOT);
        assertThat(verdict.outcome().message()).isEqualTo(
                "CN=mallory@contoso.com,O=Contoso is self-signed and not in the virtual certificate collection");
        assertThat(verdict.chain()).containsExactly("CN=mallory@contoso.com,O=Contoso");
    }

    @Test
    void aTrustedRootJudgedOnItsOwnIsTrustedWithNoCrl() {
        TrustVerdict verdict = verify(offline(root), root, List.of(), List.of());

        assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.TRUSTED);
        assertThat(verdict.outcome().message()).endsWith("0 CRLs checked");
        assertThat(verdict.chain()).containsExactly("CN=Contoso Root,O=Contoso");
    }

    @Test
    void brokenSignatureOnTheLeafIsBadSignatureNotAMissingRoot() {
        IssuedCertificate forged = pki.leaf("bob@contoso.com", intermediate, spec -> spec.brokenSignature());

        TrustVerdict verdict = verify(offline(root), forged, List.of(intermediate),
                List.of(pki.crl(root), pki.crl(intermediate)));

        assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.BAD_SIGNATURE);
        assertThat(verdict.outcome().message()).isEqualTo("the signature on CN=bob@contoso.com,O=Contoso does not "
                + "verify with the public key of its issuer CN=Contoso Issuing,O=Contoso");
    }

    @Test
    void brokenSignatureOnTheIntermediateIsBadSignature() {
        IssuedCertificate forgedCa = pki.intermediate("Contoso Issuing 2", root, spec -> spec.brokenSignature());
        IssuedCertificate below = pki.leaf("carol@contoso.com", forgedCa);

        TrustVerdict verdict = verify(offline(root), below, List.of(forgedCa), List.of());

        assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.BAD_SIGNATURE);
        assertThat(verdict.outcome().message()).contains("on CN=Contoso Issuing 2,O=Contoso");
    }

    @Test
    void expiredIntermediateIsExpiredAndNoCrlIsFetched() {
        IssuedCertificate old = pki.intermediate("Old Issuing", root,
                spec -> spec.validity(NOW.minus(YEAR.multipliedBy(3)), NOW.minus(DAY)));
        IssuedCertificate below = pki.leaf("dave@contoso.com", old,
                spec -> spec.crlDistributionPoint(uri("http://127.0.0.1:9/never.crl")));

        TrustVerdict verdict = verify(TestPki.online(root), below, List.of(old), List.of());

        assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.EXPIRED);
        assertThat(verdict.outcome().message()).isEqualTo("CN=Old Issuing,O=Contoso expired at "
                + NOW.minus(DAY) + " (validation time " + NOW + ")");
    }

    @Test
    void leafNotYetValidIsNotYetValid() {
        IssuedCertificate early = pki.leaf("erin@contoso.com", intermediate,
                spec -> spec.validity(NOW.plus(DAY), NOW.plus(YEAR)));

        TrustVerdict verdict = verify(offline(root), early, List.of(intermediate), List.of());

        assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.NOT_YET_VALID);
        assertThat(verdict.outcome().message()).startsWith("CN=erin@contoso.com,O=Contoso is not valid before");
    }

    @Test
    void expiredTrustedRootIsExpired() {
        IssuedCertificate oldRoot = pki.pki.selfSigned(CertificateSpec.authority(
                "Old Root", NOW.minus(YEAR.multipliedBy(10)), NOW.minus(DAY)));
        IssuedCertificate below = pki.leaf("frank@contoso.com", oldRoot);

        TrustVerdict verdict = verify(offline(oldRoot), below, List.of(), List.of(pki.crl(oldRoot)));

        assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.EXPIRED);
        assertThat(verdict.outcome().message()).startsWith("the trusted root CN=Old Root,O=Contoso expired at");
    }

    @Test
    void revokedLeafIsRevokedWithReasonAndDate() {
        byte[] listing = pki.pki.crl(intermediate, TestPki.freshCrl()
                .revoke(leaf.serialNumber(), NOW.minus(DAY.multipliedBy(2)), Pki.reasonCode("keyCompromise")));

        TrustVerdict verdict = verify(offline(root), leaf, List.of(intermediate), List.of(pki.crl(root), listing));

        assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.REVOKED);
        assertThat(verdict.outcome().message())
                .startsWith("CN=alice@contoso.com,O=Contoso (serial ")
                .contains("was revoked on " + NOW.minus(DAY.multipliedBy(2)))
                .contains("reason keyCompromise");
    }

    @Test
    void revokedIntermediateIsRevoked() {
        byte[] listing = pki.pki.crl(root, TestPki.freshCrl()
                .revoke(intermediate.serialNumber(), NOW.minus(DAY), Pki.reasonCode("cACompromise")));

        TrustVerdict verdict = verify(offline(root), leaf, List.of(intermediate), List.of(listing, pki.crl(intermediate)));

        assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.REVOKED);
        assertThat(verdict.outcome().message()).startsWith("CN=Contoso Issuing,O=Contoso").contains("cACompromise");
    }

    @Test
    void crlPastItsNextUpdateIsStale() {
        byte[] stale = pki.pki.crl(intermediate, new CrlSpec(NOW.minus(DAY.multipliedBy(10)), NOW.minus(DAY)));

        TrustVerdict verdict = verify(offline(root), leaf, List.of(intermediate), List.of(pki.crl(root), stale));

        assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.CRL_STALE);
        assertThat(verdict.outcome().message()).contains("for CN=alice@contoso.com,O=Contoso is stale: nextUpdate "
                + NOW.minus(DAY));
    }

    @Test
    void crlSignedByAnotherKeyIsInvalid() {
        byte[] forged = pki.pki.crl(intermediate, TestPki.freshCrl().signedByAnotherKey());

        TrustVerdict verdict = verify(offline(root), leaf, List.of(intermediate), List.of(pki.crl(root), forged));

        assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.CRL_INVALID);
        assertThat(verdict.outcome().message()).contains("does not verify with the public key of CN=Contoso Issuing");
    }

    @Test
    void crlIssuedInTheFutureIsInvalid() {
        byte[] early = pki.pki.crl(intermediate, new CrlSpec(NOW.plus(DAY), NOW.plus(DAY.multipliedBy(8))));

        TrustVerdict verdict = verify(offline(root), leaf, List.of(intermediate), List.of(pki.crl(root), early));

        assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.CRL_INVALID);
        assertThat(verdict.outcome().message()).contains("is not yet issued");
    }

    @Test
    void offlineWithoutTheCrlIsUnreachable() {
        IssuedCertificate published = pki.leaf("grace@contoso.com", intermediate,
                spec -> spec.crlDistributionPoint(uri("http://crl.contoso.test/issuing.crl")));

        TrustVerdict verdict = verify(offline(root), published, List.of(intermediate), List.of(pki.crl(root)));

        assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.CRL_UNREACHABLE);
        assertThat(verdict.outcome().message()).isEqualTo("the CRL for CN=grace@contoso.com,O=Contoso cannot be "
                + "obtained: http://crl.contoso.test/issuing.crl: offline");
    }

    @Test
    void noDistributionPointAndNoCrlAtHandIsUnreachable() {
        TrustVerdict verdict = verify(offline(root), leaf, List.of(intermediate), List.of(pki.crl(root)));

        assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.CRL_UNREACHABLE);
        assertThat(verdict.outcome().message()).contains("no http(s) CRL distribution point");
    }

    @Test
    void distributionPointsOtherThanHttpAreIgnored() {
        IssuedCertificate elsewhere = pki.leaf("heidi@contoso.com", intermediate, spec -> spec
                .crlDistributionPoint(uri("ldap://directory.contoso.test/cn=Issuing?certificateRevocationList"))
                .crlDistributionPoint(uri("file:///etc/issuing.crl")));

        TrustVerdict verdict = verify(offline(root), elsewhere, List.of(intermediate), List.of(pki.crl(root)));

        assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.CRL_UNREACHABLE);
        assertThat(verdict.outcome().message()).contains("no http(s) CRL distribution point");
    }

    @Test
    void garbageCertificateIsMalformedNotAnException() {
        CertificateCheck check = CertificateCheck.of("not a certificate".getBytes(StandardCharsets.US_ASCII),
                CertificateUse.OWN_SIGNING);

        TrustVerdict verdict = TestPki.REFERENCE.open(offline(root)).trust().verify(check);

        assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.MALFORMED_CERTIFICATE);
        assertThat(verdict.outcome().message()).startsWith("the certificate cannot be read");
        assertThat(verdict.chain()).isEmpty();
    }

    @Test
    void garbageIntermediateIsMalformedAndNamed() {
        CertificateCheck check = new CertificateCheck(leaf.der(), List.of(intermediate.der(), new byte[] {0x30, 0x03}),
                List.of(), CertificateUse.SENDER);

        TrustVerdict verdict = TestPki.REFERENCE.open(offline(root)).trust().verify(check);

        assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.MALFORMED_CERTIFICATE);
        assertThat(verdict.outcome().message()).startsWith("intermediate #2 ");
    }

    @Test
    void garbageCrlIsMalformedCrl() {
        CertificateCheck check = new CertificateCheck(leaf.der(), List.of(intermediate.der()),
                List.of(pki.crl(root), intermediate.der()), CertificateUse.SENDER);

        TrustVerdict verdict = TestPki.REFERENCE.open(offline(root)).trust().verify(check);

        assertThat(verdict.outcome().code()).isEqualTo(OutcomeCode.MALFORMED_CRL);
        assertThat(verdict.outcome().message()).startsWith("CRL #2 ");
    }

    private static byte[] pem(IssuedCertificate certificate) {
        return certificate.pem().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] pemCrl(byte[] der) {
        return Pem.encode("X509 CRL", der).getBytes(StandardCharsets.US_ASCII);
    }
}
