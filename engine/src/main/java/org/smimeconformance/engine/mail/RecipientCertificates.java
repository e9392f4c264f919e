package org.smimeconformance.engine.mail;

import org.smimeconformance.contract.lookup.LookupResult;

/**
 * Where the public certificate of a recipient of an encrypted message comes from (SEND-6, SEND-9):
 * one seam, so that the order of the sources can change without touching composing. The answer
 * is validated already: {@code CERT_FOUND} with a trusted certificate, or why there is none.
 * Owned by one device; called on the scenario's thread.
 */
@FunctionalInterface
public interface RecipientCertificates {

    /** The certificate to encrypt to for the recipient's address. */
    LookupResult find(String address);
}
