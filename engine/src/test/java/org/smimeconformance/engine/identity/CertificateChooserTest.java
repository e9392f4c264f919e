package org.smimeconformance.engine.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.device.Account;
import org.smimeconformance.contract.device.CertificateSelection;
import org.smimeconformance.contract.device.CertificateStore;
import org.smimeconformance.contract.device.InstalledCertificate;
import org.smimeconformance.contract.device.Purpose;
import org.smimeconformance.engine.UserCertificates;
import org.smimeconformance.fakes.pki.IssuedCertificate;
import org.smimeconformance.fakes.pki.KeyUsageBit;

class CertificateChooserTest {

    private static final Instant NOW = UserCertificates.NOW;
    private static final Account ALICE = new Account("alice@contoso.com", List.of("a.smith@contoso.com"));

    private final UserCertificates certificates = new UserCertificates();
    private final CertificateChooser chooser = new CertificateChooser(new PrimarySmtpAddressMatcher());

    private static InstalledCertificate withKey(String id, IssuedCertificate certificate) {
        return new InstalledCertificate(id, CertificateStore.ANDROID_KEYSTORE, certificate.der(), true);
    }

    private IssuedCertificate valid(Instant from, Instant until) {
        return certificates.smime("alice@contoso.com", spec -> spec.validity(from, until));
    }

    @Test
    void theOneCertificateOfTheAccountIsChosen() {
        CertificateSelection selection = chooser.choose(List.of(withKey("bob", certificates.smime("bob@contoso.com")),
                withKey("alice", certificates.smime("alice@contoso.com"))), ALICE, Purpose.SIGNING, NOW);

        assertThat(selection.outcome().code()).isEqualTo(OutcomeCode.CERT_AVAILABLE);
        assertThat(selection.certificate()).hasValueSatisfying(chosen -> assertThat(chosen.id()).isEqualTo("alice"));
    }

    @Test
    void noCertificateOfTheAccountIsCertificateNotAvailable() {
        CertificateSelection selection = chooser.choose(List.of(withKey("bob", certificates.smime("bob@contoso.com")),
                withKey("alias", certificates.smime("a.smith@contoso.com"))), ALICE, Purpose.SIGNING, NOW);

        assertThat(selection.outcome().code()).isEqualTo(OutcomeCode.CERT_NOT_AVAILABLE);
        assertThat(selection.outcome().message()).startsWith("certificate not available");
        assertThat(selection.certificate()).isEmpty();
        assertThat(chooser.choose(List.of(), ALICE, Purpose.ENCRYPTION, NOW).outcome().code())
                .isEqualTo(OutcomeCode.CERT_NOT_AVAILABLE);
    }

    @Test
    void aCertificateWithoutItsPrivateKeyOnTheDeviceIsNotTheUsersToUse() {
        IssuedCertificate alice = certificates.smime("alice@contoso.com");
        InstalledCertificate publicOnly = new InstalledCertificate("public", CertificateStore.ANDROID_KEYSTORE,
                alice.der(), false);

        CertificateSelection selection = chooser.choose(List.of(publicOnly), ALICE, Purpose.SIGNING, NOW);

        assertThat(selection.outcome().code()).isEqualTo(OutcomeCode.CERT_NOT_AVAILABLE);
        assertThat(selection.outcome().message()).contains("public: its private key is not on this device");
    }

    @Test
    void onlyCertificatesInsideTheirValidityPeriodCount() {
        IssuedCertificate expired = valid(NOW.minus(UserCertificates.YEAR), NOW.minusSeconds(1));
        IssuedCertificate notYetValid = valid(NOW.plusSeconds(1), NOW.plus(UserCertificates.YEAR));
        IssuedCertificate current = valid(NOW.minus(UserCertificates.YEAR.multipliedBy(2)), NOW.plus(UserCertificates.DAY));

        CertificateSelection onlyOutside = chooser.choose(List.of(withKey("expired", expired),
                withKey("future", notYetValid)), ALICE, Purpose.SIGNING, NOW);
        CertificateSelection withCurrent = chooser.choose(List.of(withKey("expired", expired),
                withKey("future", notYetValid), withKey("current", current)), ALICE, Purpose.SIGNING, NOW);

        assertThat(onlyOutside.outcome().code()).isEqualTo(OutcomeCode.CERT_NOT_AVAILABLE);
        assertThat(onlyOutside.outcome().message()).contains("expired: outside its validity period",
                "future: outside its validity period");
        assertThat(withCurrent.certificate()).hasValueSatisfying(c -> assertThat(c.id()).isEqualTo("current"));
    }

