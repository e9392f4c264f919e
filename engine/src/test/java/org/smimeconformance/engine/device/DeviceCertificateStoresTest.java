package org.smimeconformance.engine.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.device.Account;
import org.smimeconformance.contract.device.CertificateDetails;
import org.smimeconformance.contract.device.CertificateSelection;
import org.smimeconformance.contract.device.CertificateStore;
import org.smimeconformance.contract.device.InstalledCertificate;
import org.smimeconformance.contract.device.Platform;
import org.smimeconformance.contract.device.Purpose;
import org.smimeconformance.engine.UserCertificates;
import org.smimeconformance.engine.identity.CertificateChooser;
import org.smimeconformance.engine.identity.PrimarySmtpAddressMatcher;
import org.smimeconformance.fakes.pki.CertificateSpec;
import org.smimeconformance.fakes.pki.IssuedCertificate;
import org.smimeconformance.fakes.pki.KeyAlgorithm;
import org.smimeconformance.fakes.pki.KeyUsageBit;
import org.smimeconformance.fakes.pki.Pki;

class DeviceCertificateStoresTest {

    private static final char[] PASSWORD = "c0rrect-Horse-battery".toCharArray();
    private static final Account ALICE = new Account("alice@contoso.com", List.of());

    private final UserCertificates certificates = new UserCertificates();
    private final IssuedCertificate alice = certificates.smime("alice@contoso.com");

    private static DeviceCertificateStores device(Platform platform) {
        return new DeviceCertificateStores(platform, new CertificateChooser(new PrimarySmtpAddressMatcher()),
                Clock.fixed(UserCertificates.NOW, ZoneOffset.UTC));
    }

    @Nested
    class InstallingAPkcs12File {

        @Test
        void theCertificateAndItsPrivateKeyAreInstalledIntoTheStoreOfThePlatform() {
            for (Platform platform : Platform.values()) {
                DeviceCertificateStores stores = device(platform);
                CertificateStore store = platform == Platform.IOS ? CertificateStore.MICROSOFT_PUBLISHER_KEYCHAIN
                        : CertificateStore.ANDROID_KEYSTORE;

                Outcome outcome = stores.installPkcs12(store, Pki.pkcs12(alice, PASSWORD), PASSWORD);

                assertThat(outcome.code()).isEqualTo(OutcomeCode.OK);
                assertThat(stores.visibleToOutlook()).singleElement().satisfies(installed -> {
                    assertThat(installed.id()).isEqualTo("certificate-1");
                    assertThat(installed.store()).isEqualTo(store);
                    assertThat(installed.certificate()).isEqualTo(alice.der());
                    assertThat(installed.hasPrivateKey()).isTrue();
                });
                assertThat(stores.certificateFor(ALICE, Purpose.SIGNING).outcome().code())
                        .isEqualTo(OutcomeCode.CERT_AVAILABLE);
            }
        }

        @Test
        void aWrongPasswordInstallsNothing() {
            DeviceCertificateStores stores = device(Platform.IOS);

            Outcome outcome = stores.installPkcs12(CertificateStore.MICROSOFT_PUBLISHER_KEYCHAIN,
                    Pki.pkcs12(alice, PASSWORD), "wrong".toCharArray());

            assertThat(outcome.code()).isEqualTo(OutcomeCode.WRONG_PASSWORD);
            assertThat(outcome.message()).contains("nothing was installed");
            assertThat(stores.all()).isEmpty();
        }

        @Test
        void anEmptyOrMissingPasswordIsWrongForAProtectedFile() {
            DeviceCertificateStores stores = device(Platform.ANDROID);
            byte[] file = Pki.pkcs12(alice, PASSWORD);

            assertThat(stores.installPkcs12(CertificateStore.ANDROID_KEYSTORE, file, new char[0]).code())
                    .isEqualTo(OutcomeCode.WRONG_PASSWORD);
            assertThat(stores.installPkcs12(CertificateStore.ANDROID_KEYSTORE, file, null).code())
                    .isEqualTo(OutcomeCode.WRONG_PASSWORD);
            assertThat(stores.all()).isEmpty();
        }

