package org.smimeconformance.mutants;

import java.util.List;

import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.device.Account;
import org.smimeconformance.engine.ReferenceImplementation;
import org.smimeconformance.engine.identity.PrimarySmtpAddressMatcher;

/**
 * Takes a certificate for any address of the mailbox, its proxy addresses (aliases) too, for the
 * user's, as Exchange Online does for Outlook on the web. Breaks ADDR-1 (the app uses the primary
 * SMTP address only).
 */
public final class MatchesAliases extends ReferenceImplementation implements Mutant {

    public MatchesAliases() {
        super("mutant-matches-aliases", "Matches certificates on the mailbox's proxy addresses too, not only the "
                + "primary SMTP address.",
                parts -> parts.withAddressMatcher((certificate, account, purpose) -> {
                    PrimarySmtpAddressMatcher reference = new PrimarySmtpAddressMatcher();
                    Outcome primary = reference.judge(certificate, account, purpose);
                    if (primary.code() != OutcomeCode.ADDRESS_MISMATCH) {
                        return primary;
                    }
                    for (String alias : account.proxyAddresses()) {
                        Outcome byAlias = reference.judge(certificate, new Account(alias, List.of()), purpose);
                        if (byAlias.code() != OutcomeCode.ADDRESS_MISMATCH) {
                            return byAlias;
                        }
                    }
                    return primary;
                }));
    }

    @Override
    public String breaks() {
        return "ADDR-1";
    }
}
