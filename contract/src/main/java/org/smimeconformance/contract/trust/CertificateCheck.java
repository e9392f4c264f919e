package org.smimeconformance.contract.trust;

import java.util.List;
import java.util.Objects;

/**
 * One certificate to judge, and what came with it.
 *
 * @param certificate   the certificate, DER or PEM
 * @param intermediates certificates that came with it, DER or PEM: those carried by a signed
 *                      message (TRUST-6) or already on the device; any order, may be empty
 * @param knownCrls     CRLs already at hand, DER or PEM; used before anything is fetched
 * @param use           what the app means to do with the certificate (TRUST-3)
 */
public record CertificateCheck(byte[] certificate, List<byte[]> intermediates, List<byte[]> knownCrls,
                               CertificateUse use) {

    public CertificateCheck {
        Objects.requireNonNull(certificate, "certificate");
        intermediates = List.copyOf(intermediates);
        knownCrls = List.copyOf(knownCrls);
        Objects.requireNonNull(use, "use");
    }

    /** A certificate on its own, nothing else at hand. */
    public static CertificateCheck of(byte[] certificate, CertificateUse use) {
        return new CertificateCheck(certificate, List.of(), List.of(), use);
    }
}
