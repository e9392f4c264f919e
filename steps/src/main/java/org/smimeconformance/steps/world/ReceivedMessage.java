package org.smimeconformance.steps.world;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.smimeconformance.fakes.mail.MessageSigner;
import org.smimeconformance.fakes.mail.SmimeMessageMaker;
import org.smimeconformance.fakes.pki.IssuedCertificate;

/**
 * The message a scenario says someone sent, made with the scenario's certificates by the fakes'
 * own S/MIME maker, never by the implementation under test. Signatures carry the signer's
 * certificate and the intermediates above it, as mail clients send them.
 *
 * <p>Steps only describe it; it is made when Outlook first receives it ({@link #bytes()}), so that
 * the certificates it needs are minted after every "Given" of the scenario. One per scenario; not
 * thread-safe.
 */
public final class ReceivedMessage {

    /** The subject of every received message. */
    public static final String SUBJECT = "Quarterly figures";

    /** The text of every received message, before any alteration. */
    public static final String TEXT = "Hello Alice,\r\n\r\nThe quarterly figures are attached.\r\n\r\nBob\r\n";

    private final ScenarioPki pki;
    private final ScenarioClock clock;

    private String from;
    private List<String> to;
    private UnaryOperator<SmimeMessageMaker> protection;
    private boolean altered;
    private SmimeMessageMaker made;
    private byte[] bytes;

    public ReceivedMessage(ScenarioPki pki, ScenarioClock clock) {
        this.pki = pki;
        this.clock = clock;
    }

    /** A message neither signed nor encrypted. */
    public void plain(String sender, String recipient) {
        describe(sender, recipient, maker -> maker);
    }

    /** A message clear-signed with the named certificate. */
    public void clearSigned(String sender, String recipient, String certificate) {
        describe(sender, recipient, maker -> maker.clearSignedBy(signer(certificate)));
    }

    /** A message opaque-signed with the named certificate, as some other mail clients send them. */
    public void opaqueSigned(String sender, String recipient, String certificate) {
        describe(sender, recipient, maker -> maker.opaqueSignedBy(signer(certificate)));
    }

    /** A message encrypted to the named certificates, not signed. */
    public void encrypted(String sender, String recipient, List<String> certificates) {
        describe(sender, recipient, maker -> maker.encryptedTo(certificates(certificates)));
    }

    /** A message clear-signed with one certificate, then encrypted to the others. */
    public void signedAndEncrypted(String sender, String recipient, String signer, List<String> certificates) {
        describe(sender, recipient, maker -> maker.clearSignedBy(signer(signer)).encryptedTo(certificates(certificates)));
    }

    /** The signed text is changed after the signature was made. */
    public void alterAfterSigning() {
        requireDescribed();
        altered = true;
    }

    /** The message as received, RFC 5322; made on first call. */
    public byte[] bytes() {
        if (bytes == null) {
            requireDescribed();
            SmimeMessageMaker maker = protection.apply(SmimeMessageMaker.message(from, to, SUBJECT, clock.now(), TEXT));
            made = altered ? maker.alteredAfterSigning() : maker;
            bytes = made.bytes();
        }
        return bytes.clone();
    }

    /** The text a reader of the message sees, with any alteration. */
    public String shownText() {
        bytes();
        return made.shownText();
    }

    private void describe(String sender, String recipient, UnaryOperator<SmimeMessageMaker> how) {
        if (protection != null) {
            throw new IllegalStateException("this scenario already received a message; it speaks of one only");
        }
        this.from = sender;
        this.to = List.of(recipient);
        this.protection = how;
    }

    private MessageSigner signer(String certificate) {
        IssuedCertificate issued = pki.issued(certificate);
        List<IssuedCertificate> above = pki.chainAbove(certificate);
        List<X509Certificate> intermediates = new ArrayList<>();
        for (int i = 0; i < above.size() - 1; i++) {
            intermediates.add(above.get(i).certificate());
        }
        return new MessageSigner(issued.keyPair().getPrivate(), issued.certificate(), intermediates);
    }

    private List<X509Certificate> certificates(List<String> names) {
        return names.stream().map(name -> pki.issued(name).certificate()).toList();
    }

    private void requireDescribed() {
        if (protection == null) {
            throw new IllegalStateException("the scenario does not say what message was received: add a step such as"
                    + " 'Given bob@contoso.com sent alice@contoso.com a message clear-signed with \"Bob 2026\"'");
        }
    }
}
