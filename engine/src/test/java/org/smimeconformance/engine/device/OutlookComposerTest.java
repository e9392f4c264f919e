package org.smimeconformance.engine.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.device.Account;
import org.smimeconformance.contract.device.CertificateStore;
import org.smimeconformance.contract.device.DeviceProfile;
import org.smimeconformance.contract.device.EnrollmentProvider;
import org.smimeconformance.contract.device.EnrollmentType;
import org.smimeconformance.contract.device.Platform;
import org.smimeconformance.contract.mail.ComposeOptions;
import org.smimeconformance.contract.settings.ManagedConfiguration;
import org.smimeconformance.engine.ReferenceImplementation;
import org.smimeconformance.engine.UserCertificates;
import org.smimeconformance.engine.identity.PrimarySmtpAddressMatcher;
import org.smimeconformance.engine.mail.MailParts;
import org.smimeconformance.engine.settings.ManagedValueRule;
import org.smimeconformance.engine.settings.OrganizeByThreadRule;
import org.smimeconformance.fakes.pki.IssuedCertificate;
import org.smimeconformance.fakes.pki.KeyAlgorithm;
import org.smimeconformance.fakes.pki.KeyUsageBit;
import org.smimeconformance.fakes.pki.Pki;

class OutlookComposerTest {

    private static final char[] PASSWORD = "c0rrect-Horse-battery".toCharArray();
    private static final String ALICE = "alice@contoso.com";

    private final UserCertificates certificates = new UserCertificates();
    private final OutlookOnDevice app = new OutlookOnDevice(new DeviceProfile("phone", Platform.ANDROID,
            EnrollmentProvider.ENDPOINT_MANAGER, EnrollmentType.ANDROID_ENTERPRISE_WORK_PROFILE),
            new PrimarySmtpAddressMatcher(), ManagedValueRule.reference(), OrganizeByThreadRule.reference(),
            MailParts.reference(), new ReferenceImplementation().open(certificates.world()).trust(),
            Clock.fixed(UserCertificates.NOW, ZoneOffset.UTC));

    OutlookComposerTest() {
        app.addAccount(new Account(ALICE, List.of("a.smith@contoso.com")));
    }

    private void install(IssuedCertificate certificate) {
        app.stores().installPkcs12(CertificateStore.ANDROID_KEYSTORE, Pki.pkcs12(certificate, PASSWORD), PASSWORD);
    }

    private IssuedCertificate signingAndEncryption() {
        return certificates.smime(ALICE, spec -> spec.algorithm(KeyAlgorithm.RSA_2048));
    }

    @Test
    void withSmimeOffNeitherSigningNorEncryptionIsOffered() {
        install(signingAndEncryption());

        ComposeOptions options = app.composer().options(ALICE);

        assertThat(options.sign().code()).isEqualTo(OutcomeCode.SMIME_DISABLED);
        assertThat(options.encrypt().code()).isEqualTo(OutcomeCode.SMIME_DISABLED);
        assertThat(options.signByDefault()).isFalse();
        assertThat(options.encryptByDefault()).isFalse();
    }

    @Test
    void withSmimeOnAndNoCertificateTheCertificateIsNotAvailableForEither() {
        app.settings().setSmimeEnabled(ALICE, true);

        ComposeOptions options = app.composer().options(ALICE);

        assertThat(options.sign().code()).isEqualTo(OutcomeCode.CERT_NOT_AVAILABLE);
        assertThat(options.encrypt().code()).isEqualTo(OutcomeCode.CERT_NOT_AVAILABLE);
    }

    @Test
    void aCertificateForAnAliasOnlyIsNotAvailable() {
        install(certificates.smime("a.smith@contoso.com", spec -> spec.algorithm(KeyAlgorithm.RSA_2048)));
        app.settings().setSmimeEnabled(ALICE, true);

        ComposeOptions options = app.composer().options(ALICE);

        assertThat(options.sign().code()).isEqualTo(OutcomeCode.CERT_NOT_AVAILABLE);
        assertThat(options.encrypt().code()).isEqualTo(OutcomeCode.CERT_NOT_AVAILABLE);
    }

    @Test
    void withSmimeOnAndACertificateBothAreOfferedAndNothingIsOnByDefault() {
        install(signingAndEncryption());
        app.settings().setSmimeEnabled(ALICE, true);

        ComposeOptions options = app.composer().options(ALICE);

        assertThat(options.sign().code()).isEqualTo(OutcomeCode.CERT_AVAILABLE);
        assertThat(options.encrypt().code()).isEqualTo(OutcomeCode.CERT_AVAILABLE);
        assertThat(options.signByDefault()).isFalse();
        assertThat(options.encryptByDefault()).isFalse();
    }

    @Test
    void signingAutomaticallyStartsNewMessagesSigned() {
        install(signingAndEncryption());
        app.settings().setSmimeEnabled(ALICE, true);
        app.settings().setSignAutomatically(ALICE, true);

        ComposeOptions options = app.composer().options(ALICE);

        assertThat(options.signByDefault()).isTrue();
        assertThat(options.encryptByDefault()).isFalse();
    }

    @Test
    void encryptingAutomaticallyNeedsAnEncryptionCertificate() {
        install(certificates.smime(ALICE, spec -> spec.keyUsage(EnumSet.of(KeyUsageBit.DIGITAL_SIGNATURE))));
        app.settings().setSmimeEnabled(ALICE, true);
        app.settings().setSignAutomatically(ALICE, true);
        app.settings().setEncryptAutomatically(ALICE, true);

        ComposeOptions options = app.composer().options(ALICE);

        assertThat(options.sign().code()).isEqualTo(OutcomeCode.CERT_AVAILABLE);
        assertThat(options.encrypt().code()).isEqualTo(OutcomeCode.CERT_NOT_AVAILABLE);
        assertThat(options.signByDefault()).isTrue();
        assertThat(options.encryptByDefault()).isFalse();
    }

    @Test
    void thePolicysEncryptAndSignAllEmailsStartNewMessagesEncryptedAndSigned() {
        install(signingAndEncryption());
        app.settings().applyManagedConfiguration(ManagedConfiguration.of(Map.of(
                "com.microsoft.outlook.Mail.SMIMEEnabled", true,
                "com.microsoft.outlook.Mail.SMIMEEnabled.EncryptAllMail", true,
                "com.microsoft.outlook.Mail.SMIMEEnabled.SignAllMail", "TRUE")));

        ComposeOptions options = app.composer().options(ALICE);

        assertThat(options.signByDefault()).isTrue();
        assertThat(options.encryptByDefault()).isTrue();
    }

    @Test
    void anAddressThatIsNoAccountIsUnknown() {
        ComposeOptions options = app.composer().options("a.smith@contoso.com");

        assertThat(options.sign().code()).isEqualTo(OutcomeCode.UNKNOWN_ACCOUNT);
        assertThat(options.encrypt().code()).isEqualTo(OutcomeCode.UNKNOWN_ACCOUNT);
    }

    @Test
    void theAccountIsFoundWhateverTheCaseOfItsAddress() {
        install(signingAndEncryption());
        app.settings().setSmimeEnabled("Alice@Contoso.com", true);

        assertThat(app.composer().options("ALICE@CONTOSO.COM").sign().code()).isEqualTo(OutcomeCode.CERT_AVAILABLE);
    }
}
