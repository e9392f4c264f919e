package org.smimeconformance.contract;

import java.net.URI;
import java.util.Optional;

/**
 * The addresses of the services around the app that the article names and that are not written
 * into certificates. CRL distribution points and AIA caIssuers addresses are read from the
 * certificates; the LDAP endpoint arrives through the app configuration policy.
 *
 * @param globalAddressList the Global Address List / Azure Active Directory endpoint, or null
 * @param intune            the Microsoft Endpoint Manager (Intune) endpoint, or null
 */
public record Endpoints(URI globalAddressList, URI intune) {

    /** No directory and no Intune: the app on its own. */
    public static Endpoints none() {
        return new Endpoints(null, null);
    }

    public Optional<URI> globalAddressListAddress() {
        return Optional.ofNullable(globalAddressList);
    }

    public Optional<URI> intuneAddress() {
        return Optional.ofNullable(intune);
    }
}
