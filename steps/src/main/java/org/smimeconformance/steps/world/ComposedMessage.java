package org.smimeconformance.steps.world;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.mail.ComposeResult;
import org.smimeconformance.contract.mail.Draft;
import org.smimeconformance.fakes.mail.ExaminedMessage;
import org.smimeconformance.fakes.pki.IssuedCertificate;

/**
 * The message the user composed, what Outlook answered when it was sent or saved (kept here and
 * written into the scenario's report), and the examination of what Outlook produced by the fakes'
 * own S/MIME reader: its form, its signature checked against the certificate it names, the
 * certificates its envelope is for, what it decrypts to with a scenario's private key. The
 * examination never asks the implementation under test. One per scenario; not thread-safe.
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
    private final ScenarioDirectories directories;
    private final ScenarioReport report;

    private Action action;
    private Draft draft;
    private ComposeResult result;
    private final List<byte[]> outbox = new ArrayList<>();

    public ComposedMessage(OutlookDevice device, AccountProfiles accounts, ScenarioPki pki, ScenarioDirectories directories,
                           ScenarioReport report) {
        this.device = device;
        this.accounts = accounts;
        this.pki = pki;
        this.directories = directories;
        this.report = report;
    }

    /** The person writes a message from their one account to the recipients, protected as chosen, and sends or saves it. */
    public ComposeResult compose(String person, Action what, Protection protection, List<String> to) {
        return compose(what, new Draft(accounts.addressOf(person), to, SUBJECT, TEXT, protection.sign(), protection.encrypt()));
    }

    /**
     * The sender takes out the recipients Outlook offered to remove and sends the message to the
     * rest: a distribution group among the recipients stands for the people the scenario put in it,
     * so removing some of its members sends to the others one by one. Addresses are compared
     * ignoring case.
     */
    public ComposeResult sendAgainWithoutTheOffered() {
        Set<String> offered = last().recipientsWithoutValidCertificate().stream()
                .map(address -> address.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Map<String, String> rest = new LinkedHashMap<>();
        for (String recipient : draft().to()) {
            List<String> people = directories.peopleIn(recipient);
            for (String one : people.isEmpty() ? List.of(recipient) : people) {
                if (!offered.contains(one.toLowerCase(Locale.ROOT))) {
                    rest.putIfAbsent(one.toLowerCase(Locale.ROOT), one);
                }
            }
        }
        Draft sent = draft();
        return compose(Action.SEND, new Draft(sent.from(), new ArrayList<>(rest.values()), sent.subject(), sent.body(),
                sent.sign(), sent.encrypt()));
    }

    /** The sender turns encryption off and sends the same message again. */
    public ComposeResult sendAgainUnencrypted() {
        Draft sent = draft();
        return compose(Action.SEND, new Draft(sent.from(), sent.to(), sent.subject(), sent.body(), sent.sign(), false));
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

    /** What makes the message clear-signed, as {@link ClearSignature} reads it. */
    public ClearSignature clearSignature(Action expected) {
        return ClearSignature.of(examined(expected), this::nameOf);
    }

    /** What makes the message, decrypted with the private key of the named certificate, clear-signed. */
    public ClearSignature clearSignatureDecryptedWith(Action expected, String certificate) {
        return ClearSignature.of(decryptedWith(expected, certificate), this::nameOf);
    }

    /** The certificates the message's signature carries, as the scenario names them. */
    public List<String> carriedBySignature(Action expected) {
        return examined(expected).signature().carried().stream().map(this::nameOf).toList();
    }

    /** The signed text of the message, {@link #normalised}. */
    public Optional<String> signedText(Action expected) {
        return examined(expected).signature().text().map(ComposedMessage::normalised);
    }

    /** The text of a plain message, or the signed content of a clear-signed one, {@link #normalised}. */
    public Optional<String> text(Action expected) {
        return examined(expected).text().map(ComposedMessage::normalised);
    }

    /** The text the message holds once decrypted with the private key of the named certificate, signed or not, {@link #normalised}. */
    public String decryptedText(Action expected, String certificate) {
        ExaminedMessage inside = decryptedWith(expected, certificate);
        return normalised(inside.clearSigned() ? inside.signature().text().orElse("") : inside.text().orElse(""));
    }

    /** The text the user wrote, {@link #normalised}. */
    public String textWritten() {
        return normalised(TEXT);
    }

    /** The content encryption algorithm of an encrypted message, e.g. {@code AES-256-CBC}. */
    public String contentEncryption(Action expected) {
        return examined(expected).envelope().contentEncryption();
    }

    /** The certificates the recipient infos of an encrypted message name, as the scenario names them. */
    public List<String> recipientInfos(Action expected) {
        return examined(expected).envelope().recipients().stream().map(this::nameOf).toList();
    }

    /** The addresses of the To header of the message sent, without display names. */
    public List<String> sentTo() {
        return examined(Action.SEND).header("To").stream()
                .flatMap(header -> List.of(header.split(",")).stream())
                .map(address -> address.replaceAll(".*<|>.*", "").strip())
                .filter(address -> !address.isEmpty())
                .toList();
    }

    /** The message decrypted with the private key of the named certificate. */
    public ExaminedMessage decryptedWith(Action expected, String certificate) {
        IssuedCertificate issued = pki.issued(certificate);
        return examined(expected).decrypt(issued.keyPair().getPrivate(), issued.certificate())
                .orElseThrow(() -> new AssertionError("the private key of \"" + certificate + "\" opens none of the"
                        + " message's recipient infos"));
    }

    /** The scenario's name for the certificate, or a description when it did not mint it. */
    private String nameOf(X509Certificate certificate) {
        return pki.nameOf(candidate -> candidate.equals(certificate))
                .orElse("a certificate this scenario did not mint");
    }

    /** The scenario's name for the certificate a recipient info names. */
    private String nameOf(ExaminedMessage.Recipient recipient) {
        return pki.nameOf(recipient::names)
                .orElse("a certificate this scenario did not mint (" + recipient + ")");
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
