package org.smimeconformance.contract.capability;

/** The parts of the article an implementation may support, one per rule family or platform. */
public enum Capability {
    /** Chain of trust and revocation (TRUST). */
    TRUST,
    /** Choosing the user's certificate by the primary SMTP address (ADDR). */
    ADDRESS_MATCHING,
    /** Installing a certificate mailed to the user (MAN). */
    MANUAL_DELIVERY,
    /** Certificates delivered by Endpoint Manager through Company Portal (AUTO). */
    AUTOMATED_DELIVERY,
    /** The managed app configuration policy (POL). */
    MANAGED_CONFIGURATION,
    /** The app's own S/MIME settings (CLIENT). */
    CLIENT_SETTINGS,
    /** Certificate lookup in an LDAP directory (LDAP). */
    LDAP_LOOKUP,
    /** Reading signed and encrypted messages (VIEW). */
    VIEW,
    /** Composing signed and encrypted messages (SEND). */
    SEND,
    /** Outlook for iOS and iPadOS. */
    PLATFORM_IOS,
    /** Outlook for Android. */
    PLATFORM_ANDROID
}
