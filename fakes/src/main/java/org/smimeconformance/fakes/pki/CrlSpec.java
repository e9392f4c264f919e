package org.smimeconformance.fakes.pki;

import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import javax.security.auth.x500.X500Principal;

/**
 * A CRL to be minted: its update times, the certificates it lists, who signs it, and the
 * extensions of RFC 5280 §5.2 that say what it covers: the issuing distribution point (its scope),
 * the delta CRL indicator, the freshest CRL, and an extension nobody knows, critical.
 * A mutable builder owned by one scenario; {@link Pki#crl} reads it when minting.
 */
public final class CrlSpec {

    /**
     * An extension no implementation knows: an OID under the private enterprise number 32473,
     * which RFC 5612 reserves for documentation. Marked critical wherever it is minted.
     */
    public static final String UNKNOWN_EXTENSION = "1.3.6.1.4.1.32473.1.1";

    /**
     * One revoked certificate. Reason codes are those of RFC 5280 (1 keyCompromise, ...), the
     * ordinals of {@link java.security.cert.CRLReason}; {@link Pki#reasonCode} gives one by name.
     *
     * @param certificateIssuer          the certificateIssuer entry extension of an indirect CRL
     *                                   (RFC 5280 §5.3.3): the issuer of this certificate and of
     *                                   the entries after it; null to leave it out
     * @param unknownCriticalExtension   whether the entry carries {@link #UNKNOWN_EXTENSION}, critical
     */
    public record Entry(BigInteger serialNumber, Instant revocationDate, int reasonCode,
                        X500Principal certificateIssuer, boolean unknownCriticalExtension) {

        public Entry(BigInteger serialNumber, Instant revocationDate, int reasonCode) {
            this(serialNumber, revocationDate, reasonCode, null, false);
        }

        /** The same entry naming the issuer of the certificate it revokes (certificateIssuer, critical). */
        public Entry issuedBy(X500Principal issuer) {
            return new Entry(serialNumber, revocationDate, reasonCode, Objects.requireNonNull(issuer, "issuer"),
                    unknownCriticalExtension);
        }

        /** The same entry with {@link #UNKNOWN_EXTENSION} as a critical entry extension. */
        public Entry withUnknownCriticalExtension() {
            return new Entry(serialNumber, revocationDate, reasonCode, certificateIssuer, true);
        }
    }

    private final Instant thisUpdate;
    private Instant nextUpdate;
    private final List<Entry> revoked = new ArrayList<>();
    private boolean signedByAnotherKey;
    private IssuedCertificate signer;
    private BigInteger crlNumber = BigInteger.ONE;
    private BigInteger deltaOf;
    private URI freshestCrl;
    private boolean unknownCriticalExtension;
    private URI distributionPointName;
    private boolean onlyContainsUserCerts;
    private boolean onlyContainsCaCerts;
    private boolean onlyContainsAttributeCerts;
    private Set<ReasonFlag> onlySomeReasons = Set.of();
    private boolean indirect;

    public CrlSpec(Instant thisUpdate, Instant nextUpdate) {
        this.thisUpdate = Objects.requireNonNull(thisUpdate, "thisUpdate");
        this.nextUpdate = Objects.requireNonNull(nextUpdate, "nextUpdate");
    }

    public CrlSpec revoke(BigInteger serialNumber, Instant when, int reasonCode) {
        return revoke(new Entry(serialNumber, when, reasonCode));
    }

    public CrlSpec revoke(Entry entry) {
        revoked.add(Objects.requireNonNull(entry, "entry"));
        return this;
    }

    /** Signs the CRL with a key that is not the CA's, so its signature does not verify. */
    public CrlSpec signedByAnotherKey() {
        this.signedByAnotherKey = true;
        return this;
    }

    /**
     * Signs the CRL with the key of {@code certificate}, and names that key in the authority key
     * identifier, while the CRL stays issued under the CA's name: a CA's separate CRL-signing key,
     * or its new key after a rollover, whose certificate has the CA's subject name.
     */
    public CrlSpec signedBy(IssuedCertificate certificate) {
        this.signer = Objects.requireNonNull(certificate, "certificate");
        return this;
    }

    /** Leaves nextUpdate out, which RFC 5280 §5.1.2.5 says conforming CRL issuers never do. */
    public CrlSpec withoutNextUpdate() {
        this.nextUpdate = null;
        return this;
    }

