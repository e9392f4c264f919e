package org.smimeconformance.engine.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.device.Account;
import org.smimeconformance.contract.device.CertificateStore;
import org.smimeconformance.contract.device.DeviceProfile;
import org.smimeconformance.contract.device.EnrollmentProvider;
import org.smimeconformance.contract.device.EnrollmentType;
import org.smimeconformance.contract.device.Platform;
import org.smimeconformance.contract.lookup.LookupSource;
import org.smimeconformance.contract.mail.MessageForm;
import org.smimeconformance.contract.mail.ReadResult;
import org.smimeconformance.contract.trust.CertificateUse;
import org.smimeconformance.contract.trust.TrustVerdict;
import org.smimeconformance.contract.trust.TrustVerification;
import org.smimeconformance.engine.UserCertificates;
import org.smimeconformance.engine.identity.PrimarySmtpAddressMatcher;
import org.smimeconformance.engine.mail.MailParts;
import org.smimeconformance.engine.settings.ManagedValueRule;
import org.smimeconformance.engine.settings.OrganizeByThreadRule;
import org.smimeconformance.fakes.mail.MessageSigner;
import org.smimeconformance.fakes.mail.SmimeMessageMaker;
import org.smimeconformance.fakes.pki.IssuedCertificate;
import org.smimeconformance.fakes.pki.KeyAlgorithm;
import org.smimeconformance.fakes.pki.Pki;

/**
 * The reading pane on one device, on messages made by the fakes' own S/MIME maker: the status, the
 * form, the text, the signer and the warnings, S/MIME off, the account a message belongs to,
 * installing the sender's certificate and finding it again. Trust verification is a stub that
 * records what it was asked.
 */
class ReadingTest {

    private static final char[] PASSWORD = "c0rrect-Horse-battery".toCharArray();
    private static final String ALICE = "alice@contoso.com";
    private static final String BOB = "bob@contoso.com";
    private static final String TEXT = "The quarterly figures are attached.";

    private final UserCertificates certificates = new UserCertificates();
    private final IssuedCertificate alice = certificates.smime(ALICE, spec -> spec.algorithm(KeyAlgorithm.RSA_2048));
    private final IssuedCertificate bob = certificates.smime(BOB, spec -> spec.algorithm(KeyAlgorithm.RSA_2048));
    private final List<CertificateUse> verified = new ArrayList<>();
    private Outcome trustAnswer = Outcome.of(OutcomeCode.TRUSTED, "trusted");
    private final TrustVerification trust = check -> {
        verified.add(check.use());
        return new TrustVerdict(trustAnswer, List.of());
    };
    private final OutlookOnDevice app = new OutlookOnDevice(new DeviceProfile("phone", Platform.IOS,
            EnrollmentProvider.NONE, EnrollmentType.UNENROLLED), new PrimarySmtpAddressMatcher(),
            ManagedValueRule.reference(), OrganizeByThreadRule.reference(), MailParts.reference(), trust,
            Clock.fixed(UserCertificates.NOW, ZoneOffset.UTC));

    ReadingTest() {
        app.addAccount(new Account(ALICE, List.of()));
        app.settings().setSmimeEnabled(ALICE, true);
    }

    private void installAlicesKey() {
        app.stores().installPkcs12(CertificateStore.MICROSOFT_PUBLISHER_KEYCHAIN, Pki.pkcs12(alice, PASSWORD), PASSWORD);
    }

    private SmimeMessageMaker fromBob(String to) {
        return SmimeMessageMaker.message(BOB, List.of(to), "Figures", UserCertificates.NOW, TEXT);
    }

    private MessageSigner signer(IssuedCertificate who) {
        return new MessageSigner(who.keyPair().getPrivate(), who.certificate(), List.of(certificates.ca().certificate()));
    }

