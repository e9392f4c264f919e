package org.smimeconformance.contract.outcome;

/**
 * The vocabulary of results. Codes are stable: scenarios, deviation lists and other
 * implementations depend on their names. A rule family adds codes when it lands; none is renamed.
 */
public enum OutcomeCode {

    // TRUST: chain of trust and revocation
    /** A path to a trusted root was found, every link checked, every CRL obtained and clean. */
    TRUSTED(true),
    /** No path to a root in the virtual certificate collection could be built. */
    NO_TRUSTED_ROOT(false),
    /** A certificate in the chain does not verify with its issuer's public key. */
    BAD_SIGNATURE(false),
    /** A certificate in the chain is past its notAfter at the validation instant. */
    EXPIRED(false),
    /** A certificate in the chain is before its notBefore at the validation instant. */
    NOT_YET_VALID(false),
    /** A certificate in the chain is listed on its issuer's CRL. */
    REVOKED(false),
    /** The CRL for a certificate in the chain could not be obtained: refused, timed out, an error
     * status, or an answer that is not a CRL. */
    CRL_UNREACHABLE(false),
    /** The CRL obtained is past its nextUpdate at the validation instant. */
    CRL_STALE(false),
    /** The CRL obtained does not verify with the issuing CA's key, or was issued by another CA. */
    CRL_INVALID(false),
    /** No CRL obtained covers the certificate (RFC 5280 §6.3.3 (b), (d)): each is limited by its
     * issuing distribution point to other certificates (user, CA or attribute certificates only),
     * to another distribution point, or to some revocation reasons only, the others covered by none,
     * or names in its distribution point a CRL issuer that did not issue an indirect CRL. */
    CRL_OUT_OF_SCOPE(false),
    /** The CRL obtained cannot be used (RFC 5280 §5.2, §5.3): it carries a critical extension that
     * is not supported, a delta CRL's deltaCRLIndicator among them, or one of its entries carries a
     * critical entry extension that is not supported. */
    CRL_UNSUPPORTED(false),
    /** The chain is longer than the configured limit, or AIA fetching went past its limit. */
    CHAIN_TOO_LONG(false),
    /** The chain breaks a PKIX rule other than those above (e.g. an issuer that is not a CA). */
    INVALID_CHAIN(false),
    /** The certificate handed over cannot be read as X.509. */
    MALFORMED_CERTIFICATE(false),
    /** A CRL handed over with the certificate cannot be read. */
    MALFORMED_CRL(false),

    // ADDR: which certificate is the user's
    /** The certificate carries the address (SAN rfc822Name or subject emailAddress) and suits the purpose. */
    ADDRESS_MATCHES(true),
    /** Neither a SAN rfc822Name nor the subject emailAddress of the certificate is the address. */
    ADDRESS_MISMATCH(false),
    /** The key usage or extended key usage of the certificate does not allow the purpose. */
    WRONG_KEY_USAGE(false),
    /** A certificate of the user's was chosen for the purpose. */
    CERT_AVAILABLE(true),
    /** "Certificate not available": no certificate on the device matches the primary SMTP address
     * (ADDR-3); the user can neither sign nor encrypt. */
    CERT_NOT_AVAILABLE(false),

    // CLIENT and POL: the app's settings and the managed app configuration
    /** Done: a setting changed, an account added, a certificate installed. */
    OK(true),
    /** S/MIME is off for the account, so S/MIME content is neither shown nor composed (CLIENT-1). */
    SMIME_DISABLED(false),
    /** The managed app configuration does not allow the user to change this setting (POL-1..3). */
    SETTING_LOCKED(false),
    /** No account with that primary SMTP address is set up in the app. */
    UNKNOWN_ACCOUNT(false),
    /** No installed certificate has that id. */
    UNKNOWN_CERTIFICATE(false),
    /** The app configuration policy was applied. */
    POLICY_APPLIED(true),
    /** The policy has a key that is not one of Outlook's S/MIME keys. */
    POLICY_UNKNOWN_KEY(false),
    /** A policy value has the wrong type, e.g. a string where a Boolean belongs. */
    POLICY_WRONG_TYPE(false),
    /** A policy value has the right type but cannot be used, e.g. an LDAP endpoint that is not one. */
    POLICY_INVALID_VALUE(false),
    /** Two policy values cannot hold together. */
    POLICY_CONTRADICTION(false),

    // MAN: installing a certificate file
    /** The PKCS#12 password is wrong: nothing was installed. */
    WRONG_PASSWORD(false),
    /** The PKCS#12 file cannot be read: nothing was installed. */
    MALFORMED_PKCS12(false),
    /** An export was refused: the password is missing or not strong (MAN-3); nothing was exported. */
    WEAK_PASSWORD(false),

