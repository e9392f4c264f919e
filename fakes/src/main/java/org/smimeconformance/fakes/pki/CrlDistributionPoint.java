package org.smimeconformance.fakes.pki;

import java.net.URI;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import javax.security.auth.x500.X500Principal;

/**
 * One DistributionPoint of a certificate's CRL distribution points extension (RFC 5280
 * §4.2.1.13): where the CRL is served, the reasons it is limited to, and who issues it when that is
 * not the certificate's issuer (an indirect CRL). Immutable.
 *
 * @param address   the http(s) fullName URI of the distribution point
 * @param reasons   the reasons of the CRL found there; empty for all reasons (the field left out)
 * @param crlIssuer the cRLIssuer, when another authority than the certificate's issuer signs the
 *                  CRL; null when the field is left out
 */
public record CrlDistributionPoint(URI address, Set<ReasonFlag> reasons, X500Principal crlIssuer) {

    public CrlDistributionPoint {
        Objects.requireNonNull(address, "address");
        reasons = reasons.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(reasons));
    }

    /** A distribution point with a name only: every reason, issued by the certificate's issuer. */
    public static CrlDistributionPoint at(URI address) {
        return new CrlDistributionPoint(address, Set.of(), null);
    }

    /** The same point limited to these reasons. */
    public CrlDistributionPoint reasons(Set<ReasonFlag> only) {
        return new CrlDistributionPoint(address, only, crlIssuer);
    }

    /** The same point with a cRLIssuer: the CRL there is signed by that authority. */
    public CrlDistributionPoint crlIssuer(X500Principal issuer) {
        return new CrlDistributionPoint(address, reasons, Objects.requireNonNull(issuer, "issuer"));
    }
}
