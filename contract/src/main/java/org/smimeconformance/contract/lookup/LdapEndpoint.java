package org.smimeconformance.contract.lookup;

import java.util.Objects;

/**
 * The LDAP endpoint of the app configuration policy, resolved (LDAP-4).
 *
 * @param scheme {@code ldap} or {@code ldaps}
 * @param host   the host name, as given, lower case
 * @param port   the port, 1 to 65535
 */
public record LdapEndpoint(String scheme, String host, int port) {

    public LdapEndpoint {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(host, "host");
    }
}