    // AUTO and POL-4..9: automated delivery through Company Portal
    /** Company Portal was never asked to retrieve certificates on this device. */
    RETRIEVAL_NOT_STARTED(false),
    /** Company Portal started retrieving; ask for the state until it settles (AUTO-7). */
    RETRIEVAL_STARTED(true),
    /** Company Portal is still retrieving; not settled yet. */
    RETRIEVAL_IN_PROGRESS(false),
    /** Retrieval settled: every certificate the policy and the profiles ask for was placed where
     * Outlook can use it. */
    CERTIFICATES_DELIVERED(true),
    /** Retrieval settled with nothing to place: the policy does not deploy certificates from Intune
     * (POL-4), or no certificate profile is assigned (POL-9). */
    NOTHING_TO_DELIVER(false),
    /** Retrieval settled with nothing done: no app configuration policy for Outlook is assigned to a
     * group the user is in (POL-8). */
    NO_POLICY_ASSIGNED(false),
    /** Automated delivery refused: Microsoft Endpoint Manager is not the device's enrollment provider (AUTO-1). */
    NOT_MANAGED_BY_ENDPOINT_MANAGER(false),
    /** Automated delivery refused: the way the device is enrolled does not support it (AUTO-3). */
    ENROLLMENT_NOT_SUPPORTED(false),
    /** Prerequisite missing (AUTO-8): the device is not enrolled in Endpoint Manager. */
    DEVICE_NOT_ENROLLED(false),
    /** Prerequisite missing (AUTO-8): no trusted root certificate is deployed via Endpoint Manager. */
    TRUSTED_ROOTS_NOT_DEPLOYED(false),
    /** Prerequisite missing (AUTO-8): no encryption certificate of the user is imported into Endpoint Manager. */
    ENCRYPTION_CERTIFICATES_NOT_IMPORTED(false),
    /** Prerequisite missing (AUTO-8): the PFX Certificate Connector for Microsoft Intune is not installed. */
    PFX_CONNECTOR_NOT_INSTALLED(false),
    /** The policy asks for a signing certificate from PKCS imported certificates and none of the user's
     * imported certificates supports signing (POL-5). */
    SIGNING_CERTIFICATE_NOT_IMPORTED(false),
    /** The policy asks for derived credentials and none was retrieved on the device (AUTO-6). */
    DERIVED_CREDENTIAL_MISSING(false),
    /** An app configuration policy or certificate profile for another platform was refused (POL-8, POL-9). */
    POLICY_WRONG_PLATFORM(false),
    /** Microsoft Endpoint Manager (Intune) could not be asked: refused, timed out, an error status,
     * or an answer that is not one. */
    INTUNE_UNREACHABLE(false),

    // SEND: composing S/MIME mail
    /** The message was sent, encoded as the sender chose (SEND-3). */
    SENT(true),
    /** The draft was saved, already encoded as the sender chose (SEND-3). */
    SAVED(true),
    /** An alert, not a refusal: the certificate used to sign or encrypt expires within 30 days, and
     * the user should obtain a new one (SEND-2); the message still goes. */
    EXPIRES_SOON(true),
    /** The certificate that would sign (or encrypt) is on the device without its private key (SEND-7). */
    PRIVATE_KEY_MISSING(false),
    /** A recipient of an encrypted message has no valid public certificate that the app can find. */
    NO_RECIPIENT_CERTIFICATE(false),
    /** A message to be sent names nobody to send it to. */
    NO_RECIPIENTS(false),

    // VIEW: reading S/MIME mail
    /** The received message carries no S/MIME at all: plain mail, no status bar. */
    NOT_SMIME(true),
    /** The message is signed (clear or opaque) and the signature verifies over the content as
     * received (VIEW-1). Whether the signer's certificate is trusted is told apart, as warnings. */
    SIGNATURE_VALID(true),
    /** The message is signed but the signature does not verify: the content was altered, or the
     * signer's certificate is missing (VIEW-1). */
    SIGNATURE_INVALID(false),
    /** The message was encrypted, not signed, and was decrypted with a key on the device (VIEW-1). */
    ENCRYPTED(true),
    /** The message was encrypted and signed inside; it was decrypted and the signature verifies (VIEW-1). */
    SIGNED_AND_ENCRYPTED(true),
    /** The message is encrypted and none of the private keys on the device opens it (VIEW-2). */
    CANNOT_DECRYPT(false),
    /** The signer's certificate carries no address equal to the message's From address (VIEW-4). */
    SIGNER_ADDRESS_MISMATCH(false),
    /** The message carries no signer's certificate to install (VIEW-3). */
    NO_SENDER_CERTIFICATE(false),
    /** The bytes are not a readable message, or its S/MIME parts cannot be read. */
    MALFORMED_MESSAGE(false),

    // Certificate lookup (LDAP, SEND-4, SEND-6, SEND-9): someone's public certificate, and the recipients of an encrypted message
    /** A public certificate for the address was found and is trusted. */
    CERT_FOUND(true),
    /** No public certificate for the address was found where the lookup searched. */
    CERT_NOT_FOUND(false),
    /** The Global Address List (Azure Active Directory) could not be asked: refused, timed out, an
     * error status, or an answer that is not one. */
    GAL_UNREACHABLE(false),
    /** The LDAP directory endpoint could not be asked or gave no answer: refused, reset, a TLS
     * failure, no answer within the timeout, or a search it could not perform. */
    LDAP_UNREACHABLE(false),
    /** The LDAP directory endpoint demands authentication, which the app never gives (LDAP-2). */
    LDAP_BIND_REQUIRED(false),
    /** A distribution group nests groups deeper than the limit (SEND-4); nothing was sent. */
    GROUP_NESTING_TOO_DEEP(false),
    /** The distribution groups of a message list more members than the limit
     * ({@link Limits#maxGroupMembers()}); nothing was sent. */
    GROUP_TOO_LARGE(false),

    // Any family
    /** The implementation does not support what was asked (see {@link org.smimeconformance.contract.capability.Capability}). */
    UNSUPPORTED(false);

    private final boolean success;

    OutcomeCode(boolean success) {
        this.success = success;
    }

    public boolean isSuccess() {
        return success;
    }
}
