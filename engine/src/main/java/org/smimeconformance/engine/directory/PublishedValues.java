package org.smimeconformance.engine.directory;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.smimeconformance.contract.lookup.LookupSource;
import org.smimeconformance.engine.trust.CertificateReader;

/**
 * Turns what a directory publishes for an address ({@code userSMIMECertificate} and
 * {@code userCertificate} values) into candidates. A value is a certificate (DER or PEM) or a
 * PKCS#7 bundle: each end-entity certificate in it is a candidate, carrying the bundle's other
 * certificates as intermediates. A value that cannot be read is a candidate too, as it stands, so
 * that judging it says {@code MALFORMED_CERTIFICATE} rather than nothing. Stateless.
 */
final class PublishedValues {

    private static final CertificateReader READER = new CertificateReader();

    private PublishedValues() {
    }

    static List<Candidate> candidates(LookupSource source, String address, List<byte[]> values) {
        List<Candidate> candidates = new ArrayList<>();
        for (byte[] value : values) {
            Optional<List<X509Certificate>> read = READER.certificates(value);
            if (read.isEmpty()) {
                candidates.add(new Candidate(source, address, value, List.of()));
                continue;
            }
            List<X509Certificate> certificates = read.get();
            for (X509Certificate certificate : certificates) {
                if (certificate.getBasicConstraints() >= 0 && certificates.size() > 1) {
                    continue; // a CA certificate published beside the user's is an intermediate, not a candidate
                }
                List<byte[]> carried = certificates.stream().filter(other -> other != certificate)
                        .map(PublishedValues::der).toList();
                candidates.add(new Candidate(source, address, der(certificate), carried));
            }
        }
        return candidates;
    }

    private static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a certificate that was read cannot be encoded", e);
        }
    }
}
