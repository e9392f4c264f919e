package org.smimeconformance.engine.identity;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;

/**
 * Reads the mail addresses a certificate carries (ADDR-2): every SAN rfc822Name, every SAN otherName
 * SmtpUTF8Mailbox ({@value #SMTP_UTF8_MAILBOX}, RFC 9598) and every emailAddress attribute
 * ({@value #EMAIL_ADDRESS}) of the subject. A malformed subject alternative name extension reads as
 * absent; a malformed entry inside it is skipped. Stateless; all methods are static.
 */
public final class CertificateAddresses {

    /** id-on-SmtpUTF8Mailbox, the otherName type of an internationalised mail address (RFC 9598). */
    public static final String SMTP_UTF8_MAILBOX = "1.3.6.1.5.5.7.8.9";

    /** The PKCS #9 emailAddress attribute of a distinguished name. */
    public static final String EMAIL_ADDRESS = "1.2.840.113549.1.9.1";

    private CertificateAddresses() {
    }

    /** The SAN addresses in the order of the extension, then the subject's emailAddress values. */
    public static List<CertificateAddress> of(X509Certificate certificate) {
        List<CertificateAddress> found = new ArrayList<>(subjectAlternativeNames(certificate));
        found.addAll(subjectEmailAddresses(certificate));
        return List.copyOf(found);
    }

    private static List<CertificateAddress> subjectAlternativeNames(X509Certificate certificate) {
        byte[] value = certificate.getExtensionValue(Extension.subjectAlternativeName.getId());
        if (value == null) {
            return List.of();
        }
        GeneralName[] names;
        try {
            names = GeneralNames.getInstance(JcaX509ExtensionUtils.parseExtensionValue(value)).getNames();
        } catch (IOException | RuntimeException malformed) {
            return List.of();
        }
        List<CertificateAddress> found = new ArrayList<>();
        for (GeneralName name : names) {
            try {
                if (name.getTagNo() == GeneralName.rfc822Name) {
                    found.add(new CertificateAddress(((ASN1String) name.getName()).getString(),
                            CertificateAddress.Source.SAN_RFC822_NAME));
                } else if (name.getTagNo() == GeneralName.otherName) {
                    smtpUtf8Mailbox(name.getName()).ifPresent(found::add);
                }
            } catch (RuntimeException malformedEntry) {
                // an entry that cannot be read carries no address
            }
        }
        return found;
    }

    /** OtherName ::= SEQUENCE { type-id OBJECT IDENTIFIER, value [0] EXPLICIT ANY }; here a UTF8String. */
    private static Optional<CertificateAddress> smtpUtf8Mailbox(ASN1Encodable otherName) {
        ASN1Sequence sequence = ASN1Sequence.getInstance(otherName);
        if (sequence.size() != 2 || !ASN1ObjectIdentifier.getInstance(sequence.getObjectAt(0)).getId()
                .equals(SMTP_UTF8_MAILBOX)) {
            return Optional.empty();
        }
        ASN1TaggedObject tagged = ASN1TaggedObject.getInstance(sequence.getObjectAt(1));
        ASN1Encodable inner = tagged.getExplicitBaseObject();
        if (!(inner instanceof ASN1String string)) {
            return Optional.empty();
        }
        return Optional.of(new CertificateAddress(string.getString(),
                CertificateAddress.Source.SAN_SMTP_UTF8_MAILBOX));
    }

    private static List<CertificateAddress> subjectEmailAddresses(X509Certificate certificate) {
        List<CertificateAddress> found = new ArrayList<>();
        try {
            X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
            for (RDN rdn : subject.getRDNs()) {
                for (AttributeTypeAndValue attribute : rdn.getTypesAndValues()) {
                    if (BCStyle.EmailAddress.equals(attribute.getType())
                            && attribute.getValue() instanceof ASN1String string) {
                        found.add(new CertificateAddress(string.getString(),
                                CertificateAddress.Source.SUBJECT_EMAIL_ADDRESS));
                    }
                }
            }
        } catch (RuntimeException malformed) {
            return List.of();
        }
        return found;
    }
}
