package org.smimeconformance.engine.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.device.CertificateStore;
import org.smimeconformance.contract.device.Pkcs12Export;
import org.smimeconformance.contract.device.Platform;
import org.smimeconformance.engine.UserCertificates;
import org.smimeconformance.engine.identity.CertificateChooser;
import org.smimeconformance.engine.identity.PrimarySmtpAddressMatcher;
import org.smimeconformance.fakes.pki.IssuedCertificate;
import org.smimeconformance.fakes.pki.Pki;

/** Tapping a mailed certificate (MAN-1), exporting it (MAN-2) and the passwords that protect it (MAN-3). */
class ManualDeliveryTest {

    private static final char[] STRONG = "C0ntoso-S/MIME-2026!".toCharArray();

    private final UserCertificates certificates = new UserCertificates();
    private final IssuedCertificate alice = certificates.smime("alice@contoso.com");

    private static DeviceCertificateStores device(Platform platform) {
        return new DeviceCertificateStores(platform, new CertificateChooser(new PrimarySmtpAddressMatcher()),
                Clock.fixed(UserCertificates.NOW, ZoneOffset.UTC));
    }

    @Test
    void aTappedAttachmentGoesToTheStoreOutlookReadsOnEachPlatform() {
        DeviceCertificateStores iphone = device(Platform.IOS);
        DeviceCertificateStores android = device(Platform.ANDROID);

        assertThat(iphone.installAttachment(Pki.pkcs12(alice, STRONG), STRONG).code()).isEqualTo(OutcomeCode.OK);
        assertThat(android.installAttachment(Pki.pkcs12(alice, STRONG), STRONG).code()).isEqualTo(OutcomeCode.OK);

        assertThat(iphone.all()).singleElement().satisfies(installed -> {
            assertThat(installed.store()).isEqualTo(CertificateStore.MICROSOFT_PUBLISHER_KEYCHAIN);
            assertThat(installed.hasPrivateKey()).isTrue();
        });
        assertThat(android.all()).singleElement().satisfies(installed ->
                assertThat(installed.store()).isEqualTo(CertificateStore.ANDROID_KEYSTORE));
    }

    @Test
    void aWrongPasswordATruncatedFileOrAnAlteredOneInstallNothingAndLeaveTheStoresAsTheyWere() {
        DeviceCertificateStores iphone = device(Platform.IOS);
        iphone.installAttachment(Pki.pkcs12(certificates.smime("alice@contoso.com"), STRONG), STRONG);
        byte[] file = Pki.pkcs12(alice, STRONG);
        byte[] altered = file.clone();
        altered[altered.length / 2] ^= 0x5A;

        Outcome wrong = iphone.installAttachment(file, "Wr0ng-password!".toCharArray());
        Outcome truncated = iphone.installAttachment(Arrays.copyOf(file, file.length / 2), STRONG);
        Outcome changed = iphone.installAttachment(altered, STRONG);

        assertThat(wrong.code()).isEqualTo(OutcomeCode.WRONG_PASSWORD);
        assertThat(truncated.code()).isEqualTo(OutcomeCode.MALFORMED_PKCS12);
        assertThat(changed.code()).isIn(OutcomeCode.WRONG_PASSWORD, OutcomeCode.MALFORMED_PKCS12);
        assertThat(List.of(wrong, truncated, changed)).allSatisfy(o -> assertThat(o.message()).contains("nothing was installed"));
        assertThat(iphone.all()).hasSize(1);
    }

    @Test
    void aFileWithNoPasswordOrAWeakOneInstalls() {
        DeviceCertificateStores android = device(Platform.ANDROID);

        assertThat(android.installAttachment(Pki.pkcs12(alice, new char[0]), new char[0]).code()).isEqualTo(OutcomeCode.OK);
        assertThat(android.installAttachment(Pki.pkcs12(certificates.smime("alice@contoso.com"), "alice".toCharArray()),
                "alice".toCharArray()).code()).isEqualTo(OutcomeCode.OK);
        assertThat(android.visibleToOutlook()).hasSize(2);
    }

    @Test
    void exportingAsksForAStrongPasswordAndCarriesTheSameKeyPair() throws Exception {
        DeviceCertificateStores iphone = device(Platform.IOS);
        iphone.installAttachment(Pki.pkcs12(alice, STRONG), STRONG);
        String id = iphone.visibleToOutlook().get(0).id();

        Pkcs12Export none = iphone.export(id, new char[0]);
        Pkcs12Export weak = iphone.export(id, "alice2026".toCharArray());
        Pkcs12Export unknown = iphone.export("certificate-9", STRONG);
        Pkcs12Export strong = iphone.export(id, "An0ther-str0ng-one".toCharArray());

        assertThat(none.outcome().code()).isEqualTo(OutcomeCode.WEAK_PASSWORD);
        assertThat(none.pkcs12()).isEmpty();
        assertThat(weak.outcome().code()).isEqualTo(OutcomeCode.WEAK_PASSWORD);
        assertThat(unknown.outcome().code()).isEqualTo(OutcomeCode.UNKNOWN_CERTIFICATE);
        assertThat(strong.outcome().code()).isEqualTo(OutcomeCode.OK);
        Pkcs12File.KeyEntry entry = Pkcs12File.read(strong.pkcs12().orElseThrow(), "An0ther-str0ng-one".toCharArray())
                .keys().get(0);
        assertThat(entry.certificate()).isEqualTo(alice.certificate());
        assertThat(entry.privateKey().getEncoded()).isEqualTo(alice.keyPair().getPrivate().getEncoded());
        assertThatThrownBy(() -> iphone.exportPkcs12(id, "weak".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not strong");
    }

    @Test
    void aCertificateWithoutItsPrivateKeyCannotBeExported() {
        DeviceCertificateStores android = device(Platform.ANDROID);
        android.installCertificate(CertificateStore.ANDROID_KEYSTORE, alice.der());

        assertThat(android.export(android.visibleToOutlook().get(0).id(), STRONG).outcome().code())
                .isEqualTo(OutcomeCode.PRIVATE_KEY_MISSING);
    }

    @Test
    void theStoreAccessPartDecidesWhatOutlookReads() {
        DeviceCertificateStores readsEverything = new DeviceCertificateStores(Platform.IOS,
                new CertificateChooser(new PrimarySmtpAddressMatcher()), Clock.fixed(UserCertificates.NOW, ZoneOffset.UTC),
                (platform, store) -> store.platform() == platform, Pkcs12Opener.reference());
        DeviceCertificateStores reference = device(Platform.IOS);
        for (DeviceCertificateStores stores : List.of(readsEverything, reference)) {
            stores.installPkcs12(CertificateStore.IOS_SYSTEM_KEYCHAIN, Pki.pkcs12(alice, STRONG), STRONG);
        }

        assertThat(readsEverything.visibleToOutlook()).hasSize(1);
        assertThat(reference.visibleToOutlook()).isEmpty();
    }
}
