package org.smimeconformance.mutants;

import org.smimeconformance.engine.trust.PkixRevocationCheck;

import org.smimeconformance.engine.ReferenceImplementation;

/** Queries the CRL for the user's certificate only, never for the intermediates. Breaks TRUST-10. */
public final class ChecksOnlyTheUsersCrl extends ReferenceImplementation implements Mutant {

    public ChecksOnlyTheUsersCrl() {
        super("mutant-checks-only-the-users-crl", "Queries the CRL for the user's certificate only, never for the intermediates.",
                parts -> parts.withTrust(trust -> trust.withRevocationCheck((path, anchor, at, certificates, crls, source) -> new PkixRevocationCheck()
                        .check(path.isEmpty() ? path : path.subList(0, 1), path.size() > 1 ? path.get(1) : anchor, at, certificates, crls, source))));
    }

    @Override
    public String breaks() {
        return "TRUST-10";
    }
}