    /** The CRL number (RFC 5280 §5.2.3); 1 unless given. */
    public CrlSpec crlNumber(BigInteger number) {
        this.crlNumber = Objects.requireNonNull(number, "number");
        return this;
    }

    /** Makes it a delta CRL (RFC 5280 §5.2.4): deltaCRLIndicator, critical, naming its base CRL's number. */
    public CrlSpec deltaOf(BigInteger baseCrlNumber) {
        this.deltaOf = Objects.requireNonNull(baseCrlNumber, "baseCrlNumber");
        return this;
    }

    /** Adds the freshest CRL extension (RFC 5280 §5.2.6): where the delta CRLs of this CRL are served. */
    public CrlSpec freshestCrl(URI address) {
        this.freshestCrl = Objects.requireNonNull(address, "address");
        return this;
    }

    /** Adds {@link #UNKNOWN_EXTENSION} as a critical CRL extension. */
    public CrlSpec unknownCriticalExtension() {
        this.unknownCriticalExtension = true;
        return this;
    }

    /** The issuing distribution point's distributionPoint: the fullName URI the CRL is published for. */
    public CrlSpec distributionPointName(URI address) {
        this.distributionPointName = Objects.requireNonNull(address, "address");
        return this;
    }

    /** The issuing distribution point limits the CRL to end-entity certificates (at most one kind may be chosen). */
    public CrlSpec onlyContainsUserCerts() {
        onlyOneKind();
        this.onlyContainsUserCerts = true;
        return this;
    }

    /** The issuing distribution point limits the CRL to CA certificates. */
    public CrlSpec onlyContainsCaCerts() {
        onlyOneKind();
        this.onlyContainsCaCerts = true;
        return this;
    }

    /** The issuing distribution point limits the CRL to attribute certificates. */
    public CrlSpec onlyContainsAttributeCerts() {
        onlyOneKind();
        this.onlyContainsAttributeCerts = true;
        return this;
    }

    /** The issuing distribution point limits the CRL to these revocation reasons. */
    public CrlSpec onlySomeReasons(Set<ReasonFlag> reasons) {
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("onlySomeReasons needs at least one reason");
        }
        this.onlySomeReasons = Set.copyOf(EnumSet.copyOf(reasons));
        return this;
    }

    /** The issuing distribution point marks the CRL indirect: it lists certificates of other issuers too. */
    public CrlSpec indirect() {
        this.indirect = true;
        return this;
    }

    /** RFC 5280 §5.2.5: at most one of onlyContainsUserCerts, onlyContainsCACerts, onlyContainsAttributeCerts. */
    private void onlyOneKind() {
        if (onlyContainsUserCerts || onlyContainsCaCerts || onlyContainsAttributeCerts) {
            throw new IllegalStateException("an issuing distribution point limits a CRL to one kind of certificate at most");
        }
    }

    public Instant thisUpdate() {
        return thisUpdate;
    }

    /** The next update, or null when it is left out. */
    public Instant nextUpdate() {
        return nextUpdate;
    }

    public List<Entry> revoked() {
        return List.copyOf(revoked);
    }

    public boolean isSignedByAnotherKey() {
        return signedByAnotherKey;
    }

    /** The certificate whose key signs the CRL, or null for the CA's own. */
    public IssuedCertificate signer() {
        return signer;
    }

    public BigInteger crlNumber() {
        return crlNumber;
    }

    /** The base CRL number of a delta CRL, or null for a complete CRL. */
    public BigInteger deltaOf() {
        return deltaOf;
    }

    public URI freshestCrl() {
        return freshestCrl;
    }

    public boolean hasUnknownCriticalExtension() {
        return unknownCriticalExtension;
    }

    public URI distributionPointName() {
        return distributionPointName;
    }

    public boolean isOnlyContainsUserCerts() {
        return onlyContainsUserCerts;
    }

    public boolean isOnlyContainsCaCerts() {
        return onlyContainsCaCerts;
    }

    public boolean isOnlyContainsAttributeCerts() {
        return onlyContainsAttributeCerts;
    }

    /** The reasons the CRL is limited to, empty for all. */
    public Set<ReasonFlag> onlySomeReasons() {
        return onlySomeReasons;
    }

    public boolean isIndirect() {
        return indirect;
    }

    /** Whether the CRL carries an issuing distribution point extension. */
    public boolean hasIssuingDistributionPoint() {
        return distributionPointName != null || onlyContainsUserCerts || onlyContainsCaCerts
                || onlyContainsAttributeCerts || !onlySomeReasons.isEmpty() || indirect;
    }
}
