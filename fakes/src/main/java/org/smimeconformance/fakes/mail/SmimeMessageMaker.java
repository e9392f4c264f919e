package org.smimeconformance.fakes.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.mail.smime.SMIMEEnvelopedGenerator;
import org.bouncycastle.mail.smime.SMIMEException;
import org.bouncycastle.mail.smime.SMIMESignedGenerator;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Makes a received message as another mail client would have sent it, whatever the implementation
 * under test does: plain, clear-signed ({@code multipart/signed}), opaque-signed
 * ({@code application/pkcs7-mime; smime-type=signed-data}), encrypted (AES-128-CBC, key transport
 * for RSA certificates and ECDH for EC ones), or signed then encrypted, optionally altered after it
 * was signed so that the signature no longer matches.
 *
 * <p>The signing time and the Date header are the instant given, never the wall clock. A mutable
 * builder, used once; not thread-safe.
 *
 * <pre>{@code
 * byte[] mail = SmimeMessageMaker.message("bob@contoso.com", List.of("alice@contoso.com"), "Figures", now, text)
 *         .clearSignedBy(new MessageSigner(bobKey, bobCertificate, List.of(issuingCa)))
 *         .encryptedTo(List.of(aliceCertificate))
 *         .bytes();
 * }</pre>
 */
public final class SmimeMessageMaker {

    /** What an alteration after signing appends to the text. */
    public static final String ALTERATION = "\r\nP.S. Please pay the invoice into account 0000 1111 2222.\r\n";

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private final String from;
    private final List<String> to;
    private final String subject;
    private final Instant date;
    private final String text;

    private MessageSigner signer;
    private boolean opaque;
    private boolean altered;
    private List<X509Certificate> encryptTo = List.of();

    private SmimeMessageMaker(String from, List<String> to, String subject, Instant date, String text) {
        this.from = Objects.requireNonNull(from, "from");
        this.to = List.copyOf(to);
        this.subject = Objects.requireNonNull(subject, "subject");
        this.date = Objects.requireNonNull(date, "date");
        this.text = crlf(Objects.requireNonNull(text, "text"));
    }

    /** A plain message until it is signed or encrypted. */
    public static SmimeMessageMaker message(String from, List<String> to, String subject, Instant date, String text) {
        return new SmimeMessageMaker(from, to, subject, date, text);
    }

    /** Signs it clear: {@code multipart/signed} with a detached {@code application/pkcs7-signature}. */
    public SmimeMessageMaker clearSignedBy(MessageSigner value) {
        this.signer = Objects.requireNonNull(value, "signer");
        this.opaque = false;
        return this;
    }

    /** Signs it opaquely: the text inside {@code application/pkcs7-mime; smime-type=signed-data}. */
    public SmimeMessageMaker opaqueSignedBy(MessageSigner value) {
        this.signer = Objects.requireNonNull(value, "signer");
        this.opaque = true;
        return this;
    }

    /** The text is changed after the signature was made: {@link #ALTERATION} is appended. */
    public SmimeMessageMaker alteredAfterSigning() {
        this.altered = true;
        return this;
    }

