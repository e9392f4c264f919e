package org.smimeconformance.engine.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.ParseException;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.KeyAgreeRecipientId;
import org.bouncycastle.cms.KeyAgreeRecipientInformation;
import org.bouncycastle.cms.KeyTransRecipientId;
import org.bouncycastle.cms.Recipient;
import org.bouncycastle.cms.RecipientId;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.cms.jcajce.JceKeyAgreeEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientId;
import org.bouncycastle.cms.jcajce.JceKeyTransEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientId;
import org.bouncycastle.mail.smime.SMIMEEnveloped;
import org.bouncycastle.mail.smime.SMIMEException;
import org.bouncycastle.mail.smime.SMIMESigned;
import org.bouncycastle.mail.smime.SMIMEUtil;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Store;

/**
 * Reads a received message: its S/MIME form, its signature checked against the signer's public
 * key, and its text, decrypting with the keys on the device. Knows nothing of trust: whether the
 * signer is trusted is for trust verification. Stateless and thread-safe.
 */
public final class SmimeReader {

    private static final Session SESSION = Session.getInstance(new Properties());

    /**
     * @param rfc5322 the message as received
     * @param keys    the private keys on the device, tried in order
     * @throws MessageFailure when the bytes are not a readable message
     */
    public ReadMessage read(byte[] rfc5322, List<DecryptionKey> keys) throws MessageFailure {
        MimeMessage message;
        try {
            message = new MimeMessage(SESSION, new ByteArrayInputStream(rfc5322));
            message.getContentType();
        } catch (MessagingException | RuntimeException e) {
            throw new MessageFailure("not a readable message: " + e.getMessage(), e);
        }
        Optional<String> from = from(message);
        try {
            return read(message, from, keys);
        } catch (MessagingException | IOException | CMSException | SMIMEException e) {
            throw new MessageFailure("the message cannot be read as S/MIME: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // Jakarta Mail and Bouncy Castle answer some broken structures (a multipart/signed without
            // its signature part, a truncated ASN.1 object) with unchecked exceptions
            throw new MessageFailure("the message is malformed: " + e, e);
        }
    }

    /** Reads only the form of a message, without keys: what the status bar shows before anything is opened. */
    public MessageForm form(byte[] rfc5322) throws MessageFailure {
        return read(rfc5322, List.of()).form();
    }

    /**
     * What a message shows without any S/MIME processing: its form as its Content-Type tells it
     * (an encrypted message is {@code ENCRYPTED} whatever is inside), its From and To/Cc addresses,
     * and the text readable as plain MIME (a plain message's text, a clear-signed message's first
     * part; nothing for opaque-signed or encrypted content). Verifies and decrypts nothing.
     *
     * @throws MessageFailure when the bytes are not a readable message
     */
    public Surface surface(byte[] rfc5322) throws MessageFailure {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(rfc5322));
            ContentType type = contentType(message);
            List<String> recipients = new ArrayList<>();
            for (Message.RecipientType kind : List.of(Message.RecipientType.TO, Message.RecipientType.CC)) {
                Address[] addresses = recipientsOrNone(message, kind);
                for (Address address : addresses) {
                    if (address instanceof InternetAddress internet && internet.getAddress() != null) {
                        recipients.add(internet.getAddress());
                    }
                }
            }
            MessageForm form;
            Optional<String> text = Optional.empty();
            if (type.match("multipart/signed")) {
                form = MessageForm.CLEAR_SIGNED;
                Multipart parts = (Multipart) message.getContent();
                text = parts.getCount() > 0 ? text(parts.getBodyPart(0)) : Optional.empty();
            } else if (isPkcs7Mime(type)) {
                String smimeType = Optional.ofNullable(type.getParameter("smime-type")).orElse("").toLowerCase(Locale.ROOT);
                form = smimeType.equals("signed-data") ? MessageForm.OPAQUE_SIGNED : MessageForm.ENCRYPTED;
            } else {
                form = MessageForm.PLAIN;
                text = text(message);
            }
            return new Surface(form, from(message), recipients, text);
        } catch (MessagingException | IOException | ClassCastException e) {
            throw new MessageFailure("not a readable message: " + e.getMessage(), e);
        }
    }

    /**
     * A message as plain MIME shows it.
     *
     * @param form       the form its Content-Type announces
     * @param from       the From address
     * @param recipients the To and Cc addresses, in header order
     * @param text       the text readable without S/MIME
     */
    public record Surface(MessageForm form, Optional<String> from, List<String> recipients, Optional<String> text) {

        public Surface {
            recipients = List.copyOf(recipients);
        }
    }

    private static Address[] recipientsOrNone(MimeMessage message, Message.RecipientType kind) {
        try {
            Address[] addresses = message.getRecipients(kind);
            return addresses == null ? new Address[0] : addresses;
        } catch (MessagingException unparsable) {
            // a recipient header that does not parse names nobody
            return new Address[0];
        }
    }

    private ReadMessage read(Part part, Optional<String> from, List<DecryptionKey> keys)
            throws MessagingException, IOException, CMSException, SMIMEException, MessageFailure {
        ContentType type = contentType(part);
        if (type.match("multipart/signed")) {
            SMIMESigned signed = new SMIMESigned((MimeMultipart) part.getContent());
            return new ReadMessage(MessageForm.CLEAR_SIGNED, from, Optional.of(check(signed)),
                    text(signed.getContent()), Optional.empty(), List.of());
        }
        if (isPkcs7Mime(type)) {
            String smimeType = Optional.ofNullable(type.getParameter("smime-type")).orElse("").toLowerCase(Locale.ROOT);
            if (smimeType.equals("signed-data")) {
                SMIMESigned signed = new SMIMESigned(part);
                return new ReadMessage(MessageForm.OPAQUE_SIGNED, from, Optional.of(check(signed)),
                        text(signed.getContent()), Optional.empty(), List.of());
            }
            if (smimeType.isEmpty() || smimeType.equals("enveloped-data") || smimeType.equals("authenveloped-data")) {
                return decrypt(part, from, keys);
            }
            throw new MessageFailure("unknown smime-type: " + smimeType);
        }
        return new ReadMessage(MessageForm.PLAIN, from, Optional.empty(), text(part), Optional.empty(), List.of());
    }

    private ReadMessage decrypt(Part part, Optional<String> from, List<DecryptionKey> keys)
            throws MessagingException, CMSException, IOException, SMIMEException, MessageFailure {
        SMIMEEnveloped enveloped = new SMIMEEnveloped((MimeBodyPart) asBodyPart(part));
        Collection<RecipientInformation> recipients = enveloped.getRecipientInfos().getRecipients();
        List<String> serials = new ArrayList<>();
        for (RecipientInformation recipient : recipients) {
            serialOf(recipient.getRID()).ifPresent(serials::add);
        }
        for (DecryptionKey key : keys) {
            for (RecipientId id : List.of(new JceKeyTransRecipientId(key.certificate()), new JceKeyAgreeRecipientId(key.certificate()))) {
                RecipientInformation recipient = enveloped.getRecipientInfos().get(id);
                if (recipient == null) {
                    continue;
                }
                byte[] content = recipient.getContent(opener(recipient, key));
                MimeBodyPart inner = SMIMEUtil.toMimeBodyPart(content);
                ReadMessage opened = read(inner, from, keys);
                boolean signedInside = opened.signature().isPresent();
                return new ReadMessage(signedInside ? MessageForm.SIGNED_AND_ENCRYPTED : MessageForm.ENCRYPTED, from,
                        opened.signature(), opened.text(), Optional.empty(), serials);
            }
        }
        String why = keys.isEmpty()
                ? "no private key on the device"
                : "none of the " + keys.size() + " private keys on the device is one the message was encrypted to";
        return new ReadMessage(MessageForm.ENCRYPTED, from, Optional.empty(), Optional.empty(), Optional.of(why), serials);
    }

    private static Recipient opener(RecipientInformation recipient, DecryptionKey key) {
        return recipient instanceof KeyAgreeRecipientInformation
                ? new JceKeyAgreeEnvelopedRecipient(key.privateKey()).setProvider(BouncyCastle.PROVIDER)
                : new JceKeyTransEnvelopedRecipient(key.privateKey()).setProvider(BouncyCastle.PROVIDER);
    }

    private static Optional<String> serialOf(RecipientId id) {
        if (id instanceof KeyTransRecipientId transport && transport.getSerialNumber() != null) {
            return Optional.of(transport.getSerialNumber().toString(16).toUpperCase(Locale.ROOT));
        }
        if (id instanceof KeyAgreeRecipientId agreement && agreement.getSerialNumber() != null) {
            return Optional.of(agreement.getSerialNumber().toString(16).toUpperCase(Locale.ROOT));
        }
        return Optional.empty();
    }

    private static SignatureCheck check(SMIMESigned signed) throws CMSException {
        List<X509Certificate> carried = new ArrayList<>();
        Store<X509CertificateHolder> store = signed.getCertificates();
        for (X509CertificateHolder holder : store.getMatches(null)) {
            toCertificate(holder).ifPresent(carried::add);
        }
        Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
        if (signers.isEmpty()) {
            return new SignatureCheck(false, Optional.empty(), carried, "the message has no signer");
        }
        SignerInformation signer = signers.iterator().next();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = store.getMatches(signer.getSID());
        Optional<X509Certificate> certificate = matches.stream().findFirst().flatMap(SmimeReader::toCertificate);
        if (certificate.isEmpty()) {
            return new SignatureCheck(false, Optional.empty(), carried, "the message does not carry the signer's certificate");
        }
        try {
            boolean valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate.get().getPublicKey()));
            return new SignatureCheck(valid, certificate, carried, valid ? "" : "the signature does not verify");
        } catch (CMSException | OperatorCreationException e) {
            return new SignatureCheck(false, certificate, carried, "the signature does not verify: " + e.getMessage());
        }
    }

    private static Optional<X509Certificate> toCertificate(X509CertificateHolder holder) {
        try {
            return Optional.of(new JcaX509CertificateConverter().getCertificate(holder));
        } catch (CertificateException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/*")) {
            Object content = part.getContent();
            return content instanceof String s ? Optional.of(s) : Optional.empty();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                Optional<String> text = text(multipart.getBodyPart(i));
                if (text.isPresent()) {
                    return text;
                }
            }
        }
        return Optional.empty();
    }

    private static Part asBodyPart(Part part) throws MessagingException, IOException {
        if (part instanceof MimeBodyPart) {
            return part;
        }
        MimeBodyPart body = new MimeBodyPart();
        body.setDataHandler(part.getDataHandler());
        body.setHeader("Content-Type", part.getContentType());
        String[] encoding = part.getHeader("Content-Transfer-Encoding");
        if (encoding != null) {
            body.setHeader("Content-Transfer-Encoding", encoding[0]);
        }
        return body;
    }

    private static boolean isPkcs7Mime(ContentType type) {
        return type.match("application/pkcs7-mime") || type.match("application/x-pkcs7-mime");
    }

    private static ContentType contentType(Part part) throws MessagingException {
        try {
            return new ContentType(part.getContentType());
        } catch (ParseException e) {
            throw new MessagingException("unreadable Content-Type: " + part.getContentType(), e);
        }
    }

    private static Optional<String> from(MimeMessage message) {
        try {
            Address[] from = message.getFrom();
            if (from != null && from.length > 0 && from[0] instanceof InternetAddress address) {
                return Optional.ofNullable(address.getAddress());
            }
        } catch (MessagingException e) {
            // a From header that does not parse is the same as none
        }
        return Optional.empty();
    }
}
