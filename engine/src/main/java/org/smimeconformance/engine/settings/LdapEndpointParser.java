package org.smimeconformance.engine.settings;

import java.util.Locale;
import java.util.regex.Pattern;

import org.smimeconformance.contract.lookup.LdapEndpoint;

/**
 * Reads the LDAP endpoint of the app configuration policy ({@code ...SMIMEEnabled.LDAPHostName})
 * in the forms the article lists (LDAP-4), resolving scheme and port:
 * <table>
 *   <caption>Accepted forms</caption>
 *   <tr><th>value</th><th>scheme</th><th>port</th></tr>
 *   <tr><td>{@code ldaps://host}</td><td>ldaps</td><td>636</td></tr>
 *   <tr><td>{@code ldap://host}</td><td>ldap</td><td>389</td></tr>
 *   <tr><td>{@code ldap://host:N}, {@code ldaps://host:N}</td><td>as given</td><td>N</td></tr>
 *   <tr><td>{@code host}</td><td>ldaps</td><td>636</td></tr>
 *   <tr><td>{@code host:389}</td><td>ldap</td><td>389</td></tr>
 *   <tr><td>{@code host:636}, or {@code host:N} for any other N</td><td>ldaps</td><td>N</td></tr>
 * </table>
 * Surrounding whitespace is stripped first; the scheme is read in any case and the host kept in
 * lower case. Everything else is refused with the reason: another scheme, a port that is not a
 * number from 1 to 65535, any path (a lone {@code /} included), a query or fragment, user info, an
 * empty or blank value, whitespace inside, an IPv6 literal, a host that is not a DNS name of
 * letters, digits and hyphens. Stateless; all methods are static.
 */
public final class LdapEndpointParser {

    private static final int LDAP_PORT = 389;
    private static final int LDAPS_PORT = 636;
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private LdapEndpointParser() {
    }

    /**
     * @throws IllegalArgumentException saying why, when the value is not an accepted form
     */
    public static LdapEndpoint parse(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the LDAP endpoint is empty");
        }
        String text = value.strip();
        if (text.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            throw new IllegalArgumentException("the LDAP endpoint '" + value + "' has whitespace inside");
        }
        String scheme = null;
        String authority = text;
        int separator = text.indexOf("://");
        if (separator >= 0) {
            scheme = text.substring(0, separator).toLowerCase(Locale.ROOT);
            authority = text.substring(separator + 3);
            if (!scheme.equals("ldap") && !scheme.equals("ldaps")) {
                throw new IllegalArgumentException("the LDAP endpoint '" + value + "' has the scheme '"
                        + text.substring(0, separator) + "'; only ldap:// and ldaps:// are accepted");
            }
        }
        refuseBeyondHostAndPort(value, authority);
        String host = authority;
        Integer port = null;
        int colon = authority.indexOf(':');
        if (colon >= 0) {
            host = authority.substring(0, colon);
            port = port(value, authority.substring(colon + 1));
        }
        host = host(value, host);
        if (scheme == null) {
            scheme = port != null && port == LDAP_PORT ? "ldap" : "ldaps";
        }
        if (port == null) {
            port = scheme.equals("ldap") ? LDAP_PORT : LDAPS_PORT;
        }
        return new LdapEndpoint(scheme, host, port);
    }

    private static void refuseBeyondHostAndPort(String value, String authority) {
        if (authority.indexOf('/') >= 0) {
            throw new IllegalArgumentException("the LDAP endpoint '" + value + "' has a path; give only host and port");
        }
        if (authority.indexOf('?') >= 0 || authority.indexOf('#') >= 0) {
            throw new IllegalArgumentException("the LDAP endpoint '" + value
                    + "' has a query or fragment; give only host and port");
        }
        if (authority.indexOf('@') >= 0) {
            throw new IllegalArgumentException("the LDAP endpoint '" + value
                    + "' has user info; the endpoint must not require authentication and takes no user");
        }
        if (authority.indexOf('[') >= 0 || authority.indexOf(']') >= 0 || authority.indexOf(':') != authority.lastIndexOf(':')) {
            throw new IllegalArgumentException("the LDAP endpoint '" + value
                    + "' is an IPv6 literal or has more than one colon; give a host name");
        }
    }

    private static int port(String value, String digits) {
        if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("the LDAP endpoint '" + value + "' has the port '" + digits
                    + "', which is not a number from 1 to 65535");
        }
        int port = Integer.parseInt(digits);
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("the LDAP endpoint '" + value + "' has the port " + port
                    + ", outside 1 to 65535");
        }
        return port;
    }

    private static String host(String value, String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        if (lower.isEmpty()) {
            throw new IllegalArgumentException("the LDAP endpoint '" + value + "' has no host");
        }
        boolean valid = lower.length() <= 253 && !lower.endsWith(".");
        if (valid) {
            for (String label : lower.split("\\.", -1)) {
                if (!LABEL.matcher(label).matches()) {
                    valid = false;
                    break;
                }
            }
        }
        if (!valid) {
            throw new IllegalArgumentException("the LDAP endpoint '" + value + "' has the host '" + host
                    + "', which is not a DNS name (labels of letters, digits and hyphens)");
        }
        return lower;
    }
}
