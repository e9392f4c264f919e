package org.smimeconformance.contract.lookup;

/** Where a certificate was found. */
public enum LookupSource {
    /** The iOS Microsoft publisher keychain or the Android KeyStore. */
    DEVICE,
    /** The Global Address List (Azure Active Directory). */
    GLOBAL_ADDRESS_LIST,
    /** The LDAP endpoint of the app configuration policy. */
    LDAP
}
