package org.smimeconformance.fakes.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.Provider;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.KeyAgreeRecipientId;
import org.bouncycastle.cms.KeyAgreeRecipientInformation;
import org.bouncycastle.cms.KeyTransRecipientId;
import org.bouncycastle.cms.RecipientId;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.cms.jcajce.JceKeyAgreeEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransEnvelopedRecipient;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.mail.smime.SMIMEEnveloped;
import org.bouncycastle.mail.smime.SMIMEException;
import org.bouncycastle.mail.smime.SMIMESigned;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * A message an implementation composed, taken apart without it: its MIME type and parameters, its
 * signature checked against the certificate it carries, the recipients and content encryption of
 * its envelope, and what it decrypts to with a given key. Immutable; thread-safe.
 */
public final class ExaminedMessage {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    /** RFC 5751 micalg names of the digests a signer may use. */
    private static final Map<String, String> DIGEST_NAMES = Map.of(
            "1.3.14.3.2.26", "sha-1",
            "2.16.840.1.101.3.4.2.4", "sha-224",
            "2.16.840.1.101.3.4.2.1", "sha-256",
            "2.16.840.1.101.3.4.2.2", "sha-384",
            "2.16.840.1.101.3.4.2.3", "sha-512");

    /** Content encryption algorithms by OID. */
    private static final Map<String, String> CIPHERS = Map.of(
            "2.16.840.1.101.3.4.1.2", "AES-128-CBC",
            "2.16.840.1.101.3.4.1.22", "AES-192-CBC",
            "2.16.840.1.101.3.4.1.42", "AES-256-CBC",
            "2.16.840.1.101.3.4.1.6", "AES-128-GCM",
            "2.16.840.1.101.3.4.1.26", "AES-192-GCM",
            "2.16.840.1.101.3.4.1.46", "AES-256-GCM",
            "1.2.840.113549.3.7", "DES-EDE3-CBC",
            "1.2.840.113549.3.2", "RC2-CBC");

    private final MimeMessage message;
    private final ContentType type;

    private ExaminedMessage(MimeMessage message) throws MessagingException {
        this.message = message;
        this.type = new ContentType(message.getContentType());
    }

    /**
     * The message, or a MIME entity (headers and body) such as the content of an envelope.
     *
     * @throws IllegalArgumentException when it cannot be read as MIME
     */
    public static ExaminedMessage of(byte[] mime) {
        try {
            return new ExaminedMessage(new MimeMessage(SESSION, new ByteArrayInputStream(mime)));
        } catch (MessagingException e) {
            throw new IllegalArgumentException("not a MIME message: " + e.getMessage(), e);
        }
    }

    /** The MIME type without parameters, lower case: {@code multipart/signed}, {@code application/pkcs7-mime}. */
    public String mimeType() {
        return type.getBaseType().toLowerCase(Locale.ROOT);
    }

    /** A parameter of the Content-Type: {@code protocol}, {@code micalg}, {@code smime-type}. */
    public Optional<String> parameter(String name) {
        return Optional.ofNullable(type.getParameter(name));
    }

    /** {@code multipart/signed} whose protocol is {@code application/pkcs7-signature} and whose
     * second part is that signature. */
    public boolean clearSigned() {
        if (!mimeType().equals("multipart/signed") || !parameter("protocol").map(p -> p.equalsIgnoreCase(
                "application/pkcs7-signature") || p.equalsIgnoreCase("application/x-pkcs7-signature")).orElse(false)) {
            return false;
        }
        try {
            Multipart parts = (Multipart) message.getContent();
            return parts.getCount() == 2 && (parts.getBodyPart(1).isMimeType("application/pkcs7-signature")
                    || parts.getBodyPart(1).isMimeType("application/x-pkcs7-signature"));
        } catch (MessagingException | IOException | ClassCastException e) {
            return false;
        }
    }

