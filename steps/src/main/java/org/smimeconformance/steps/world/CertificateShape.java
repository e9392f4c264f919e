package org.smimeconformance.steps.world;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smimeconformance.fakes.pki.CertificateSpec;
import org.smimeconformance.fakes.pki.KeyAlgorithm;
import org.smimeconformance.fakes.pki.KeyUsageBit;

/**
 * What a user's certificate looks like, as a scenario describes it: the addresses it carries and
 * where (SAN rfc822Name, SAN otherName SmtpUTF8Mailbox, subject emailAddress), its key usage and
 * extended key usage, its key, serial number and validity.
 *
 * <p>Unless the scenario says otherwise a certificate is what an S/MIME certificate usually is:
 * an RSA 2048 key with digitalSignature and keyEncipherment, extended key usage emailProtection,
 * common name its first address, organization Contoso, and the validity {@link ScenarioPki} gives
 * end entities. A mutable builder owned by one scenario.
 */
public final class CertificateShape {

    /** Extended key usages by the names RFC 5280 gives them. */
    private static final Map<String, String> EXTENDED_KEY_USAGES = new LinkedHashMap<>();

    static {
        EXTENDED_KEY_USAGES.put("serverAuth", "1.3.6.1.5.5.7.3.1");
        EXTENDED_KEY_USAGES.put("clientAuth", "1.3.6.1.5.5.7.3.2");
        EXTENDED_KEY_USAGES.put("codeSigning", "1.3.6.1.5.5.7.3.3");
        EXTENDED_KEY_USAGES.put("emailProtection", CertificateSpec.EMAIL_PROTECTION);
        EXTENDED_KEY_USAGES.put("timeStamping", "1.3.6.1.5.5.7.3.8");
        EXTENDED_KEY_USAGES.put("OCSPSigning", "1.3.6.1.5.5.7.3.9");
        EXTENDED_KEY_USAGES.put("anyExtendedKeyUsage", "2.5.29.37.0");
    }

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
    public static CertificateShape forAddress(String address) {
        return new CertificateShape().sanEmail(address);
    }

    /** The OID of an extended key usage given by its RFC 5280 name, or the OID itself. */
    public static String extendedKeyUsageOid(String nameOrOid) {
        String oid = EXTENDED_KEY_USAGES.get(nameOrOid.strip());
        if (oid != null) {
            return oid;
        }
        if (!nameOrOid.strip().matches("\\d+(\\.\\d+)+")) {
            throw new IllegalArgumentException("not an extended key usage name of RFC 5280 nor an OID: " + nameOrOid
                    + " (names: " + EXTENDED_KEY_USAGES.keySet() + ")");
        }
        return nameOrOid.strip();
    }

    public CertificateShape commonName(String value) {
        this.commonName = value;
        return this;
    }

    public CertificateShape organization(String value) {
        this.organization = value;
        return this;
    }

    /** Adds a SAN rfc822Name, written exactly as given (spaces and case kept). */
    public CertificateShape sanEmail(String address) {
        sanEmails.add(address);
        return this;
    }

    /** Adds a SAN otherName SmtpUTF8Mailbox (RFC 9598), written exactly as given. */
    public CertificateShape smtpUtf8Mailbox(String address) {
        smtpUtf8Mailboxes.add(address);
        return this;
    }

    /** Writes the address as emailAddress in the subject name. */
    public CertificateShape subjectEmail(String address) {
        this.subjectEmail = address;
        return this;
    }

    /** The key usage bits; none leaves the extension out. */
    public CertificateShape keyUsage(Set<KeyUsageBit> bits) {
        this.keyUsage = bits.isEmpty() ? EnumSet.noneOf(KeyUsageBit.class) : EnumSet.copyOf(bits);
        return this;
    }

    /** The extended key usages, by name or OID; none leaves the extension out. */
    public CertificateShape extendedKeyUsage(List<String> namesOrOids) {
        this.extendedKeyUsage = namesOrOids.stream().map(CertificateShape::extendedKeyUsageOid).toList();
        return this;
    }

    public CertificateShape algorithm(KeyAlgorithm value) {
        this.algorithm = value;
        return this;
    }

    public CertificateShape serialNumber(BigInteger value) {
        this.serialNumber = value;
        return this;
    }

    public CertificateShape validFrom(Instant value) {
        this.notBefore = value;
        return this;
    }

    public CertificateShape validUntil(Instant value) {
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
