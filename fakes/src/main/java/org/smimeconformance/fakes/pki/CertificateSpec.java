package org.smimeconformance.fakes.pki;

import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.bouncycastle.asn1.x509.KeyPurposeId;

/**
 * What a certificate to be minted looks like: a root, an intermediate CA or an S/MIME leaf.
 * A mutable builder owned by one scenario; {@link Pki} reads it when minting.
 */
public final class CertificateSpec {

    /** The extended key usage for S/MIME, id-kp-emailProtection ({@code 1.3.6.1.5.5.7.3.4}). */
    public static final String EMAIL_PROTECTION = KeyPurposeId.id_kp_emailProtection.getId();

    /** The type of the SmtpUTF8Mailbox otherName of RFC 9598, id-on-SmtpUTF8Mailbox. */
    public static final String SMTP_UTF8_MAILBOX = "1.3.6.1.5.5.7.8.9";

    private final String commonName;
    private final boolean certificateAuthority;
    private final List<String> sanEmails = new ArrayList<>();
    private final List<String> smtpUtf8Mailboxes = new ArrayList<>();
    private final List<String> dnsNames = new ArrayList<>();
    private final List<String> ipAddresses = new ArrayList<>();
    private BigInteger serialNumber;
    private String subjectEmail;
    private String organization = "Contoso";
    private Instant notBefore;
    private Instant notAfter;
    private Set<KeyUsageBit> keyUsage;
    private List<String> extendedKeyUsage;
    private final List<CrlDistributionPoint> crlDistributionPoints = new ArrayList<>();
    private URI freshestCrl;
    private boolean unknownCriticalExtension;
    private URI caIssuers;
    private KeyAlgorithm algorithm = KeyAlgorithm.EC_P256;
    private boolean brokenSignature;

    private CertificateSpec(String commonName, boolean certificateAuthority, Instant notBefore, Instant notAfter) {
        this.commonName = Objects.requireNonNull(commonName, "commonName");
        this.certificateAuthority = certificateAuthority;
        this.notBefore = notBefore;
        this.notAfter = notAfter;
        this.keyUsage = certificateAuthority
                ? EnumSet.of(KeyUsageBit.KEY_CERT_SIGN, KeyUsageBit.CRL_SIGN)
                : EnumSet.of(KeyUsageBit.DIGITAL_SIGNATURE, KeyUsageBit.KEY_ENCIPHERMENT);
        this.extendedKeyUsage = certificateAuthority ? List.of() : List.of(EMAIL_PROTECTION);
    }

    /** A certification authority (root or intermediate), valid over the given period. */
    public static CertificateSpec authority(String commonName, Instant notBefore, Instant notAfter) {
        return new CertificateSpec(commonName, true, notBefore, notAfter);
    }

    /**
     * An S/MIME end-entity certificate for an address: the address as SAN rfc822Name,
     * digitalSignature and keyEncipherment, emailProtection.
     */
    public static CertificateSpec smime(String emailAddress, Instant notBefore, Instant notAfter) {
        CertificateSpec spec = new CertificateSpec(emailAddress, false, notBefore, notAfter);
        spec.sanEmails.add(emailAddress);
        return spec;
    }

    /**
     * An S/MIME end-entity certificate that carries the address only as emailAddress in its subject
     * name, with no subject alternative name: the "certificate's subject value" of the article.
     */
    public static CertificateSpec smimeBySubjectEmail(String emailAddress, Instant notBefore, Instant notAfter) {
        return new CertificateSpec(emailAddress, false, notBefore, notAfter).subjectEmail(emailAddress);
    }

    /**
     * An end-entity certificate with the S/MIME key usage and extended key usage but no address at
     * all: add them with {@link #sanEmails}, {@link #smtpUtf8Mailboxes} or {@link #subjectEmail}.
     */
    public static CertificateSpec endEntity(String commonName, Instant notBefore, Instant notAfter) {
        return new CertificateSpec(commonName, false, notBefore, notAfter);
    }

    public CertificateSpec validity(Instant from, Instant until) {
        this.notBefore = from;
        this.notAfter = until;
        return this;
    }

    /** Also writes the address as emailAddress in the subject name. */
    public CertificateSpec subjectEmail(String address) {
        this.subjectEmail = address;
        return this;
    }

    /** Replaces the SAN rfc822Name values; an empty list leaves the SAN out. */
    public CertificateSpec sanEmails(List<String> addresses) {
        sanEmails.clear();
        sanEmails.addAll(addresses);
        return this;
    }

    /**
     * Replaces the SAN otherName SmtpUTF8Mailbox values (RFC 9598), internationalised addresses
     * written as UTF-8; they come after the rfc822Name values in the extension.
     */
    public CertificateSpec smtpUtf8Mailboxes(List<String> addresses) {
        smtpUtf8Mailboxes.clear();
        smtpUtf8Mailboxes.addAll(addresses);
        return this;
    }

