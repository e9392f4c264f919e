package org.smimeconformance.engine.trust;

import java.util.Objects;

/**
 * The three replaceable parts of trust verification. The reference engine uses
 * {@link #reference()}; a deliberately broken variant swaps exactly one part, e.g.
 * {@code parts -> parts.withRevocationCheck((path, anchor, at, certificates, crls, source) -> Optional.empty())}.
 * Immutable; the parts themselves must be thread-safe.
 */
public record TrustParts(ChainBuilder chainBuilder, PathCheck pathCheck, RevocationCheck revocationCheck) {

    public TrustParts {
        Objects.requireNonNull(chainBuilder, "chainBuilder");
        Objects.requireNonNull(pathCheck, "pathCheck");
        Objects.requireNonNull(revocationCheck, "revocationCheck");
    }

    /** AIA path building, JDK PKIX path validation, JDK PKIX revocation checking of every certificate with the CRLs the engine fetches. */
    public static TrustParts reference() {
        return new TrustParts(new AiaChainBuilder(), new PkixPathCheck(), new PkixRevocationCheck());
    }

    public TrustParts withChainBuilder(ChainBuilder replacement) {
        return new TrustParts(replacement, pathCheck, revocationCheck);
    }

    public TrustParts withPathCheck(PathCheck replacement) {
        return new TrustParts(chainBuilder, replacement, revocationCheck);
    }

    public TrustParts withRevocationCheck(RevocationCheck replacement) {
        return new TrustParts(chainBuilder, pathCheck, replacement);
    }
}