    @Test
    void theValidityPeriodIncludesBothEnds() {
        IssuedCertificate alice = valid(NOW.minus(UserCertificates.DAY), NOW.plus(UserCertificates.DAY));
        Instant notBefore = alice.certificate().getNotBefore().toInstant();
        Instant notAfter = alice.certificate().getNotAfter().toInstant();

        assertThat(chooser.choose(List.of(withKey("a", alice)), ALICE, Purpose.SIGNING, notBefore).outcome().code())
                .isEqualTo(OutcomeCode.CERT_AVAILABLE);
        assertThat(chooser.choose(List.of(withKey("a", alice)), ALICE, Purpose.SIGNING, notAfter).outcome().code())
                .isEqualTo(OutcomeCode.CERT_AVAILABLE);
        assertThat(chooser.choose(List.of(withKey("a", alice)), ALICE, Purpose.SIGNING, notAfter.plusSeconds(1))
                .outcome().code()).isEqualTo(OutcomeCode.CERT_NOT_AVAILABLE);
    }

    @Test
    void theLatestNotBeforeWinsWhateverTheOrder() {
        IssuedCertificate older = valid(NOW.minus(UserCertificates.DAY.multipliedBy(60)), NOW.plus(UserCertificates.YEAR.multipliedBy(3)));
        IssuedCertificate newer = valid(NOW.minus(UserCertificates.DAY.multipliedBy(10)), NOW.plus(UserCertificates.YEAR));

        for (List<InstalledCertificate> order : List.of(List.of(withKey("older", older), withKey("newer", newer)),
                List.of(withKey("newer", newer), withKey("older", older)))) {
            CertificateSelection selection = chooser.choose(order, ALICE, Purpose.SIGNING, NOW);
            assertThat(selection.certificate()).hasValueSatisfying(c -> assertThat(c.id()).isEqualTo("newer"));
            assertThat(selection.outcome().message()).contains("newest of 2");
        }
    }

    @Test
    void withTheSameNotBeforeTheLatestNotAfterWinsThenTheHighestSerial() {
        Instant from = NOW.minus(UserCertificates.DAY.multipliedBy(10));
        IssuedCertificate shorter = valid(from, NOW.plus(UserCertificates.DAY.multipliedBy(100)));
        IssuedCertificate longer = valid(from, NOW.plus(UserCertificates.DAY.multipliedBy(200)));
        Instant until = NOW.plus(UserCertificates.YEAR);
        IssuedCertificate lowSerial = certificates.smime("alice@contoso.com",
                spec -> spec.validity(from, until).serialNumber(BigInteger.valueOf(0x1000)));
        IssuedCertificate highSerial = certificates.smime("alice@contoso.com",
                spec -> spec.validity(from, until).serialNumber(BigInteger.valueOf(0x2000)));

        assertThat(chooser.choose(List.of(withKey("longer", longer), withKey("shorter", shorter)), ALICE,
                Purpose.SIGNING, NOW).certificate().orElseThrow().id()).isEqualTo("longer");
        assertThat(chooser.choose(List.of(withKey("high", highSerial), withKey("low", lowSerial)), ALICE,
                Purpose.SIGNING, NOW).certificate().orElseThrow().id()).isEqualTo("high");
        assertThat(chooser.choose(List.of(withKey("low", lowSerial), withKey("high", highSerial)), ALICE,
                Purpose.SIGNING, NOW).certificate().orElseThrow().id()).isEqualTo("high");
    }

    @Test
    void aNewerCertificateThatDoesNotFitThePurposeLosesToAnOlderOneThatDoes() {
        IssuedCertificate olderSigning = valid(NOW.minus(UserCertificates.DAY.multipliedBy(60)), NOW.plus(UserCertificates.YEAR));
        IssuedCertificate newerEncryptionOnly = certificates.smime("alice@contoso.com", spec -> spec
                .validity(NOW.minus(UserCertificates.DAY), NOW.plus(UserCertificates.YEAR))
                .keyUsage(EnumSet.of(KeyUsageBit.KEY_AGREEMENT)));

        List<InstalledCertificate> both = List.of(withKey("signing", olderSigning), withKey("encryption", newerEncryptionOnly));

        assertThat(chooser.choose(both, ALICE, Purpose.SIGNING, NOW).certificate().orElseThrow().id()).isEqualTo("signing");
        assertThat(chooser.choose(both, ALICE, Purpose.ENCRYPTION, NOW).certificate().orElseThrow().id())
                .isEqualTo("encryption");
    }

    @Test
    void whyNoneFitsIsSaid() {
        IssuedCertificate cannotEncrypt = certificates.smime("alice@contoso.com",
                spec -> spec.keyUsage(EnumSet.of(KeyUsageBit.DIGITAL_SIGNATURE)));

        CertificateSelection selection = chooser.choose(List.of(withKey("sig", cannotEncrypt)), ALICE,
                Purpose.ENCRYPTION, NOW);

        assertThat(selection.outcome().code()).isEqualTo(OutcomeCode.CERT_NOT_AVAILABLE);
        assertThat(selection.outcome().message()).contains("sig:", "keyAgreement");
    }
}
