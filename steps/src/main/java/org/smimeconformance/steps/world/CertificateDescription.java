package org.smimeconformance.steps.world;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.smimeconformance.fakes.pki.CertificateSpec;
import org.smimeconformance.fakes.pki.KeyAlgorithm;
import org.smimeconformance.fakes.pki.KeyUsageBit;

/**
 * A user's certificate as a scenario describes it, field by field in the features' words
 * ({@link CertificateField}): the addresses it carries and where (SAN rfc822Name, SAN otherName
 * SmtpUTF8Mailbox, subject emailAddress), its key usage and extended key usage, its key, serial
 * number and validity.
 *
 * <p>It is not the fakes' {@link CertificateSpec}: a description says only what the scenario said,
 * before there is an issuer, a validity or any endpoint to point at; {@link ScenarioPki} turns it
 * into a spec, the full recipe its PKI mints from, when it mints (adding the issuer's CRL
 * distribution point and AIA address, the default validity, the broken signature a scenario asks
 * for).
 *
 * <p>Unless the scenario says otherwise a certificate is what an S/MIME certificate usually is:
 * an RSA 2048 key with digitalSignature and keyEncipherment, extended key usage emailProtection,
 * common name its first address, organization Contoso, and the validity {@link ScenarioPki} gives
 * end entities. A mutable builder owned by one scenario.
 */
public final class CertificateDescription {

    private String commonName;
    private String organization = "Contoso";
    private final List<String> sanEmails = new ArrayList<>();
    private final List<String> smtpUtf8Mailboxes = new ArrayList<>();
    private String subjectEmail;
    private Set<KeyUsageBit> keyUsage = EnumSet.of(KeyUsageBit.DIGITAL_SIGNATURE, KeyUsageBit.KEY_ENCIPHERMENT);
    private List<String> extendedKeyUsage = List.of(CertificateSpec.EMAIL_PROTECTION);
    private KeyAlgorithm algorithm = KeyAlgorithm.RSA_2048;
    private BigInteger serialNumber;
    private Instant notBefore;
    private Instant notAfter;

    /** The usual S/MIME certificate for one address, carried as SAN rfc822Name. */
    public static CertificateDescription forAddress(String address) {
        return new CertificateDescription().sanEmail(address);
    }

    /** The certificate the fields describe, each field applied in turn over the usual one. */
    public static CertificateDescription of(List<CertificateField.Value> fields) {
        CertificateDescription description = new CertificateDescription();
        fields.forEach(field -> field.describe(description));
        return description;
    }

    public CertificateDescription commonName(String value) {
        this.commonName = value;
        return this;
    }

    public CertificateDescription organization(String value) {
        this.organization = value;
        return this;
    }

    /** Adds a SAN rfc822Name, written exactly as given (spaces and case kept). */
    public CertificateDescription sanEmail(String address) {
        sanEmails.add(address);
        return this;
    }

    /** Adds a SAN otherName SmtpUTF8Mailbox (RFC 9598), written exactly as given. */
    public CertificateDescription smtpUtf8Mailbox(String address) {
        smtpUtf8Mailboxes.add(address);
        return this;
    }

    /** Writes the address as emailAddress in the subject name. */
    public CertificateDescription subjectEmail(String address) {
        this.subjectEmail = address;
        return this;
    }

    /** The key usage bits; none leaves the extension out. */
    public CertificateDescription keyUsage(Set<KeyUsageBit> bits) {
        this.keyUsage = bits.isEmpty() ? EnumSet.noneOf(KeyUsageBit.class) : EnumSet.copyOf(bits);
        return this;
    }

    /** The extended key usages, by name or OID; none leaves the extension out. */
    public CertificateDescription extendedKeyUsage(List<String> namesOrOids) {
        this.extendedKeyUsage = namesOrOids.stream().map(ExtendedKeyUsage::oidOf).toList();
        return this;
    }

    public CertificateDescription algorithm(KeyAlgorithm value) {
        this.algorithm = value;
        return this;
    }

    public CertificateDescription serialNumber(BigInteger value) {
        this.serialNumber = value;
        return this;
    }

    public CertificateDescription validFrom(Instant value) {
        this.notBefore = value;
        return this;
    }

    public CertificateDescription validUntil(Instant value) {
        this.notAfter = value;
        return this;
    }

    /** The start of the validity the scenario asked for, or null for the default. */
    public Instant notBefore() {
        return notBefore;
    }

    /** The end of the validity the scenario asked for, or null for the default. */
    public Instant notAfter() {
        return notAfter;
    }

    /** The specification to mint, valid over the given period. */
    CertificateSpec spec(String name, Instant from, Instant until) {
        String cn = commonName != null ? commonName
                : !sanEmails.isEmpty() ? sanEmails.get(0).strip()
                : !smtpUtf8Mailboxes.isEmpty() ? smtpUtf8Mailboxes.get(0).strip()
                : subjectEmail != null ? subjectEmail.strip()
                : name;
        CertificateSpec spec = CertificateSpec.endEntity(cn, from, until)
                .organization(organization)
                .sanEmails(sanEmails)
                .smtpUtf8Mailboxes(smtpUtf8Mailboxes)
                .keyUsage(keyUsage)
                .extendedKeyUsage(extendedKeyUsage)
                .algorithm(algorithm);
        if (subjectEmail != null) {
            spec.subjectEmail(subjectEmail);
        }
        if (serialNumber != null) {
            spec.serialNumber(serialNumber);
        }
        return spec;
    }
}
