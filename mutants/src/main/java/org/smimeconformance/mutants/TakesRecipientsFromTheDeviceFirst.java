package org.smimeconformance.mutants;

import java.util.List;

import org.smimeconformance.contract.lookup.LookupSource;
import org.smimeconformance.engine.ReferenceImplementation;

/**
 * Uses the order of a certificate lookup (the device first) for the recipients of an encrypted
 * message too. Breaks SEND-9 (the Global Address List is checked first, then the device).
 */
public final class TakesRecipientsFromTheDeviceFirst extends ReferenceImplementation implements Mutant {

    public TakesRecipientsFromTheDeviceFirst() {
        super("mutant-takes-recipients-from-the-device-first", "Looks for a recipient's certificate on the device "
                + "before the Global Address List.",
                parts -> parts.withDirectory(directory -> directory.withRecipientOrder(
                        List.of(LookupSource.DEVICE, LookupSource.GLOBAL_ADDRESS_LIST, LookupSource.LDAP))));
    }

    @Override
    public String breaks() {
        return "SEND-9";
    }
}