    /**
     * Replaces the SAN dNSName values, for a server's certificate (the LDAP directory's TLS
     * identity); they come after the address values in the extension.
     */
    public CertificateSpec dnsNames(List<String> names) {
        dnsNames.clear();
        dnsNames.addAll(names);
        return this;
    }

    /** Replaces the SAN iPAddress values, written as {@code 127.0.0.1}; they come last in the extension. */
    public CertificateSpec ipAddresses(List<String> addresses) {
        ipAddresses.clear();
        ipAddresses.addAll(addresses);
        return this;
    }

    /** A fixed serial number instead of a random one; it must be positive. */
    public CertificateSpec serialNumber(BigInteger value) {
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("a serial number must be positive: " + value);
        }
        this.serialNumber = value;
        return this;
    }

    public CertificateSpec organization(String value) {
        this.organization = value;
        return this;
    }

    public CertificateSpec keyUsage(Set<KeyUsageBit> bits) {
        this.keyUsage = bits.isEmpty() ? EnumSet.noneOf(KeyUsageBit.class) : EnumSet.copyOf(bits);
        return this;
    }

    /** Extended key usage OIDs; empty leaves the extension out. */
    public CertificateSpec extendedKeyUsage(List<String> oids) {
        this.extendedKeyUsage = List.copyOf(oids);
        return this;
    }

    /** Adds a distribution point named by the URI alone: every reason, the CRL of the certificate's issuer. */
    public CertificateSpec crlDistributionPoint(URI uri) {
        return crlDistributionPoint(CrlDistributionPoint.at(uri));
    }

    /** Adds a distribution point with its reasons and cRLIssuer as given. */
    public CertificateSpec crlDistributionPoint(CrlDistributionPoint point) {
        crlDistributionPoints.add(Objects.requireNonNull(point, "point"));
        return this;
    }

    /** Adds the freshest CRL extension (RFC 5280 §4.2.1.15): where the delta CRLs are served. */
    public CertificateSpec freshestCrl(URI uri) {
        this.freshestCrl = Objects.requireNonNull(uri, "uri");
        return this;
    }

    /** Adds {@link CrlSpec#UNKNOWN_EXTENSION}, an extension nobody knows, as a critical extension. */
    public CertificateSpec unknownCriticalExtension() {
        this.unknownCriticalExtension = true;
        return this;
    }

    public CertificateSpec caIssuers(URI uri) {
        this.caIssuers = uri;
        return this;
    }

    public CertificateSpec algorithm(KeyAlgorithm value) {
        this.algorithm = value;
        return this;
    }

    /** Signs the certificate with a key that is not its issuer's, so its signature does not verify. */
    public CertificateSpec brokenSignature() {
        this.brokenSignature = true;
        return this;
    }

    public String commonName() {
        return commonName;
    }

    public boolean isCertificateAuthority() {
        return certificateAuthority;
    }

    public List<String> sanEmails() {
        return List.copyOf(sanEmails);
    }

    public List<String> smtpUtf8Mailboxes() {
        return List.copyOf(smtpUtf8Mailboxes);
    }

    public List<String> dnsNames() {
        return List.copyOf(dnsNames);
    }

    public List<String> ipAddresses() {
        return List.copyOf(ipAddresses);
    }

    /** The serial number asked for, or null for a random one. */
    public BigInteger serialNumber() {
        return serialNumber;
    }

    public String subjectEmail() {
        return subjectEmail;
    }

    public String organization() {
        return organization;
    }

    public Instant notBefore() {
        return notBefore;
    }

    public Instant notAfter() {
        return notAfter;
    }

    public Set<KeyUsageBit> keyUsage() {
        return keyUsage.isEmpty() ? Set.of() : EnumSet.copyOf(keyUsage);
    }

    public List<String> extendedKeyUsage() {
        return extendedKeyUsage;
    }

    /** The fullName URIs of the distribution points, in order. */
    public List<URI> crlDistributionPoints() {
        return crlDistributionPoints.stream().map(CrlDistributionPoint::address).toList();
    }

    /** The distribution points with their reasons and cRLIssuer, in order. */
    public List<CrlDistributionPoint> distributionPoints() {
        return List.copyOf(crlDistributionPoints);
    }

    /** The freshest CRL address, or null when the extension is left out. */
    public URI freshestCrl() {
        return freshestCrl;
    }

    public boolean hasUnknownCriticalExtension() {
        return unknownCriticalExtension;
    }

    public URI caIssuers() {
        return caIssuers;
    }

    public KeyAlgorithm algorithm() {
        return algorithm;
    }

    public boolean hasBrokenSignature() {
        return brokenSignature;
    }
}