        @Test
        void aTruncatedCorruptOrEmptyFileInstallsNothing() {
            DeviceCertificateStores stores = device(Platform.ANDROID);
            byte[] file = Pki.pkcs12(alice, PASSWORD);

            for (byte[] unreadable : List.of(Arrays.copyOf(file, file.length / 2), Arrays.copyOf(file, 10),
                    "this is not a PKCS#12 file".getBytes(StandardCharsets.US_ASCII), new byte[0], alice.der())) {
                Outcome outcome = stores.installPkcs12(CertificateStore.ANDROID_KEYSTORE, unreadable, PASSWORD);
                assertThat(outcome.code()).as("%d bytes", unreadable.length).isEqualTo(OutcomeCode.MALFORMED_PKCS12);
            }
            assertThat(stores.installPkcs12(CertificateStore.ANDROID_KEYSTORE, null, PASSWORD).code())
                    .isEqualTo(OutcomeCode.MALFORMED_PKCS12);
            assertThat(stores.all()).isEmpty();
        }

        @Test
        void aStoreOfTheOtherPlatformIsUnsupportedAndInstallsNothing() {
            DeviceCertificateStores iphone = device(Platform.IOS);
            DeviceCertificateStores android = device(Platform.ANDROID);
            byte[] file = Pki.pkcs12(alice, PASSWORD);

            assertThat(iphone.installPkcs12(CertificateStore.ANDROID_KEYSTORE, file, PASSWORD).code())
                    .isEqualTo(OutcomeCode.UNSUPPORTED);
            assertThat(android.installPkcs12(CertificateStore.MICROSOFT_PUBLISHER_KEYCHAIN, file, PASSWORD).code())
                    .isEqualTo(OutcomeCode.UNSUPPORTED);
            assertThat(android.installPkcs12(CertificateStore.IOS_SYSTEM_KEYCHAIN, file, PASSWORD).code())
                    .isEqualTo(OutcomeCode.UNSUPPORTED);
            assertThat(android.installCertificate(CertificateStore.IOS_SYSTEM_KEYCHAIN, alice.der()).code())
                    .isEqualTo(OutcomeCode.UNSUPPORTED);
            assertThat(iphone.all()).isEmpty();
            assertThat(android.all()).isEmpty();
        }

        @Test
        void theChainTheFileCarriesTravelsWithTheCertificateButIsNotListed() throws Exception {
            DeviceCertificateStores stores = device(Platform.ANDROID);
            stores.installPkcs12(CertificateStore.ANDROID_KEYSTORE,
                    Pki.pkcs12(alice, List.of(certificates.ca().certificate()), PASSWORD), PASSWORD);

            byte[] exported = stores.exportPkcs12("certificate-1", PASSWORD);

            assertThat(stores.visibleToOutlook()).hasSize(1);
            KeyStore read = KeyStore.getInstance("PKCS12");
            read.load(new ByteArrayInputStream(exported), PASSWORD);
            String alias = read.aliases().nextElement();
            assertThat(read.getCertificateChain(alias)).containsExactly(alice.certificate(), certificates.ca().certificate());
        }

        @Test
        void aFileWithCertificatesOnlyInstallsThemWithoutPrivateKey() throws Exception {
            KeyStore certificatesOnly = KeyStore.getInstance("PKCS12");
            certificatesOnly.load(null, null);
            certificatesOnly.setCertificateEntry("bob", certificates.smime("bob@contoso.com").certificate());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            certificatesOnly.store(out, PASSWORD);
            DeviceCertificateStores stores = device(Platform.ANDROID);

            Outcome outcome = stores.installPkcs12(CertificateStore.ANDROID_KEYSTORE, out.toByteArray(), PASSWORD);

            assertThat(outcome.code()).isEqualTo(OutcomeCode.OK);
            assertThat(outcome.message()).contains("no private key");
            assertThat(stores.visibleToOutlook()).singleElement()
                    .satisfies(installed -> assertThat(installed.hasPrivateKey()).isFalse());
        }
    }