    @Test
    void aClearSignedMessageIsValidWithItsTextSignerAndCarriedCertificates() {
        ReadResult read = app.reader().open(fromBob(ALICE).clearSignedBy(signer(bob)).bytes());

        assertThat(read.status().code()).isEqualTo(OutcomeCode.SIGNATURE_VALID);
        assertThat(read.form()).isEqualTo(MessageForm.CLEAR_SIGNED);
        assertThat(read.body()).hasValueSatisfying(text -> assertThat(text).contains(TEXT));
        assertThat(read.signerCertificate()).hasValue(bob.der());
        assertThat(read.carriedCertificates()).hasSize(2);
        assertThat(read.certificateWarnings()).isEmpty();
        assertThat(verified).containsExactly(CertificateUse.SENDER);
    }

    @Test
    void anOpaqueSignedMessageIsReadToo() {
        ReadResult read = app.reader().open(fromBob(ALICE).opaqueSignedBy(signer(bob)).bytes());

        assertThat(read.status().code()).isEqualTo(OutcomeCode.SIGNATURE_VALID);
        assertThat(read.form()).isEqualTo(MessageForm.OPAQUE_SIGNED);
        assertThat(read.body()).hasValueSatisfying(text -> assertThat(text).contains(TEXT));
    }

    @Test
    void anAlteredMessageHasAnInvalidSignature() {
        ReadResult clear = app.reader().open(fromBob(ALICE).clearSignedBy(signer(bob)).alteredAfterSigning().bytes());
        ReadResult opaque = app.reader().open(fromBob(ALICE).opaqueSignedBy(signer(bob)).alteredAfterSigning().bytes());

        assertThat(clear.status().code()).isEqualTo(OutcomeCode.SIGNATURE_INVALID);
        assertThat(opaque.status().code()).isEqualTo(OutcomeCode.SIGNATURE_INVALID);
    }

    @Test
    void anEncryptedMessageOpensOnlyWithTheKeyOnTheDevice() {
        byte[] message = fromBob(ALICE).encryptedTo(List.of(alice.certificate())).bytes();

        ReadResult locked = app.reader().open(message);
        installAlicesKey();
        ReadResult opened = app.reader().open(message);

        assertThat(locked.status().code()).isEqualTo(OutcomeCode.CANNOT_DECRYPT);
        assertThat(locked.body()).isEmpty();
        assertThat(opened.status().code()).isEqualTo(OutcomeCode.ENCRYPTED);
        assertThat(opened.body()).hasValueSatisfying(text -> assertThat(text).contains(TEXT));
        assertThat(verified).as("decrypting relies on no certificate").isEmpty();
    }

    @Test
    void aSignedAndEncryptedMessageShowsBoth() {
        installAlicesKey();

        ReadResult read = app.reader().open(fromBob(ALICE).clearSignedBy(signer(bob))
                .encryptedTo(List.of(alice.certificate())).bytes());

        assertThat(read.status().code()).isEqualTo(OutcomeCode.SIGNED_AND_ENCRYPTED);
        assertThat(read.form()).isEqualTo(MessageForm.SIGNED_AND_ENCRYPTED);
        assertThat(read.signerCertificate()).hasValue(bob.der());
    }

    @Test
    void theSignersProblemsAreEachTheirOwnWarning() {
        trustAnswer = Outcome.of(OutcomeCode.REVOKED, "revoked");
        IssuedCertificate carol = certificates.smime("carol@contoso.com", spec -> spec.algorithm(KeyAlgorithm.RSA_2048));

        ReadResult read = app.reader().open(fromBob(ALICE).clearSignedBy(signer(carol)).bytes());

        assertThat(read.status().code()).isEqualTo(OutcomeCode.SIGNATURE_VALID);
        assertThat(read.certificateWarnings()).extracting(Outcome::code)
                .containsExactly(OutcomeCode.REVOKED, OutcomeCode.SIGNER_ADDRESS_MISMATCH);
    }

