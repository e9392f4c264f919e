package org.smimeconformance.mutants;

import java.util.List;

import org.smimeconformance.contract.lookup.LookupSource;
import org.smimeconformance.engine.ReferenceImplementation;

/**
 * Asks the LDAP endpoint before Azure Active Directory in a certificate lookup. Breaks LDAP-5 (the
 * device, then Azure Active Directory, then the LDAP endpoint).
 */
public final class AsksLdapBeforeAzureAd extends ReferenceImplementation implements Mutant {

    public AsksLdapBeforeAzureAd() {
        super("mutant-asks-ldap-before-azure-ad", "A certificate lookup asks the LDAP directory before Azure "
                + "Active Directory.",
                parts -> parts.withDirectory(directory -> directory.withLookupOrder(
                        List.of(LookupSource.DEVICE, LookupSource.LDAP, LookupSource.GLOBAL_ADDRESS_LIST))));
    }

    @Override
    public String breaks() {
        return "LDAP-5";
    }
}