    @Nested
    class ExportingAndInstallingOnAnotherDevice {

        @Test
        void theExportedFileCarriesTheSameKeyPairUnderTheNewPassword() throws Exception {
            DeviceCertificateStores iphone = device(Platform.IOS);
            iphone.installPkcs12(CertificateStore.MICROSOFT_PUBLISHER_KEYCHAIN, Pki.pkcs12(alice, PASSWORD), PASSWORD);
            char[] exportPassword = "An0ther-str0ng-one".toCharArray();

            byte[] exported = iphone.exportPkcs12("certificate-1", exportPassword);

            DeviceCertificateStores android = device(Platform.ANDROID);
            assertThat(android.installPkcs12(CertificateStore.ANDROID_KEYSTORE, exported, PASSWORD).code())
                    .isEqualTo(OutcomeCode.WRONG_PASSWORD);
            assertThat(android.installPkcs12(CertificateStore.ANDROID_KEYSTORE, exported, exportPassword).code())
                    .isEqualTo(OutcomeCode.OK);
            InstalledCertificate installed = android.visibleToOutlook().get(0);
            assertThat(installed.certificate()).isEqualTo(alice.der());
            assertThat(installed.hasPrivateKey()).isTrue();
            assertThat(android.certificateFor(ALICE, Purpose.SIGNING).certificate()).isPresent();

            Pkcs12File.KeyEntry entry = Pkcs12File.read(exported, exportPassword).keys().get(0);
            assertThat(entry.privateKey().getEncoded()).isEqualTo(alice.keyPair().getPrivate().getEncoded());
            assertThat(entry.certificate().getPublicKey()).isEqualTo(alice.keyPair().getPublic());
            assertThat(signsForThePublicKey(entry.privateKey(), alice)).isTrue();
        }

        @Test
        void anRsaKeyPairSurvivesTheRoundTripToo() throws Exception {
            IssuedCertificate rsa = certificates.smime("alice@contoso.com", spec -> spec.algorithm(KeyAlgorithm.RSA_2048));
            DeviceCertificateStores android = device(Platform.ANDROID);
            android.installPkcs12(CertificateStore.ANDROID_KEYSTORE, Pki.pkcs12(rsa, PASSWORD), PASSWORD);

            Pkcs12File.KeyEntry entry = Pkcs12File.read(android.exportPkcs12("certificate-1", PASSWORD), PASSWORD).keys().get(0);

            assertThat(entry.privateKey().getEncoded()).isEqualTo(rsa.keyPair().getPrivate().getEncoded());
            assertThat(signsForThePublicKey(entry.privateKey(), rsa)).isTrue();
        }

        @Test
        void whatHasNoPrivateKeyOrIsUnknownCannotBeExported() {
            DeviceCertificateStores iphone = device(Platform.IOS);
            iphone.installCertificate(CertificateStore.MICROSOFT_PUBLISHER_KEYCHAIN, alice.der());
            iphone.installPkcs12(CertificateStore.IOS_SYSTEM_KEYCHAIN,
                    Pki.pkcs12(certificates.smime("alice@contoso.com"), PASSWORD), PASSWORD);

            assertThatThrownBy(() -> iphone.exportPkcs12("certificate-1", PASSWORD))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("private key");
            assertThatThrownBy(() -> iphone.exportPkcs12("certificate-2", PASSWORD))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("certificate-2");
            assertThatThrownBy(() -> iphone.exportPkcs12("certificate-9", PASSWORD))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        private boolean signsForThePublicKey(PrivateKey privateKey, IssuedCertificate certificate) throws Exception {
            String algorithm = certificate.keyPair().getPublic().getAlgorithm().equals("RSA") ? "SHA256withRSA"
                    : "SHA256withECDSA";
            byte[] data = "the same key pair".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(privateKey);
            signer.update(data);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.keyPair().getPublic());
            verifier.update(data);
            return verifier.verify(signature);
        }
    }

