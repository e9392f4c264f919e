package org.smimeconformance.steps.world;

import java.util.List;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;

/**
 * A search filter the LDAP directory saw (RFC 4515), read as the directory reads it, to tell what
 * Outlook asked it for. Immutable.
 */
public final class LdapSearchFilter {

    private final String text;
    private final Filter filter;

    private LdapSearchFilter(String text, Filter filter) {
        this.text = text;
        this.filter = filter;
    }

    /**
     * The filter written as the directory received it.
     *
     * @throws AssertionError when it is no filter at all: Outlook sent the directory something it cannot read
     */
    public static LdapSearchFilter read(String text) {
        try {
            return new LdapSearchFilter(text, Filter.create(text));
        } catch (LDAPException e) {
            throw new AssertionError("the LDAP directory saw a filter it cannot read: " + text, e);
        }
    }

    /**
     * Whether the filter is made of equality tests whose value is the address exactly (or of
     * objectClass tests, to read the directory's root), joined by and, or and not: no wildcard, no
     * substring, no other value, so that the address never widened the search.
     */
    public boolean asksOnlyFor(String address) {
        return onlyThe(filter, address);
    }

    /** Whether it is {@code (objectClass=*)}, the filter that reads the directory's root rather than searching it. */
    public boolean readsTheRoot() {
        return text.equalsIgnoreCase("(objectClass=*)");
    }

    private static boolean onlyThe(Filter filter, String address) {
        return switch (filter.getFilterType()) {
            case Filter.FILTER_TYPE_AND, Filter.FILTER_TYPE_OR -> List.of(filter.getComponents()).stream()
                    .allMatch(component -> onlyThe(component, address));
            case Filter.FILTER_TYPE_NOT -> onlyThe(filter.getNOTComponent(), address);
            case Filter.FILTER_TYPE_EQUALITY -> filter.getAttributeName().equalsIgnoreCase("objectClass")
                    || address.equals(filter.getAssertionValue());
            case Filter.FILTER_TYPE_PRESENCE -> filter.getAttributeName().equalsIgnoreCase("objectClass");
            default -> false;
        };
    }

    @Override
    public String toString() {
        return text;
    }
}
