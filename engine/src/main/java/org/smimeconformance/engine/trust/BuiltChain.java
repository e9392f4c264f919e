package org.smimeconformance.engine.trust;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.smimeconformance.contract.outcome.Outcome;

/**
 * The chain a {@link ChainBuilder} built: the certificates from the leaf up to, not including, a
 * root of the virtual certificate collection, and that root; or, when no root was reached, the
 * certificates as far as the building got and the outcome saying why it stopped. Immutable.
 *
 * @param pathLeafFirst the certificates of the path, leaf first, the trust anchor excluded; empty
 *                      when the leaf itself is a trusted root
 * @param anchor        the trusted root the path ends at, when one was reached
 * @param failure       why no trusted root was reached, when none was
 * @param aiaFetches    how many AIA requests the building made
 */
public record BuiltChain(List<X509Certificate> pathLeafFirst, Optional<X509Certificate> anchor,
                         Optional<Outcome> failure, int aiaFetches) {

    public BuiltChain {
        pathLeafFirst = List.copyOf(pathLeafFirst);
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(failure, "failure");
        if (anchor.isPresent() == failure.isPresent()) {
            throw new IllegalArgumentException("a chain either reaches a trusted root or fails");
        }
    }

    /** A path that ends at a trusted root. */
    public static BuiltChain anchored(List<X509Certificate> pathLeafFirst, X509Certificate anchor, int aiaFetches) {
        return new BuiltChain(pathLeafFirst, Optional.of(anchor), Optional.empty(), aiaFetches);
    }

    /** Building stopped without a trusted root; {@code pathLeafFirst} is as far as it got. */
    public static BuiltChain broken(List<X509Certificate> pathLeafFirst, Outcome failure, int aiaFetches) {
        return new BuiltChain(pathLeafFirst, Optional.empty(), Optional.of(failure), aiaFetches);
    }

    public boolean reachedTrustedRoot() {
        return anchor.isPresent();
    }
}
