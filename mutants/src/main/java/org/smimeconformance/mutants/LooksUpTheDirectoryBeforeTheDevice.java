package org.smimeconformance.mutants;

import java.util.List;

import org.smimeconformance.contract.lookup.LookupSource;
import org.smimeconformance.engine.ReferenceImplementation;

/**
 * Uses the order the article gives for the recipients of an encrypted message (the Global Address
 * List first, then the device, then LDAP) for every certificate lookup too, the easy mistake where
 * the article contradicts itself. Breaks LDAP-5 (a lookup searches the local device first).
 */
public final class LooksUpTheDirectoryBeforeTheDevice extends ReferenceImplementation implements Mutant {

    public LooksUpTheDirectoryBeforeTheDevice() {
        super("mutant-looks-up-the-directory-before-the-device", "A certificate lookup asks the Global Address List "
                + "before the device.",
                parts -> parts.withDirectory(directory -> directory.withLookupOrder(
                        List.of(LookupSource.GLOBAL_ADDRESS_LIST, LookupSource.DEVICE, LookupSource.LDAP))));
    }

    @Override
    public String breaks() {
        return "LDAP-5";
    }
}
