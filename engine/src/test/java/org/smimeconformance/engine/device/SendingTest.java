package org.smimeconformance.engine.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.mail.smime.SMIMESigned;
import org.junit.jupiter.api.Test;
import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.device.Account;
import org.smimeconformance.contract.device.CertificateStore;
import org.smimeconformance.contract.device.DeviceProfile;
import org.smimeconformance.contract.device.EnrollmentProvider;
import org.smimeconformance.contract.device.EnrollmentType;
import org.smimeconformance.contract.device.Platform;
import org.smimeconformance.contract.mail.ComposeResult;
import org.smimeconformance.contract.mail.Draft;
import org.smimeconformance.contract.trust.CertificateUse;
import org.smimeconformance.contract.trust.TrustVerdict;
import org.smimeconformance.contract.trust.TrustVerification;
import org.smimeconformance.engine.UserCertificates;
import org.smimeconformance.engine.identity.PrimarySmtpAddressMatcher;
import org.smimeconformance.engine.mail.MailParts;
import org.smimeconformance.engine.settings.ManagedValueRule;
import org.smimeconformance.engine.settings.OrganizeByThreadRule;
import org.smimeconformance.fakes.mail.ExaminedMessage;
import org.smimeconformance.fakes.pki.IssuedCertificate;
import org.smimeconformance.fakes.pki.KeyAlgorithm;
import org.smimeconformance.fakes.pki.KeyUsageBit;
import org.smimeconformance.fakes.pki.Pki;

/**
 * Saving and sending on one device: the checks on the sender's certificates, and the message
 * produced, taken apart with the fakes' own S/MIME reader. Trust verification is a stub that trusts
 * everything unless a test says otherwise, and records what it was asked.
 */
class SendingTest {

    private static final char[] PASSWORD = "c0rrect-Horse-battery".toCharArray();
    private static final String ALICE = "alice@contoso.com";
    private static final String BOB = "bob@contoso.com";
    private static final String TEXT = "The quarterly figures are attached.";

    private final UserCertificates certificates = new UserCertificates();
    private final List<CertificateUse> verified = new ArrayList<>();
    private Outcome trustAnswer = Outcome.of(OutcomeCode.TRUSTED, "trusted");
    private final TrustVerification trust = check -> {
        verified.add(check.use());
        return new TrustVerdict(trustAnswer, List.of());
    };

    private OutlookOnDevice app(Instant now) {
        OutlookOnDevice app = new OutlookOnDevice(new DeviceProfile("phone", Platform.ANDROID, EnrollmentProvider.NONE,
                EnrollmentType.UNENROLLED), new PrimarySmtpAddressMatcher(), ManagedValueRule.reference(),
                OrganizeByThreadRule.reference(), MailParts.reference(), trust, Clock.fixed(now, ZoneOffset.UTC));
        app.addAccount(new Account(ALICE, List.of()));
        app.settings().setSmimeEnabled(ALICE, true);
        return app;
    }

    private OutlookOnDevice app() {
        return app(UserCertificates.NOW);
    }

    private IssuedCertificate rsa(String address) {
        return certificates.smime(address, spec -> spec.algorithm(KeyAlgorithm.RSA_2048));
    }

    private static void install(OutlookOnDevice app, IssuedCertificate certificate) {
        app.stores().installPkcs12(CertificateStore.ANDROID_KEYSTORE, Pki.pkcs12(certificate, PASSWORD), PASSWORD);
    }

    private static Draft draft(boolean sign, boolean encrypt, String... to) {
        return new Draft(ALICE, List.of(to), "Figures", TEXT, sign, encrypt);
    }

    private static ExaminedMessage examined(ComposeResult result) {
        assertThat(result.mime()).as(result.outcome().toString()).isPresent();
        return ExaminedMessage.of(result.mime().get());
    }

    @Test
    void aSignedMessageIsClearSignedWithTheMicalgOfItsDigestAndVerifies() {
        OutlookOnDevice app = app();
        IssuedCertificate alice = rsa(ALICE);
        install(app, alice);

        ComposeResult result = app.composer().send(draft(true, false, BOB));

        assertThat(result.outcome().code()).isEqualTo(OutcomeCode.SENT);
        ExaminedMessage message = examined(result);
        assertThat(message.clearSigned()).isTrue();
        assertThat(message.opaqueSigned()).isFalse();
        ExaminedMessage.Signature signature = message.signature();
        assertThat(signature.verifies()).isTrue();
        assertThat(signature.signer()).contains(alice.certificate());
        assertThat(message.parameter("micalg")).contains(signature.digest()).contains("sha-256");
        assertThat(signature.text()).hasValueSatisfying(text -> assertThat(text).contains(TEXT));
        assertThat(verified).containsExactly(CertificateUse.OWN_SIGNING);
    }

