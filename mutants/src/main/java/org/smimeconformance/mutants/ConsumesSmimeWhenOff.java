package org.smimeconformance.mutants;

import org.smimeconformance.engine.ReferenceImplementation;

/**
 * Verifies and decrypts received S/MIME content whether or not S/MIME is on for the account.
 * Breaks VIEW-5 (with S/MIME off, S/MIME content is not consumed).
 */
public final class ConsumesSmimeWhenOff extends ReferenceImplementation implements Mutant {

    public ConsumesSmimeWhenOff() {
        super("mutant-consumes-smime-when-off", "Decrypts and verifies received messages with S/MIME off.",
                parts -> parts.withMail(mail -> mail.withSmimeContentGate(smimeEnabled -> true)));
    }

    @Override
    public String breaks() {
        return "VIEW-5";
    }
}
