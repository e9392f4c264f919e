package org.smimeconformance.mutants;

import org.smimeconformance.engine.ReferenceImplementation;

/**
 * Uses a certificate in the iOS system keychain as if it were in the Microsoft publisher keychain:
 * Outlook reads every store of its platform. Breaks AUTO-2 (third-party apps such as Outlook cannot
 * reach the system keychain; only certificates in the Microsoft publisher keychain are Outlook's).
 */
public final class ReadsTheIosSystemKeychain extends ReferenceImplementation implements Mutant {

    public ReadsTheIosSystemKeychain() {
        super("mutant-reads-the-ios-system-keychain", "Uses certificates placed in the iOS system keychain, as if "
                + "Outlook could read it.",
                parts -> parts.withDelivery(delivery -> delivery.withStoreAccess(
                        (platform, store) -> store.platform() == platform)));
    }

    @Override
    public String breaks() {
        return "AUTO-2";
    }
}
