package org.smimeconformance.mutants;

import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.lookup.LookupSource;
import org.smimeconformance.engine.ReferenceImplementation;
import org.smimeconformance.engine.directory.CandidateCheck;

/**
 * Returns whatever the LDAP directory publishes without validating it, as if the directory vouched
 * for its certificates; certificates from the device and Azure Active Directory are still checked.
 * Breaks LDAP-6 (a certificate from LDAP is returned only if validation succeeds).
 */
public final class ReturnsLdapCertificatesUnvalidated extends ReferenceImplementation implements Mutant {

    public ReturnsLdapCertificatesUnvalidated() {
        super("mutant-returns-ldap-certificates-unvalidated", "Returns certificates from the LDAP directory without "
                + "validating them.",
                parts -> parts.withDirectory(directory -> directory.withCandidateCheck((candidate, trust) ->
                        candidate.source() == LookupSource.LDAP
                                ? Outcome.of(OutcomeCode.TRUSTED, "taken from the LDAP directory as it is")
                                : CandidateCheck.reference().check(candidate, trust))));
    }

    @Override
    public String breaks() {
        return "LDAP-6";
    }
}