    @Nested
    class WhatOutlookSees {

        @Test
        void onIosTheSystemKeychainIsInvisibleToOutlook() {
            DeviceCertificateStores iphone = device(Platform.IOS);

            assertThat(iphone.installPkcs12(CertificateStore.IOS_SYSTEM_KEYCHAIN, Pki.pkcs12(alice, PASSWORD), PASSWORD)
                    .code()).isEqualTo(OutcomeCode.OK);

            assertThat(iphone.all()).hasSize(1);
            assertThat(iphone.visibleToOutlook()).isEmpty();
            CertificateSelection selection = iphone.certificateFor(ALICE, Purpose.SIGNING);
            assertThat(selection.outcome().code()).isEqualTo(OutcomeCode.CERT_NOT_AVAILABLE);
            assertThatThrownBy(() -> iphone.details("certificate-1")).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void theSameCertificateInThePublisherKeychainIsVisible() {
            DeviceCertificateStores iphone = device(Platform.IOS);
            iphone.installPkcs12(CertificateStore.IOS_SYSTEM_KEYCHAIN, Pki.pkcs12(alice, PASSWORD), PASSWORD);

            iphone.installPkcs12(CertificateStore.MICROSOFT_PUBLISHER_KEYCHAIN, Pki.pkcs12(alice, PASSWORD), PASSWORD);

            assertThat(iphone.visibleToOutlook()).extracting(InstalledCertificate::id).containsExactly("certificate-2");
            assertThat(iphone.certificateFor(ALICE, Purpose.SIGNING).certificate().orElseThrow().id())
                    .isEqualTo("certificate-2");
        }

        @Test
        void aPublicCertificateIsVisibleButNotTheUsersToUse() {
            DeviceCertificateStores android = device(Platform.ANDROID);

            Outcome outcome = android.installCertificate(CertificateStore.ANDROID_KEYSTORE,
                    alice.pem().getBytes(StandardCharsets.US_ASCII));

            assertThat(outcome.code()).isEqualTo(OutcomeCode.OK);
            assertThat(android.visibleToOutlook()).singleElement()
                    .satisfies(installed -> assertThat(installed.hasPrivateKey()).isFalse());
            assertThat(android.certificateFor(ALICE, Purpose.SIGNING).outcome().code())
                    .isEqualTo(OutcomeCode.CERT_NOT_AVAILABLE);
        }

        @Test
        void installingTheSameCertificateAgainKeepsOneEntryAndGainsTheKey() {
            DeviceCertificateStores android = device(Platform.ANDROID);
            android.installCertificate(CertificateStore.ANDROID_KEYSTORE, alice.der());

            android.installPkcs12(CertificateStore.ANDROID_KEYSTORE, Pki.pkcs12(alice, PASSWORD), PASSWORD);
            android.installCertificate(CertificateStore.ANDROID_KEYSTORE, alice.der());

            assertThat(android.visibleToOutlook()).singleElement().satisfies(installed -> {
                assertThat(installed.id()).isEqualTo("certificate-1");
                assertThat(installed.hasPrivateKey()).isTrue();
            });
        }

        @Test
        void somethingThatIsNoCertificateIsNotInstalled() {
            DeviceCertificateStores android = device(Platform.ANDROID);

            assertThat(android.installCertificate(CertificateStore.ANDROID_KEYSTORE,
                    "nope".getBytes(StandardCharsets.US_ASCII)).code()).isEqualTo(OutcomeCode.MALFORMED_CERTIFICATE);
            assertThat(android.all()).isEmpty();
        }

        @Test
        void theChoiceIsMadeAtTheWorldsClock() {
            IssuedCertificate shortLived = certificates.smime("alice@contoso.com", spec -> spec.validity(
                    UserCertificates.NOW.minus(UserCertificates.DAY), UserCertificates.NOW.plus(UserCertificates.DAY)));
            DeviceCertificateStores later = new DeviceCertificateStores(Platform.ANDROID,
                    new CertificateChooser(new PrimarySmtpAddressMatcher()),
                    Clock.fixed(UserCertificates.NOW.plus(UserCertificates.DAY.multipliedBy(2)), ZoneOffset.UTC));
            later.installPkcs12(CertificateStore.ANDROID_KEYSTORE, Pki.pkcs12(shortLived, PASSWORD), PASSWORD);

            assertThat(later.certificateFor(ALICE, Purpose.SIGNING).outcome().code())
                    .isEqualTo(OutcomeCode.CERT_NOT_AVAILABLE);
        }
    }

