package org.smimeconformance.steps.world;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.smimeconformance.contract.OutcomeCode;
import org.smimeconformance.contract.mail.ComposeResult;
import org.smimeconformance.contract.mail.Draft;
import org.smimeconformance.fakes.mail.ExaminedMessage;
import org.smimeconformance.fakes.pki.IssuedCertificate;

/**
 * The message the user composed, as Outlook sent or saved it, and its examination by the fakes'
 * own S/MIME reader: its form, its signature checked against the certificate it names, the
 * certificates its envelope is for, what it decrypts to with a scenario's private key. Nothing
 * here asks the implementation under test. One per scenario; not thread-safe.
 */
public final class ComposedMessage {

    /** The subject of every message the user composes. */
    public static final String SUBJECT = "Quarterly figures";

    /** The text of every message the user composes. */
    public static final String TEXT = "Hello Bob,\r\n\r\nThe quarterly figures are attached.\r\n\r\nAlice\r\n";

    /** What the user does with the draft, and how the features then name the message. */
    public enum Action {
        SEND("the message"),
        SAVE("the saved draft");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        /** {@code the message} (sent), {@code the saved draft}. */
        public String label() {
            return label;
        }
    }

    private final OutlookDevice device;
    private final AccountProfiles accounts;
    private final ScenarioPki pki;
    private final ScenarioReport report;

    private Action action;
    private Draft draft;
    private ComposeResult result;
    private final List<byte[]> outbox = new ArrayList<>();

    public ComposedMessage(OutlookDevice device, AccountProfiles accounts, ScenarioPki pki, ScenarioReport report) {
        this.device = device;
        this.accounts = accounts;
        this.pki = pki;
        this.report = report;
    }

    /** The person writes a message from their one account to the recipients, and sends or saves it. */
    public ComposeResult compose(String person, Action what, boolean sign, boolean encrypt, List<String> to) {
        return compose(what, new Draft(accounts.addressOf(person), to, SUBJECT, TEXT, sign, encrypt));
    }

    /** The same message again, changed by the sender (recipients removed, encryption turned off), and sent. */
    public ComposeResult sendAgain(Draft changed) {
        return compose(Action.SEND, changed);
    }

    private ComposeResult compose(Action what, Draft composed) {
        ComposeResult answered = what == Action.SEND ? device.ask().composer().send(composed) : device.ask().composer().save(composed);
        action = what;
        draft = composed;
        result = answered;
        if (what == Action.SEND) {
            answered.mime().ifPresent(outbox::add);
        }
        log(answered);
        return answered;
    }

    private void log(ComposeResult answered) {
        report.log(answered.outcome().code() + ": " + answered.outcome().message());
        answered.alerts().forEach(alert -> report.log("  alert " + alert.code() + ": " + alert.message()));
        if (!answered.recipientsWithoutValidCertificate().isEmpty()) {
            report.log("  recipients without a valid certificate: " + answered.recipientsWithoutValidCertificate());
        }
    }

    /** The message as the sender last wrote it. */
    public Draft draft() {
        if (draft == null) {
            throw new IllegalStateException("no message was sent or saved yet");
        }
        return draft;
    }

    /**
     * Every message Outlook sent in the scenario, as it produced them, oldest first: what went out,
     * whatever Outlook answered about it.
     */
    public List<ExaminedMessage> outbox() {
        return outbox.stream().map(ExaminedMessage::of).toList();
    }

    /** What the last send or save did, whichever it was. */
    public ComposeResult last() {
        if (result == null) {
            throw new IllegalStateException("no message was sent or saved yet");
        }
        return result;
    }

    /** What the last send or save did; the action named must be the one that was done. */
    public ComposeResult result(Action expected) {
        ComposeResult last = last();
        if (action != expected) {
            throw new IllegalStateException("the scenario speaks of " + (expected == Action.SEND ? "a sent message" : "a saved draft")
                    + " but the message was " + (action == Action.SEND ? "sent" : "saved"));
        }
        return last;
    }

    /** The message as Outlook produced it, examined; fails when Outlook produced none. */
    public ExaminedMessage examined(Action expected) {
        ComposeResult result = result(expected);
        byte[] mime = result.mime().orElseThrow(() -> new AssertionError("Outlook produced no message: "
                + result.outcome().code() + ": " + result.outcome().message()));
        return ExaminedMessage.of(mime);
    }

    /** The message decrypted with the private key of the named certificate. */
    public ExaminedMessage decryptedWith(Action expected, String certificate) {
        IssuedCertificate issued = pki.issued(certificate);
        return examined(expected).decrypt(issued.keyPair().getPrivate(), issued.certificate())
                .orElseThrow(() -> new AssertionError("the private key of \"" + certificate + "\" opens none of the"
                        + " message's recipient infos"));
    }

    /** The scenario's name for the certificate, or a description when it did not mint it. */
    public String nameOf(X509Certificate certificate) {
        return pki.nameOf(candidate -> candidate.equals(certificate))
                .orElse("a certificate this scenario did not mint");
    }

    /** The scenario's name for the certificate a recipient info names. */
    public String nameOf(ExaminedMessage.Recipient recipient) {
        return pki.nameOf(recipient::names)
                .orElse("a certificate this scenario did not mint (" + recipient + ")");
    }

    /** The minted certificate of that name. */
    public X509Certificate certificate(String name) {
        return pki.issued(name).certificate();
    }

    /** Whether the code is the success the action gives. */
    public static boolean done(Action action, OutcomeCode code) {
        return code == (action == Action.SEND ? OutcomeCode.SENT : OutcomeCode.SAVED);
    }

    /** Texts compared without regard to line endings or trailing space. */
    public static String normalised(String text) {
        return Arrays.stream(text.replace("\r\n", "\n").split("\n")).map(String::stripTrailing)
                .reduce((a, b) -> a + "\n" + b).orElse("").strip();
    }
}
