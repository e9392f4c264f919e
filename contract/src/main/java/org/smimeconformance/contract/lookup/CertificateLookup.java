package org.smimeconformance.contract.lookup;

/** Finding someone's public certificate: the device, Azure Active Directory, LDAP (LDAP-5, SEND-9). */
public interface CertificateLookup {

    /** Looks up the certificate for an address; every certificate found is validated (LDAP-6). */
    LookupResult find(String address);
}