    @Nested
    class TheDetailsView {

        @Test
        void showsWhatTheCertificateSays() {
            IssuedCertificate detailed = certificates.smime("alice@contoso.com", spec -> spec
                    .sanEmails(List.of("alice@contoso.com", "alice@fabrikam.com"))
                    .subjectEmail("alice@contoso.com")
                    .algorithm(KeyAlgorithm.RSA_2048)
                    .keyUsage(EnumSet.of(KeyUsageBit.DIGITAL_SIGNATURE, KeyUsageBit.NON_REPUDIATION,
                            KeyUsageBit.KEY_ENCIPHERMENT))
                    .extendedKeyUsage(List.of(CertificateSpec.EMAIL_PROTECTION, "1.3.6.1.5.5.7.3.2", "1.2.3.4.5"))
                    .serialNumber(new BigInteger("0A1B2C3D", 16)));
            DeviceCertificateStores android = device(Platform.ANDROID);
            android.installPkcs12(CertificateStore.ANDROID_KEYSTORE, Pki.pkcs12(detailed, PASSWORD), PASSWORD);

            CertificateDetails details = android.details("certificate-1");

            X509Certificate certificate = detailed.certificate();
            assertThat(details.subject()).contains("CN=alice@contoso.com", "O=Contoso");
            assertThat(details.issuer()).isEqualTo("CN=Contoso Issuing CA,O=Contoso");
            assertThat(details.emailAddresses()).containsExactly("alice@contoso.com", "alice@fabrikam.com");
            assertThat(details.keyUsage()).containsExactly("digitalSignature", "nonRepudiation", "keyEncipherment");
            assertThat(details.extendedKeyUsage()).containsExactly("emailProtection", "clientAuth", "1.2.3.4.5");
            assertThat(details.notBefore()).isEqualTo(certificate.getNotBefore().toInstant());
            assertThat(details.notAfter()).isEqualTo(certificate.getNotAfter().toInstant());
            assertThat(details.serialNumber()).isEqualTo("A1B2C3D");
        }

        @Test
        void everyKeyUsageBitHasItsRfcName() {
            IssuedCertificate all = certificates.smime("alice@contoso.com",
                    spec -> spec.keyUsage(EnumSet.allOf(KeyUsageBit.class)).extendedKeyUsage(List.of()));

            assertThat(CertificateDetailsReader.keyUsage(all.certificate())).containsExactly("digitalSignature",
                    "nonRepudiation", "keyEncipherment", "dataEncipherment", "keyAgreement", "keyCertSign", "cRLSign",
                    "encipherOnly", "decipherOnly");
            assertThat(CertificateDetailsReader.extendedKeyUsage(all.certificate())).isEmpty();
            assertThat(CertificateDetailsReader.keyUsage(certificates.smime("alice@contoso.com",
                    spec -> spec.keyUsage(java.util.Set.of())).certificate())).isEmpty();
        }

        @Test
        void theOtherKnownExtendedKeyUsagesHaveTheirNames() {
            IssuedCertificate named = certificates.smime("alice@contoso.com", spec -> spec.extendedKeyUsage(List.of(
                    "1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.3", "2.5.29.37.0")));

            assertThat(CertificateDetailsReader.extendedKeyUsage(named.certificate()))
                    .containsExactly("serverAuth", "codeSigning", "anyExtendedKeyUsage");
        }
    }
}