    /** Encrypts it (after signing, if signed) to each certificate: one recipient info each. */
    public SmimeMessageMaker encryptedTo(List<X509Certificate> recipients) {
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("an encrypted message needs at least one recipient certificate");
        }
        this.encryptTo = List.copyOf(recipients);
        return this;
    }

    /** The text a reader of the message as made sees, the alteration included. */
    public String shownText() {
        return altered ? text + ALTERATION : text;
    }

    /** The message, RFC 5322. */
    public byte[] bytes() {
        if (altered && signer == null) {
            throw new IllegalStateException("only a signed message can be altered after signing");
        }
        try {
            Object content = textPart(text);
            if (signer != null) {
                content = opaque ? opaqueSigned() : clearSigned();
            }
            if (!encryptTo.isEmpty()) {
                content = encrypted(asPart(content));
            }
            return write(content);
        } catch (MessagingException | IOException | GeneralSecurityException | CMSException | SMIMEException
                 | OperatorCreationException e) {
            throw new IllegalStateException("cannot make the message: " + e, e);
        }
    }

    private MimeMultipart clearSigned() throws GeneralSecurityException, OperatorCreationException, SMIMEException,
            MessagingException, CMSException {
        SMIMESignedGenerator generator = new SMIMESignedGenerator();
        generator.addSignerInfoGenerator(signerInfo());
        generator.addCertificates(new JcaCertStore(carried()));
        MimeMultipart signed = generator.generate(textPart(text));
        if (!altered) {
            return signed;
        }
        String signedType = signed.getContentType();
        MimeMultipart swapped = new MimeMultipart("signed") {
            {
                // the same boundary, protocol and micalg as the signature was made with
                this.contentType = signedType;
            }
        };
        MimeBodyPart signature = (MimeBodyPart) signed.getBodyPart(1);
        swapped.addBodyPart(textPart(shownText()));
        swapped.addBodyPart(signature);
        return swapped;
    }

    private MimeBodyPart opaqueSigned() throws GeneralSecurityException, OperatorCreationException, CMSException,
            MessagingException, IOException {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(signerInfo());
        generator.addCertificates(new JcaCertStore(carried()));
        ContentInfo info = generator.generate(new CMSProcessableByteArray(entity(textPart(text))), true).toASN1Structure();
        if (altered) {
            SignedData original = SignedData.getInstance(info.getContent());
            info = new ContentInfo(CMSObjectIdentifiers.signedData, new SignedData(original.getDigestAlgorithms(),
                    new ContentInfo(CMSObjectIdentifiers.data, new DEROctetString(entity(textPart(shownText())))),
                    original.getCertificates(), original.getCRLs(), original.getSignerInfos()));
        }
        String type = "application/pkcs7-mime; smime-type=signed-data; name=smime.p7m";
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(info.getEncoded("DER"), type)));
        part.setHeader("Content-Type", type);
        part.setHeader("Content-Transfer-Encoding", "base64");
        part.setHeader("Content-Disposition", "attachment; filename=smime.p7m");
        return part;
    }

    private MimeBodyPart encrypted(MimeBodyPart content) throws GeneralSecurityException, CMSException, SMIMEException {
        SMIMEEnvelopedGenerator generator = new SMIMEEnvelopedGenerator();
        for (X509Certificate recipient : encryptTo) {
            if ("EC".equals(recipient.getPublicKey().getAlgorithm())) {
                KeyPairGenerator ephemeral = KeyPairGenerator.getInstance("EC");
                ephemeral.initialize(new ECGenParameterSpec("secp256r1"));
                KeyPair pair = ephemeral.generateKeyPair();
                generator.addRecipientInfoGenerator(new JceKeyAgreeRecipientInfoGenerator(CMSAlgorithm.ECDH_SHA256KDF,
                        pair.getPrivate(), pair.getPublic(), CMSAlgorithm.AES128_WRAP)
                        .setProvider(BOUNCY_CASTLE).addRecipient(recipient));
            } else {
                generator.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(recipient));
            }
        }
        return generator.generate(content, new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES128_CBC)
                .setProvider(BOUNCY_CASTLE).build());
    }

    private SignerInfoGenerator signerInfo() throws OperatorCreationException, GeneralSecurityException {
        AttributeTable signingTime = new AttributeTable(new Attribute(CMSAttributes.signingTime,
                new DERSet(new Time(Date.from(date)))));
        return new JcaSimpleSignerInfoGeneratorBuilder()
                .setSignedAttributeGenerator(signingTime)
                .build(signer.signatureAlgorithm(), signer.privateKey(), signer.certificate());
    }

    private List<X509Certificate> carried() {
        List<X509Certificate> carried = new ArrayList<>();
        carried.add(signer.certificate());
        carried.addAll(signer.carried());
        return carried;
    }

    private byte[] write(Object content) throws MessagingException, IOException {
        String messageId = "<" + UUID.randomUUID() + "@fakes.smime-conformance.invalid>";
        MimeMessage message = new MimeMessage(SESSION) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(from));
        for (String recipient : to) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
        }
        message.setSubject(subject, "UTF-8");
        message.setSentDate(Date.from(date));
        if (content instanceof MimeMultipart multipart) {
            message.setContent(multipart);
        } else {
            MimeBodyPart part = (MimeBodyPart) content;
            message.setDataHandler(part.getDataHandler());
            for (String header : new String[] {"Content-Type", "Content-Transfer-Encoding", "Content-Disposition"}) {
                String[] values = part.getHeader(header);
                if (values != null) {
                    message.setHeader(header, values[0]);
                }
            }
        }
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    private static MimeBodyPart asPart(Object content) throws MessagingException {
        if (content instanceof MimeBodyPart part) {
            return part;
        }
        MimeMultipart multipart = (MimeMultipart) content;
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(multipart);
        part.setHeader("Content-Type", multipart.getContentType());
        return part;
    }

    private static MimeBodyPart textPart(String text) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, "UTF-8");
        part.setHeader("Content-Transfer-Encoding", "quoted-printable");
        return part;
    }

    private static byte[] entity(MimeBodyPart part) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part.writeTo(out);
        return out.toByteArray();
    }

    private static String crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }
}
