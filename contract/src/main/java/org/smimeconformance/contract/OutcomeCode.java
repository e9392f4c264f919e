package org.smimeconformance.contract;

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
    /** The chain is longer than the configured limit, or AIA fetching went past its limit. */
    CHAIN_TOO_LONG(false),
    /** The chain breaks a PKIX rule other than those above (e.g. an issuer that is not a CA). */
    INVALID_CHAIN(false),
    /** The certificate handed over cannot be read as X.509. */
    MALFORMED_CERTIFICATE(false),
    /** A CRL handed over with the certificate cannot be read. */
    MALFORMED_CRL(false),

    // Any family
    /** The implementation does not support what was asked (see {@link Capability}). */
    UNSUPPORTED(false);

    private final boolean success;

    OutcomeCode(boolean success) {
        this.success = success;
    }

    public boolean isSuccess() {
        return success;
    }
}