    /** {@code application/pkcs7-mime; smime-type=signed-data}. */
    public boolean opaqueSigned() {
        return pkcs7Mime() && parameter("smime-type").map(t -> t.equalsIgnoreCase("signed-data")).orElse(false);
    }

    /** {@code application/pkcs7-mime; smime-type=enveloped-data}. */
    public boolean enveloped() {
        return pkcs7Mime() && parameter("smime-type").map(t -> t.equalsIgnoreCase("enveloped-data")).orElse(false);
    }

    /**
     * The signature of a clear- or opaque-signed message, checked with the public key of the
     * certificate it names.
     *
     * @throws IllegalStateException when the message is not signed or the signature cannot be read
     */
    public Signature signature() {
        try {
            SMIMESigned signed;
            if (clearSigned()) {
                signed = new SMIMESigned((MimeMultipart) message.getContent());
            } else if (opaqueSigned()) {
                signed = new SMIMESigned(message);
            } else {
                throw new IllegalStateException("the message is not signed: " + message.getContentType());
            }
            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                throw new IllegalStateException("the signature has " + signers.size() + " signers, not one");
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(signer.getSID());
            Optional<X509Certificate> certificate = matches.stream().findFirst().map(ExaminedMessage::certificate);
            boolean verifies = certificate.isPresent() && verifies(signer, certificate.get());
            List<X509Certificate> carried = new ArrayList<>();
            for (X509CertificateHolder holder : signed.getCertificates().getMatches(null)) {
                carried.add(certificate(holder));
            }
            String digest = DIGEST_NAMES.getOrDefault(signer.getDigestAlgOID(), signer.getDigestAlgOID());
            MimeBodyPart content = signed.getContent();
            return new Signature(certificate, verifies, digest, carried, text(content));
        } catch (MessagingException | IOException | CMSException | SMIMEException | OperatorCreationException e) {
            throw new IllegalStateException("the signature cannot be read: " + e, e);
        }
    }

    /**
     * The envelope of an encrypted message.
     *
     * @throws IllegalStateException when the message is not encrypted or cannot be read
     */
    public Envelope envelope() {
        try {
            SMIMEEnveloped enveloped = envelopedContent();
            List<Recipient> recipients = new ArrayList<>();
            for (RecipientInformation recipient : enveloped.getRecipientInfos().getRecipients()) {
                recipients.add(recipient(recipient.getRID()));
            }
            String oid = enveloped.getEncryptionAlgOID();
            return new Envelope(CIPHERS.getOrDefault(oid, oid), recipients);
        } catch (MessagingException | CMSException e) {
            throw new IllegalStateException("the envelope cannot be read: " + e, e);
        }
    }

    /**
     * What the envelope holds, opened with the private key of one of its recipients; empty when the
     * key opens none of its recipient infos.
     */
    public Optional<ExaminedMessage> decrypt(PrivateKey key, X509Certificate certificate) {
        try {
            SMIMEEnveloped enveloped = envelopedContent();
            for (RecipientInformation recipient : enveloped.getRecipientInfos().getRecipients()) {
                if (!recipient(recipient.getRID()).names(certificate)) {
                    continue;
                }
                byte[] content = recipient instanceof KeyAgreeRecipientInformation
                        ? recipient.getContent(new JceKeyAgreeEnvelopedRecipient(key).setProvider(BOUNCY_CASTLE))
                        : recipient.getContent(new JceKeyTransEnvelopedRecipient(key).setProvider(BOUNCY_CASTLE));
                return Optional.of(of(content));
            }
            return Optional.empty();
        } catch (MessagingException | CMSException e) {
            throw new IllegalStateException("the envelope cannot be opened: " + e, e);
        }
    }

    /** The text of a plain message, or of the signed content of a clear-signed one. */
    public Optional<String> text() {
        try {
            if (clearSigned()) {
                return text(((Multipart) message.getContent()).getBodyPart(0));
            }
            return text(message);
        } catch (MessagingException | IOException e) {
            return Optional.empty();
        }
    }

