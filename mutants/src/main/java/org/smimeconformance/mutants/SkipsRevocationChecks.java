package org.smimeconformance.mutants;

import java.util.Optional;

import org.smimeconformance.engine.ReferenceImplementation;

/** Never queries a certificate revocation list. Breaks TRUST-2. */
public final class SkipsRevocationChecks extends ReferenceImplementation implements Mutant {

    public SkipsRevocationChecks() {
        super("mutant-skips-revocation-checks", "Never queries a certificate revocation list.",
                parts -> parts.withTrust(trust -> trust.withRevocationCheck((path, anchor, at, certificates, crls, source) -> Optional.empty())));
    }

    @Override
    public String breaks() {
        return "TRUST-2";
    }
}
