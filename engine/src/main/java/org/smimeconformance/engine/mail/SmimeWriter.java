package org.smimeconformance.engine.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.mail.smime.SMIMEEnvelopedGenerator;
import org.bouncycastle.mail.smime.SMIMEException;
import org.bouncycastle.mail.smime.SMIMESignedGenerator;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Writes S/MIME messages the way the reference client sends them: clear-signed
 * ({@code multipart/signed}, never opaque, SEND-5), encrypted ({@code application/pkcs7-mime;
 * smime-type=enveloped-data}, AES-256-CBC, one recipient info per certificate), or signed then
 * encrypted. Stateless and thread-safe.
 */
public final class SmimeWriter {

    private static final Session SESSION = Session.getInstance(new Properties());

    /** A text/plain part in UTF-8. */
    public MimeBodyPart text(String body) throws MessageFailure {
        try {
            MimeBodyPart part = new MimeBodyPart();
            part.setText(body, "UTF-8");
            part.setHeader("Content-Transfer-Encoding", "quoted-printable");
            return part;
        } catch (MessagingException e) {
            throw new MessageFailure("cannot make the text part: " + e.getMessage(), e);
        }
    }

    /**
     * Clear-signs the content: multipart/signed with a detached application/pkcs7-signature, the
     * {@code micalg} parameter naming the digest (sha-256). The signing time attribute is the
     * instant given, never the wall clock.
     */
    public MimeMultipart clearSign(MimeBodyPart content, SigningKey key, Instant signingTime) throws MessageFailure {
        try {
            return generator(key, signingTime).generate(content);
        } catch (SMIMEException e) {
            throw new MessageFailure("cannot sign: " + e.getMessage(), e);
        }
    }

    /**
     * Signs the content opaquely: application/pkcs7-mime; smime-type=signed-data, the content inside
     * the signature. Outlook never sends this form (SEND-5); other clients do, and a deliberately
     * broken variant may.
     */
    public MimeBodyPart opaqueSign(MimeBodyPart content, SigningKey key, Instant signingTime) throws MessageFailure {
        try {
            return generator(key, signingTime).generateEncapsulated(content);
        } catch (SMIMEException e) {
            throw new MessageFailure("cannot sign: " + e.getMessage(), e);
        }
    }

    private static SMIMESignedGenerator generator(SigningKey key, Instant signingTime) throws MessageFailure {
        try {
            SMIMESignedGenerator generator = new SMIMESignedGenerator();
            AttributeTable attributes = new AttributeTable(new Attribute(CMSAttributes.signingTime,
                    new DERSet(new Time(Date.from(signingTime)))));
            generator.addSignerInfoGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                    .setSignedAttributeGenerator(attributes)
                    .build(key.signatureAlgorithm(), key.privateKey(), key.certificate()));
            List<X509Certificate> carried = new ArrayList<>();
            carried.add(key.certificate());
            carried.addAll(key.chain());
            generator.addCertificates(new JcaCertStore(carried));
            return generator;
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new MessageFailure("cannot sign: " + e.getMessage(), e);
        }
    }

    /** Wraps a signed multipart in a body part, so it can be encrypted in turn. */
    public MimeBodyPart asPart(MimeMultipart multipart) throws MessageFailure {
        try {
            MimeBodyPart part = new MimeBodyPart();
            part.setContent(multipart);
            part.setHeader("Content-Type", multipart.getContentType());
            return part;
        } catch (MessagingException e) {
            throw new MessageFailure("cannot wrap the signed content: " + e.getMessage(), e);
        }
    }

    /**
     * Encrypts the content to every certificate given (recipients and, so the sender can read the
     * sent item, the sender): key transport for RSA keys, ECDH key agreement for EC keys.
     */
    public MimeBodyPart encrypt(MimeBodyPart content, List<X509Certificate> recipients) throws MessageFailure {
        if (recipients.isEmpty()) {
            throw new MessageFailure("nobody to encrypt to");
        }
        try {
            SMIMEEnvelopedGenerator generator = new SMIMEEnvelopedGenerator();
            for (X509Certificate recipient : recipients) {
                if ("EC".equals(recipient.getPublicKey().getAlgorithm())) {
                    KeyPairGenerator ephemeral = KeyPairGenerator.getInstance("EC");
                    ephemeral.initialize(new ECGenParameterSpec("secp256r1"));
                    var pair = ephemeral.generateKeyPair();
                    generator.addRecipientInfoGenerator(new JceKeyAgreeRecipientInfoGenerator(
                            CMSAlgorithm.ECDH_SHA256KDF, pair.getPrivate(), pair.getPublic(), CMSAlgorithm.AES128_WRAP)
                            .setProvider(BouncyCastle.PROVIDER)
                            .addRecipient(recipient));
                } else {
                    generator.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(recipient));
                }
            }
            return generator.generate(content, new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_CBC).build());
        } catch (GeneralSecurityException | CMSException | SMIMEException e) {
            throw new MessageFailure("cannot encrypt: " + e.getMessage(), e);
        }
    }

    /**
     * The whole message as RFC 5322 bytes, with the given content (a body part or a multipart).
     *
     * @param sentAt the Date header, from the world's clock
     */
    public byte[] message(String from, List<String> to, String subject, Object content, Instant sentAt)
            throws MessageFailure {
        try {
            String messageId = "<" + UUID.randomUUID() + "@smime-conformance.invalid>";
            MimeMessage message = new MimeMessage(SESSION) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    // random, not derived from the host name and the wall clock as Jakarta Mail would
                    setHeader("Message-ID", messageId);
                }
            };
            message.setFrom(new InternetAddress(from));
            for (String recipient : to) {
                message.addRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
            }
            message.setSubject(subject, "UTF-8");
            message.setSentDate(Date.from(sentAt));
            if (content instanceof MimeMultipart multipart) {
                message.setContent(multipart);
            } else if (content instanceof MimeBodyPart part) {
                message.setDataHandler(part.getDataHandler());
                message.setHeader("Content-Type", part.getContentType());
                for (String header : new String[] {"Content-Transfer-Encoding", "Content-Disposition"}) {
                    String[] values = part.getHeader(header);
                    if (values != null) {
                        message.setHeader(header, values[0]);
                    }
                }
            } else {
                throw new MessageFailure("not a MIME body: " + content);
            }
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException | IOException e) {
            throw new MessageFailure("cannot write the message: " + e.getMessage(), e);
        }
    }
}
