package org.smimeconformance.contract.trust;

/**
 * Every kind of certificate the app uses. "Trust verification is performed on all digital
 * certificates" (TRUST-3): none of these may skip it.
 */
public enum CertificateUse {
    /** The user's own certificate, to sign. */
    OWN_SIGNING,
    /** The user's own certificate, to encrypt and decrypt. */
    OWN_ENCRYPTION,
    /** A recipient's public certificate, to encrypt to. */
    RECIPIENT,
    /** The signer of a received message. */
    SENDER,
    /** A certificate returned by a directory lookup (Global Address List or LDAP). */
    DIRECTORY_RESULT
}