    @Test
    void withSmimeOffNothingIsVerifiedOrDecryptedButAClearSignedTextIsShown() {
        installAlicesKey();
        app.settings().setSmimeEnabled(ALICE, false);

        ReadResult clear = app.reader().open(fromBob(ALICE).clearSignedBy(signer(bob)).bytes());
        ReadResult encrypted = app.reader().open(fromBob(ALICE).encryptedTo(List.of(alice.certificate())).bytes());

        assertThat(clear.status().code()).isEqualTo(OutcomeCode.SMIME_DISABLED);
        assertThat(clear.form()).isEqualTo(MessageForm.CLEAR_SIGNED);
        assertThat(clear.body()).hasValueSatisfying(text -> assertThat(text).contains(TEXT));
        assertThat(clear.signerCertificate()).isEmpty();
        assertThat(encrypted.status().code()).isEqualTo(OutcomeCode.SMIME_DISABLED);
        assertThat(encrypted.body()).isEmpty();
        assertThat(verified).isEmpty();
    }

    @Test
    void theAccountTheMessageWasSentToDecidesAndABccCopyBelongsToTheFirst() {
        installAlicesKey();
        app.addAccount(new Account("alice@fabrikam.com", List.of()));

        ReadResult toFabrikam = app.reader().open(fromBob("alice@fabrikam.com").encryptedTo(List.of(alice.certificate())).bytes());
        ReadResult toNobodyHere = app.reader().open(fromBob("team@contoso.com").encryptedTo(List.of(alice.certificate())).bytes());

        assertThat(toFabrikam.status().code()).isEqualTo(OutcomeCode.SMIME_DISABLED);
        assertThat(toNobodyHere.status().code()).isEqualTo(OutcomeCode.ENCRYPTED);
    }

    @Test
    void plainMailAndGarbage() {
        ReadResult plain = app.reader().open(fromBob(ALICE).bytes());
        ReadResult garbage = app.reader().open(("Content-Type: application/pkcs7-mime; smime-type=signed-data\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\nbm90IENNUw==\r\n").getBytes(StandardCharsets.US_ASCII));

        assertThat(plain.status().code()).isEqualTo(OutcomeCode.NOT_SMIME);
        assertThat(plain.form()).isEqualTo(MessageForm.PLAIN);
        assertThat(garbage.status().code()).isEqualTo(OutcomeCode.MALFORMED_MESSAGE);
        assertThat(garbage.form()).isEqualTo(MessageForm.UNREADABLE);
    }

    @Test
    void theSendersCertificateIsInstalledFromAValidSignatureAndFoundOnTheDevice() {
        assertThat(app.lookup().find(BOB).outcome().code()).isEqualTo(OutcomeCode.CERT_NOT_FOUND);

        Outcome altered = app.reader().installSenderCertificate(fromBob(ALICE).clearSignedBy(signer(bob))
                .alteredAfterSigning().bytes());
        Outcome unsigned = app.reader().installSenderCertificate(fromBob(ALICE).bytes());
        Outcome installed = app.reader().installSenderCertificate(fromBob(ALICE).clearSignedBy(signer(bob)).bytes());

        assertThat(altered.code()).isEqualTo(OutcomeCode.SIGNATURE_INVALID);
        assertThat(unsigned.code()).isEqualTo(OutcomeCode.NO_SENDER_CERTIFICATE);
        assertThat(installed.code()).as(installed.message()).isEqualTo(OutcomeCode.OK);
        assertThat(app.stores().visibleToOutlook()).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.certificate()).isEqualTo(bob.der());
                    assertThat(entry.hasPrivateKey()).isFalse();
                    assertThat(entry.store()).isEqualTo(CertificateStore.MICROSOFT_PUBLISHER_KEYCHAIN);
                    assertThat(app.stores().chain(entry.id())).containsExactly(certificates.ca().certificate());
                });
        var found = app.lookup().find(BOB);
        assertThat(found.outcome().code()).isEqualTo(OutcomeCode.CERT_FOUND);
        assertThat(found.certificate()).hasValue(bob.der());
        assertThat(found.source()).contains(LookupSource.DEVICE);
    }

    @Test
    void anInstalledCertificateThatIsNotTrustedIsNotFound() {
        app.reader().installSenderCertificate(fromBob(ALICE).clearSignedBy(signer(bob)).bytes());
        trustAnswer = Outcome.of(OutcomeCode.REVOKED, "revoked");

        var found = app.lookup().find(BOB);

        assertThat(found.outcome().code()).isEqualTo(OutcomeCode.REVOKED);
        assertThat(found.certificate()).isEmpty();
    }
}
