package org.smimeconformance.engine.trust;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.smimeconformance.contract.outcome.Outcome;

/**
 * Validates "each certificate in the certificate chain" (TRUST-4): every signature with its
 * issuer's key, every validity period at the validation instant, and the other PKIX rules
 * (issuers are CAs, path lengths, key usage for signing certificates). Revocation is not its
 * business. No network. Thread-safe.
 */
@FunctionalInterface
public interface PathCheck {

    /**
     * @param pathLeafFirst the path, leaf first, the anchor excluded (may be empty when the leaf is
     *                      the anchor)
     * @param anchor        the trusted root the path ends at
     * @param at            the validation instant, from the world's clock
     * @return empty when the path is sound, else {@code EXPIRED}, {@code NOT_YET_VALID},
     *         {@code BAD_SIGNATURE} or {@code INVALID_CHAIN} naming the offending certificate
     */
    Optional<Outcome> check(List<X509Certificate> pathLeafFirst, X509Certificate anchor, Instant at);
}
