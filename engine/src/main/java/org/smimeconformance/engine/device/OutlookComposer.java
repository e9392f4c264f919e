package org.smimeconformance.engine.device;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;

import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.device.Account;
import org.smimeconformance.contract.device.CertificateStores;
import org.smimeconformance.contract.device.Purpose;
import org.smimeconformance.contract.lookup.LookupResult;
import org.smimeconformance.contract.mail.ComposeOptions;
import org.smimeconformance.contract.mail.ComposeResult;
import org.smimeconformance.contract.mail.Composer;
import org.smimeconformance.contract.mail.Draft;
import org.smimeconformance.engine.mail.MessageFailure;
import org.smimeconformance.engine.mail.RecipientCertificates;
import org.smimeconformance.engine.mail.SignatureEncoding;
import org.smimeconformance.engine.mail.SigningKey;
import org.smimeconformance.engine.mail.SmimeWriter;
import org.smimeconformance.engine.settings.OutlookSettings;
import org.smimeconformance.engine.trust.CertificateFields;
import org.smimeconformance.engine.trust.CertificateReader;

/**
 * The compose screen of Outlook on one device.
 *
 * <p>What it offers (CLIENT-1, ADDR-3, CLIENT-5, POL-2, POL-3): with S/MIME off for the account,
 * neither signing nor encryption ({@code SMIME_DISABLED}); with it on, each when the account has a
 * certificate for it ({@code CERT_AVAILABLE}, else {@code CERT_NOT_AVAILABLE}). A new message
 * starts signed only when signing is offered and the account signs automatically; likewise for
 * encryption.
 *
 * <p>Saving and sending apply the encoding the sender chose (SEND-3), after the checks of
 * {@link SenderCertificates} on each certificate of the sender's that is used (SEND-1, SEND-2,
 * SEND-7, TRUST-3):
 * <ul>
 *   <li>signed: the {@link SignatureEncoding} signs the text with the signing certificate and its
 *       chain, clear-signed for the reference (SEND-5);</li>
 *   <li>encrypted: {@code application/pkcs7-mime; smime-type=enveloped-data}, AES-256-CBC, one
 *       recipient info per certificate: a sent message to every recipient's certificate from
 *       {@link RecipientCertificates} and the sender's own encryption certificate, so the sent
 *       item can be read; a saved draft to the sender's alone, since it is for the sender to read
 *       again (recipients are evaluated when it is sent);</li>
 *   <li>signed and encrypted: signed first, then the signed message encrypted.</li>
 * </ul>
 * A recipient without a valid certificate stops an encrypted message from being sent
 * ({@code NO_RECIPIENT_CERTIFICATE}, listing them all); nothing goes out unencrypted. An alert that
 * a certificate expires soon ({@code EXPIRES_SOON}) does not stop it. The Date header and the
 * signing time are the world's clock.
 *
 * <p>Owned by one device of one scenario; not thread-safe.
 */
public final class OutlookComposer implements Composer {

    private final OutlookSettings settings;
    private final CertificateStores stores;
    private final SenderCertificates senderCertificates;
    private final RecipientCertificates recipientCertificates;
    private final SignatureEncoding signatureEncoding;
    private final Clock clock;
    private final SmimeWriter writer = new SmimeWriter();
    private final CertificateReader reader = new CertificateReader();