    @Test
    void theDateHeaderAndTheSigningTimeAreTheWorldsClock() throws Exception {
        Instant now = UserCertificates.NOW.plus(Duration.ofHours(5));
        OutlookOnDevice app = app(now);
        install(app, rsa(ALICE));

        ComposeResult result = app.composer().send(draft(true, false, BOB));

        MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(result.mime().orElseThrow()));
        assertThat(parsed.getSentDate()).isEqualTo(Date.from(now));
        SMIMESigned signed = new SMIMESigned((MimeMultipart) parsed.getContent());
        Attribute signingTime = signed.getSignerInfos().getSigners().iterator().next().getSignedAttributes()
                .get(CMSAttributes.signingTime);
        assertThat(Time.getInstance(signingTime.getAttrValues().getObjectAt(0)).getDate()).isEqualTo(Date.from(now));
    }

    @Test
    void anEncryptedMessageIsForEveryRecipientAndTheSender() {
        OutlookOnDevice app = app();
        IssuedCertificate alice = rsa(ALICE);
        IssuedCertificate bob = rsa(BOB);
        IssuedCertificate carol = rsa("carol@contoso.com");
        install(app, alice);
        app.stores().installCertificate(CertificateStore.ANDROID_KEYSTORE, bob.der());
        app.stores().installCertificate(CertificateStore.ANDROID_KEYSTORE, carol.der());

        ComposeResult result = app.composer().send(draft(false, true, BOB, "carol@contoso.com", "Bob@Contoso.com"));

        assertThat(result.outcome().code()).as(result.outcome().message()).isEqualTo(OutcomeCode.SENT);
        ExaminedMessage message = examined(result);
        assertThat(message.enveloped()).isTrue();
        assertThat(message.envelope().contentEncryption()).isEqualTo("AES-256-CBC");
        assertThat(message.envelope().recipients()).hasSize(3)
                .anySatisfy(r -> assertThat(r.names(alice.certificate())).isTrue())
                .anySatisfy(r -> assertThat(r.names(bob.certificate())).isTrue())
                .anySatisfy(r -> assertThat(r.names(carol.certificate())).isTrue());
        for (IssuedCertificate reader : List.of(alice, bob, carol)) {
            assertThat(message.decrypt(reader.keyPair().getPrivate(), reader.certificate()).orElseThrow().text())
                    .hasValueSatisfying(text -> assertThat(text).contains(TEXT));
        }
        assertThat(verified).contains(CertificateUse.OWN_ENCRYPTION, CertificateUse.RECIPIENT);
    }

    @Test
    void signedAndEncryptedIsSignedFirstThenEncrypted() {
        OutlookOnDevice app = app();
        IssuedCertificate alice = rsa(ALICE);
        IssuedCertificate bob = rsa(BOB);
        install(app, alice);
        app.stores().installCertificate(CertificateStore.ANDROID_KEYSTORE, bob.der());

        ComposeResult result = app.composer().send(draft(true, true, BOB));

        ExaminedMessage inside = examined(result).decrypt(bob.keyPair().getPrivate(), bob.certificate()).orElseThrow();
        assertThat(inside.clearSigned()).isTrue();
        assertThat(inside.signature().verifies()).isTrue();
        assertThat(inside.signature().signer()).contains(alice.certificate());
    }

    @Test
    void aSavedEncryptedDraftIsForTheSenderAloneAndNeedsNoRecipientCertificate() {
        OutlookOnDevice app = app();
        IssuedCertificate alice = rsa(ALICE);
        install(app, alice);

        ComposeResult result = app.composer().save(draft(true, true, BOB));

        assertThat(result.outcome().code()).as(result.outcome().message()).isEqualTo(OutcomeCode.SAVED);
        ExaminedMessage message = examined(result);
        assertThat(message.envelope().recipients()).singleElement()
                .satisfies(r -> assertThat(r.names(alice.certificate())).isTrue());
        assertThat(message.decrypt(alice.keyPair().getPrivate(), alice.certificate()).orElseThrow().clearSigned()).isTrue();
    }

    @Test
    void aPlainMessageIsPlainTextAndNeedsNoCertificateNorSmime() {
        OutlookOnDevice app = app();
        app.settings().setSmimeEnabled(ALICE, false);

        ComposeResult result = app.composer().send(draft(false, false, BOB));

        assertThat(result.outcome().code()).isEqualTo(OutcomeCode.SENT);
        assertThat(examined(result).mimeType()).isEqualTo("text/plain");
        assertThat(verified).isEmpty();
    }

    @Test
    void refusalsProduceNothing() {
        OutlookOnDevice app = app();
        install(app, rsa(ALICE));

        ComposeResult unknown = app.composer().send(new Draft("mallory@contoso.com", List.of(BOB), "s", TEXT, true, false));
        ComposeResult nobody = app.composer().send(draft(true, false));
        ComposeResult noBobCertificate = app.composer().send(draft(false, true, BOB));
        app.settings().setSmimeEnabled(ALICE, false);
        ComposeResult off = app.composer().send(draft(true, false, BOB));

        assertThat(unknown.outcome().code()).isEqualTo(OutcomeCode.UNKNOWN_ACCOUNT);
        assertThat(nobody.outcome().code()).isEqualTo(OutcomeCode.NO_RECIPIENTS);
        assertThat(noBobCertificate.outcome().code()).isEqualTo(OutcomeCode.NO_RECIPIENT_CERTIFICATE);
        assertThat(noBobCertificate.recipientsWithoutValidCertificate()).containsExactly(BOB);
        assertThat(off.outcome().code()).isEqualTo(OutcomeCode.SMIME_DISABLED);
        assertThat(List.of(unknown, nobody, noBobCertificate, off)).allSatisfy(r -> assertThat(r.mime()).isEmpty());
    }

    @Test
    void aCertificateUnfitForTheOperationIsWrongKeyUsage() {
        OutlookOnDevice app = app();
        install(app, certificates.smime(ALICE, spec -> spec.algorithm(KeyAlgorithm.RSA_2048)
                .keyUsage(EnumSet.of(KeyUsageBit.KEY_ENCIPHERMENT))));

        ComposeResult result = app.composer().send(draft(true, false, BOB));

        assertThat(result.outcome().code()).isEqualTo(OutcomeCode.WRONG_KEY_USAGE);
        assertThat(result.mime()).isEmpty();
    }

    @Test
    void aCertificateWithoutItsPrivateKeyCannotSign() {
        OutlookOnDevice app = app();
        app.stores().installCertificate(CertificateStore.ANDROID_KEYSTORE, rsa(ALICE).der());

        ComposeResult result = app.composer().send(draft(true, false, BOB));

        assertThat(result.outcome().code()).isEqualTo(OutcomeCode.PRIVATE_KEY_MISSING);
    }

    @Test
    void anExpiredCertificateIsRefusedAndOneThatExpiresWithin30DaysIsAlerted() {
        IssuedCertificate alice = certificates.smime(ALICE, spec -> spec.algorithm(KeyAlgorithm.RSA_2048)
                .validity(UserCertificates.NOW.minus(UserCertificates.YEAR), UserCertificates.NOW.plus(Duration.ofDays(30))));
        OutlookOnDevice inTime = app();
        OutlookOnDevice tooLate = app(UserCertificates.NOW.plus(Duration.ofDays(30)).plusSeconds(1));
        install(inTime, alice);
        install(tooLate, alice);

        ComposeResult alerted = inTime.composer().send(draft(true, false, BOB));
        ComposeResult refused = tooLate.composer().send(draft(true, false, BOB));

        assertThat(alerted.outcome().code()).isEqualTo(OutcomeCode.SENT);
        assertThat(alerted.alerts()).extracting(Outcome::code).containsExactly(OutcomeCode.EXPIRES_SOON);
        assertThat(refused.outcome().code()).isEqualTo(OutcomeCode.EXPIRED);
    }

    @Test
    void oneCertificateForBothOperationsIsAlertedOnce() {
        IssuedCertificate alice = certificates.smime(ALICE, spec -> spec.algorithm(KeyAlgorithm.RSA_2048)
                .validity(UserCertificates.NOW.minus(UserCertificates.YEAR), UserCertificates.NOW.plus(Duration.ofDays(3))));
        OutlookOnDevice app = app();
        install(app, alice);

        ComposeResult result = app.composer().save(draft(true, true, BOB));

        assertThat(result.alerts()).extracting(Outcome::code).containsExactly(OutcomeCode.EXPIRES_SOON);
    }

    @Test
    void anUntrustedCertificateCannotSignAndTheVerdictsCodeIsTheAnswer() {
        OutlookOnDevice app = app();
        install(app, rsa(ALICE));
        trustAnswer = Outcome.of(OutcomeCode.REVOKED, "revoked on the CRL at hand");

        ComposeResult result = app.composer().send(draft(true, false, BOB));

        assertThat(result.outcome().code()).isEqualTo(OutcomeCode.REVOKED);
        assertThat(result.outcome().message()).contains("revoked on the CRL at hand");
    }
}