    /** The values of a header, as written; empty when it is absent. */
    public List<String> header(String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? List.of() : Arrays.asList(values);
        } catch (MessagingException e) {
            return List.of();
        }
    }

    private SMIMEEnveloped envelopedContent() throws MessagingException, CMSException {
        if (!enveloped()) {
            throw new IllegalStateException("the message is not encrypted: " + message.getContentType());
        }
        return new SMIMEEnveloped(message);
    }

    private boolean pkcs7Mime() {
        return mimeType().equals("application/pkcs7-mime") || mimeType().equals("application/x-pkcs7-mime");
    }

    private static Optional<String> text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/*")) {
            return part.getContent() instanceof String s ? Optional.of(s) : Optional.empty();
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

    /** A digest that does not match the content is a signature that does not verify, not an error. */
    private static boolean verifies(SignerInformation signer, X509Certificate certificate) throws OperatorCreationException {
        try {
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BOUNCY_CASTLE)
                    .build(certificate.getPublicKey()));
        } catch (CMSException doesNotVerify) {
            return false;
        }
    }

    private static Recipient recipient(RecipientId id) {
        if (id instanceof KeyTransRecipientId transport) {
            return new Recipient("key transport", transport.getIssuer(), transport.getSerialNumber(),
                    transport.getSubjectKeyIdentifier());
        }
        if (id instanceof KeyAgreeRecipientId agreement) {
            return new Recipient("key agreement", agreement.getIssuer(), agreement.getSerialNumber(),
                    agreement.getSubjectKeyIdentifier());
        }
        return new Recipient("other (" + id.getType() + ")", null, null, null);
    }

    private static X509Certificate certificate(X509CertificateHolder holder) {
        try {
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (CertificateException e) {
            throw new IllegalStateException("a carried certificate cannot be read", e);
        }
    }

    /**
     * A signature as found.
     *
     * @param signer   the signer's certificate, when the signature carries it
     * @param verifies the signature verifies over the content with the signer's public key
     * @param digest   the digest algorithm by its micalg name ({@code sha-256}), else its OID
     * @param carried  every certificate the signature carries
     * @param text     the text of the signed content
     */
    public record Signature(Optional<X509Certificate> signer, boolean verifies, String digest,
                            List<X509Certificate> carried, Optional<String> text) {

        public Signature {
            carried = List.copyOf(carried);
        }
    }

    /**
     * The envelope of an encrypted message.
     *
     * @param contentEncryption the content encryption algorithm, e.g. {@code AES-256-CBC}, else its OID
     * @param recipients        one entry per recipient info
     */
    public record Envelope(String contentEncryption, List<Recipient> recipients) {

        public Envelope {
            recipients = List.copyOf(recipients);
        }
    }

    /**
     * One recipient info of an envelope.
     *
     * @param kind         {@code key transport} (RSA) or {@code key agreement} (ECDH)
     * @param issuer       the issuer of the recipient's certificate, when named by issuer and serial
     * @param serialNumber its serial number, likewise
     * @param subjectKeyId its subject key identifier, when named by it
     */
    public record Recipient(String kind, X500Name issuer, BigInteger serialNumber, byte[] subjectKeyId) {

        /** Whether this recipient info names the certificate. */
        public boolean names(X509Certificate certificate) {
            try {
                JcaX509CertificateHolder holder = new JcaX509CertificateHolder(certificate);
                if (issuer != null && serialNumber != null) {
                    return issuer.equals(holder.getIssuer()) && serialNumber.equals(certificate.getSerialNumber());
                }
                if (subjectKeyId != null) {
                    SubjectKeyIdentifier ski = SubjectKeyIdentifier.fromExtensions(holder.getExtensions());
                    return ski != null && Arrays.equals(ski.getKeyIdentifier(), subjectKeyId);
                }
                return false;
            } catch (CertificateEncodingException e) {
                return false;
            }
        }
    }
}
