package org.smimeconformance.contract.trust;

/**
 * Trust verification of one certificate, as the article describes it: "validating each certificate
 * in the certificate chain until it reaches a trusted root certificate", obtaining missing
 * intermediates "through the authority information access path", and querying "the certificate
 * revocation list for the certificate authority".
 *
 * <p>Thread-safe; each call stands alone. Every network call it makes is bounded by the world's
 * timeouts.
 */
public interface TrustVerification {

    /** Judges one certificate at the world's clock. Never throws for bad input: a certificate
     * that cannot be read is {@code MALFORMED_CERTIFICATE}. */
    TrustVerdict verify(CertificateCheck check);
}
