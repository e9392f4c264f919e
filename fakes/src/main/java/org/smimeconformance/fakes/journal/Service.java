package org.smimeconformance.fakes.journal;

/** The services around the app that a fake stands in for, as they appear in the {@link Journal}. */
public enum Service {
    /** A CA's CRL distribution point (HTTP). */
    CRL,
    /** A CA's authority information access, caIssuers (HTTP). */
    AIA,
    /** The Global Address List, Azure Active Directory (HTTP, JSON). */
    GLOBAL_ADDRESS_LIST,
    /** The LDAP directory endpoint of the app configuration policy. */
    LDAP,
    /** Microsoft Endpoint Manager (Intune), as Company Portal on a device reaches it (HTTP, JSON). */
    INTUNE
}
