package org.smimeconformance.engine.trust;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.smimeconformance.contract.outcome.Outcome;

/**
 * Queries "the certificate revocation list for the certificate authority" of every certificate in
 * the path (TRUST-2, TRUST-9, TRUST-10). Called only on a path {@link PathCheck} found sound.
 * Fails closed: a CRL that cannot be obtained or trusted makes the certificate untrusted.
 * Thread-safe; never throws.
 */
@FunctionalInterface
public interface RevocationCheck {

    /**
     * @param pathLeafFirst      the path, leaf first, the anchor excluded; each of these is checked
     * @param anchor             the trusted root the path ends at (the issuer of the last one)
     * @param at                 the validation instant, from the world's clock
     * @param certificatesAtHand the certificates that came with the one judged (intermediates, and
     *                           any others it carried): where the certificate of a CRL issuer that
     *                           is not in the path, or of a CA's separate CRL-signing key, is found
     * @param knownCrls          CRLs already at hand, used before anything is fetched
     * @param source             where CRL distribution points are fetched
     * @return empty when every certificate's CRL was obtained, is trustworthy, covers it and does
     *         not list it; else {@code REVOKED}, {@code CRL_UNREACHABLE}, {@code CRL_STALE},
     *         {@code CRL_INVALID}, {@code CRL_OUT_OF_SCOPE} or {@code CRL_UNSUPPORTED} naming the
     *         certificate ({@code INVALID_CHAIN} when revocation cannot be judged at all)
     */
    Optional<Outcome> check(List<X509Certificate> pathLeafFirst, X509Certificate anchor, Instant at,
                            List<X509Certificate> certificatesAtHand, List<X509CRL> knownCrls, CrlSource source);
}