    public OutlookComposer(OutlookSettings settings, CertificateStores stores, SenderCertificates senderCertificates,
                           RecipientCertificates recipientCertificates, SignatureEncoding signatureEncoding,
                           Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.stores = Objects.requireNonNull(stores, "stores");
        this.senderCertificates = Objects.requireNonNull(senderCertificates, "senderCertificates");
        this.recipientCertificates = Objects.requireNonNull(recipientCertificates, "recipientCertificates");
        this.signatureEncoding = Objects.requireNonNull(signatureEncoding, "signatureEncoding");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ComposeOptions options(String primarySmtpAddress) {
        Optional<Account> account = settings.account(primarySmtpAddress);
        if (account.isEmpty()) {
            Outcome unknown = unknownAccount(primarySmtpAddress);
            return new ComposeOptions(unknown, unknown, false, false);
        }
        if (!settings.smimeEnabled(primarySmtpAddress)) {
            Outcome off = Outcome.of(OutcomeCode.SMIME_DISABLED, "S/MIME is off for " + primarySmtpAddress
                    + ", so compose offers neither signing nor encryption");
            return new ComposeOptions(off, off, false, false);
        }
        Outcome sign = stores.certificateFor(account.get(), Purpose.SIGNING).outcome();
        Outcome encrypt = stores.certificateFor(account.get(), Purpose.ENCRYPTION).outcome();
        return new ComposeOptions(sign, encrypt,
                sign.isSuccess() && settings.signsAutomatically(primarySmtpAddress),
                encrypt.isSuccess() && settings.encryptsAutomatically(primarySmtpAddress));
    }

    /** Saves the draft, encoded now: {@code SAVED} with the encoded draft, or why not. */
    @Override
    public ComposeResult save(Draft draft) {
        return compose(Objects.requireNonNull(draft, "draft"), false);
    }

    /** Sends the draft: {@code SENT} with the message as sent, or why not. */
    @Override
    public ComposeResult send(Draft draft) {
        return compose(Objects.requireNonNull(draft, "draft"), true);
    }

    private ComposeResult compose(Draft draft, boolean sending) {
        String verb = sending ? "sent" : "saved";
        Optional<Account> account = settings.account(draft.from());
        if (account.isEmpty()) {
            return refused(unknownAccount(draft.from()), List.of());
        }
        if (sending && draft.to().isEmpty()) {
            return refused(Outcome.of(OutcomeCode.NO_RECIPIENTS, "the message names no recipient; nothing was sent"),
                    List.of());
        }
        if ((draft.sign() || draft.encrypt()) && !settings.smimeEnabled(draft.from())) {
            return refused(Outcome.of(OutcomeCode.SMIME_DISABLED, "S/MIME is off for " + draft.from()
                    + ", so the message can be neither signed nor encrypted; nothing was " + verb), List.of());
        }
        List<Outcome> alerts = new ArrayList<>();
        Optional<SenderCertificates.Usable> signer = Optional.empty();
        if (draft.sign()) {
            SenderCertificates.Checked checked = senderCertificates.check(account.get(), Purpose.SIGNING);
            if (checked.usable().isEmpty()) {
                return refused(nothing(checked.outcome(), verb), alerts);
            }
            signer = checked.usable();
            signer.get().alert().ifPresent(alerts::add);
        }
        List<X509Certificate> encryptTo = new ArrayList<>();
        if (draft.encrypt()) {
            SenderCertificates.Checked own = senderCertificates.check(account.get(), Purpose.ENCRYPTION);
            if (own.usable().isEmpty()) {
                return refused(nothing(own.outcome(), verb), alerts);
            }
            X509Certificate ownCertificate = own.usable().get().certificate();
            boolean alreadyAlerted = signer.isPresent() && signer.get().certificate().equals(ownCertificate);
            if (!alreadyAlerted) {
                own.usable().get().alert().ifPresent(alerts::add);
            }
            if (sending) {
                Optional<ComposeResult> missing = recipients(draft, encryptTo, alerts);
                if (missing.isPresent()) {
                    return missing.get();
                }
            }
            if (!encryptTo.contains(ownCertificate)) {
                encryptTo.add(ownCertificate);
            }
        }
        byte[] mime = encode(draft, signer, encryptTo);
        return new ComposeResult(Outcome.of(sending ? OutcomeCode.SENT : OutcomeCode.SAVED,
                describe(draft, verb, signer, encryptTo)), Optional.of(mime), List.of(), alerts);
    }

    /**
     * Each recipient's certificate into {@code encryptTo}, every recipient evaluated first (SEND-8,
     * distribution groups expanded by the {@link RecipientCertificates}); the refusal when the
     * evaluation refuses the message or any person has no valid certificate.
     */
    private Optional<ComposeResult> recipients(Draft draft, List<X509Certificate> encryptTo, List<Outcome> alerts) {
        RecipientCertificates.Evaluation evaluation = recipientCertificates.evaluate(draft.to());
        if (evaluation.refusal().isPresent()) {
            return Optional.of(refused(nothing(evaluation.refusal().get(), "sent"), alerts));
        }
        List<String> without = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (RecipientCertificates.Person person : evaluation.people()) {
            String recipient = person.address();
            LookupResult found = person.certificate();
            Optional<X509Certificate> certificate = found.outcome().isSuccess()
                    ? found.certificate().flatMap(der -> reader.certificates(der)).map(all -> all.get(0))
                    : Optional.empty();
            if (certificate.isEmpty()) {
                without.add(recipient);
                reasons.add(recipient + " (" + found.outcome().code() + ": " + found.outcome().message() + ")");
            } else if (!encryptTo.contains(certificate.get())) {
                encryptTo.add(certificate.get());
            }
        }
        if (without.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ComposeResult(Outcome.of(OutcomeCode.NO_RECIPIENT_CERTIFICATE,
                "the message cannot be encrypted to every recipient, so it was not sent: " + String.join("; ", reasons)),
                Optional.empty(), without, alerts));
    }

    private byte[] encode(Draft draft, Optional<SenderCertificates.Usable> signer, List<X509Certificate> encryptTo) {
        Instant now = clock.instant();
        try {
            Object content = writer.text(draft.body());
            if (signer.isPresent()) {
                SenderCertificates.Usable usable = signer.get();
                content = signatureEncoding.sign((MimeBodyPart) content,
                        new SigningKey(usable.privateKey(), usable.certificate(), usable.chain()), now);
            }
            if (!encryptTo.isEmpty()) {
                MimeBodyPart inner = content instanceof MimeMultipart multipart ? writer.asPart(multipart)
                        : (MimeBodyPart) content;
                content = writer.encrypt(inner, encryptTo);
            }
            return writer.message(draft.from(), draft.to(), draft.subject(), content, now);
        } catch (MessageFailure e) {
            throw new IllegalStateException("the message could not be encoded: " + e.getMessage(), e);
        }
    }

    private static String describe(Draft draft, String verb, Optional<SenderCertificates.Usable> signer,
                                   List<X509Certificate> encryptTo) {
        StringBuilder text = new StringBuilder(verb);
        if (signer.isEmpty() && encryptTo.isEmpty()) {
            text.append(" neither signed nor encrypted");
        }
        signer.ifPresent(usable -> text.append(" signed with ").append(usable.id()).append(" (serial ")
                .append(CertificateFields.serial(usable.certificate())).append(")"));
        if (!encryptTo.isEmpty()) {
            text.append(signer.isPresent() ? ", then" : "").append(" encrypted with AES-256-CBC to ")
                    .append(encryptTo.size() == 1 ? "the certificate with serial " : "the certificates with serials ")
                    .append(String.join(", ", encryptTo.stream().map(CertificateFields::serial).toList()));
        }
        if (!draft.to().isEmpty()) {
            text.append("; to ").append(String.join(", ", draft.to()));
        }
        return text.toString();
    }

    private static Outcome nothing(Outcome refusal, String verb) {
        return Outcome.of(refusal.code(), refusal.message() + "; nothing was " + verb);
    }

    private static ComposeResult refused(Outcome outcome, List<Outcome> alerts) {
        return new ComposeResult(outcome, Optional.empty(), List.of(), alerts);
    }

    private static Outcome unknownAccount(String primarySmtpAddress) {
        return Outcome.of(OutcomeCode.UNKNOWN_ACCOUNT, "no account with the primary SMTP address '"
                + primarySmtpAddress + "' is set up in the app");
    }
}
