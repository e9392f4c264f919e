package org.smimeconformance.mutants;

import org.smimeconformance.engine.ReferenceImplementation;

/**
 * Leaves Organize By Thread as it is when S/MIME is enabled. Breaks CLIENT-3 (enabling S/MIME turns
 * Organize By Thread off for the whole app).
 */
public final class LeavesThreadingOn extends ReferenceImplementation implements Mutant {

    public LeavesThreadingOn() {
        super("mutant-leaves-threading-on", "Leaves Organize By Thread on when S/MIME is enabled.",
                parts -> parts.withOrganizeByThread((organizeByThread, primarySmtpAddress) -> organizeByThread));
    }

    @Override
    public String breaks() {
        return "CLIENT-3";
    }
}
