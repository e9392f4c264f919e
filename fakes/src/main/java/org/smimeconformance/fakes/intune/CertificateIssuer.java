package org.smimeconformance.fakes.intune;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.smimeconformance.fakes.pki.IssuedCertificate;

/**
 * The certification authority behind SCEP issuance or derived credentials, and what it writes into
 * the certificates it issues. Immutable.
 *
 * @param ca                   the issuing CA, with its private key
 * @param notBefore            start of every issued certificate's validity
 * @param notAfter             end of every issued certificate's validity
 * @param crlDistributionPoint written into issued certificates, when present
 * @param caIssuers            the AIA caIssuers address written into issued certificates, when present
 */
public record CertificateIssuer(IssuedCertificate ca, Instant notBefore, Instant notAfter,
                                Optional<URI> crlDistributionPoint, Optional<URI> caIssuers) {

    public CertificateIssuer {
        Objects.requireNonNull(ca, "ca");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        Objects.requireNonNull(crlDistributionPoint, "crlDistributionPoint");
        Objects.requireNonNull(caIssuers, "caIssuers");
    }
}
