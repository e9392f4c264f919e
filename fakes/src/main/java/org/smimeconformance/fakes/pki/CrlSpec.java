package org.smimeconformance.fakes.pki;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A CRL to be minted: its update times, the certificates it lists, and who signs it. */
public final class CrlSpec {

    /**
     * One revoked certificate. Reason codes are those of RFC 5280 (1 keyCompromise, ...), the
     * ordinals of {@link java.security.cert.CRLReason}; {@link Pki#reasonCode} gives one by name.
     */
    public record Entry(BigInteger serialNumber, Instant revocationDate, int reasonCode) {
    }

    private final Instant thisUpdate;
    private final Instant nextUpdate;
    private final List<Entry> revoked = new ArrayList<>();
    private boolean signedByAnotherKey;

    public CrlSpec(Instant thisUpdate, Instant nextUpdate) {
        this.thisUpdate = Objects.requireNonNull(thisUpdate, "thisUpdate");
        this.nextUpdate = Objects.requireNonNull(nextUpdate, "nextUpdate");
    }

    public CrlSpec revoke(BigInteger serialNumber, Instant when, int reasonCode) {
        revoked.add(new Entry(serialNumber, when, reasonCode));
        return this;
    }

    /** Signs the CRL with a key that is not the CA's, so its signature does not verify. */
    public CrlSpec signedByAnotherKey() {
        this.signedByAnotherKey = true;
        return this;
    }

    public Instant thisUpdate() {
        return thisUpdate;
    }

    public Instant nextUpdate() {
        return nextUpdate;
    }

    public List<Entry> revoked() {
        return List.copyOf(revoked);
    }

    public boolean isSignedByAnotherKey() {
        return signedByAnotherKey;
    }
}
