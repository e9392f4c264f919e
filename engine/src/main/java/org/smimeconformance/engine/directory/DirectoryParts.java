package org.smimeconformance.engine.directory;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

import org.smimeconformance.contract.lookup.LookupSource;

/**
 * The replaceable parts of finding certificates. The reference follows the article in both of the
 * places where it speaks, although they disagree: a certificate lookup searches the device, then
 * Azure Active Directory, then the LDAP endpoint (LDAP-5); the recipients of an encrypted message
 * are looked up in the Global Address List first, then on the device (SEND-9), then at the LDAP
 * endpoint when the policy names one (LDAP-1). Immutable.
 *
 * @param lookupOrder    the order of {@code lookup().find(address)}
 * @param recipientOrder the order for each recipient of an encrypted message
 * @param candidateCheck whether a certificate found may be encrypted to
 */
public record DirectoryParts(List<LookupSource> lookupOrder, List<LookupSource> recipientOrder,
                             CandidateCheck candidateCheck) {

    public DirectoryParts {
        lookupOrder = distinct(lookupOrder, "lookupOrder");
        recipientOrder = distinct(recipientOrder, "recipientOrder");
        Objects.requireNonNull(candidateCheck, "candidateCheck");
    }

    /** Device, Azure AD, LDAP for a lookup; Global Address List, device, LDAP for recipients; every candidate verified. */
    public static DirectoryParts reference() {
        return new DirectoryParts(
                List.of(LookupSource.DEVICE, LookupSource.GLOBAL_ADDRESS_LIST, LookupSource.LDAP),
                List.of(LookupSource.GLOBAL_ADDRESS_LIST, LookupSource.DEVICE, LookupSource.LDAP),
                CandidateCheck.reference());
    }

    public DirectoryParts withLookupOrder(List<LookupSource> replacement) {
        return new DirectoryParts(replacement, recipientOrder, candidateCheck);
    }

    public DirectoryParts withRecipientOrder(List<LookupSource> replacement) {
        return new DirectoryParts(lookupOrder, replacement, candidateCheck);
    }

    public DirectoryParts withCandidateCheck(CandidateCheck replacement) {
        return new DirectoryParts(lookupOrder, recipientOrder, replacement);
    }

    private static List<LookupSource> distinct(List<LookupSource> order, String name) {
        Objects.requireNonNull(order, name);
        if (EnumSet.copyOf(order.isEmpty() ? EnumSet.noneOf(LookupSource.class) : order).size() != order.size()) {
            throw new IllegalArgumentException(name + " names a source twice: " + order);
        }
        return List.copyOf(order);
    }
}
