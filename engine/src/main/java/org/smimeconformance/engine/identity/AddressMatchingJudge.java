package org.smimeconformance.engine.identity;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.device.Account;
import org.smimeconformance.contract.device.Purpose;
import org.smimeconformance.contract.identity.AddressMatching;
import org.smimeconformance.engine.trust.CertificateReader;

/**
 * The contract's address matching over an {@link AddressMatcher}: reads the certificate (DER or
 * PEM; of a bundle, the first certificate) and judges it against an account that has the primary
 * SMTP address and no alias. Thread-safe when the matcher is.
 */
public final class AddressMatchingJudge implements AddressMatching {

    private final AddressMatcher matcher;
    private final CertificateReader reader = new CertificateReader();

    public AddressMatchingJudge(AddressMatcher matcher) {
        this.matcher = Objects.requireNonNull(matcher, "matcher");
    }

    @Override
    public Outcome judge(byte[] certificate, String primarySmtpAddress, Purpose purpose) {
        Objects.requireNonNull(purpose, "purpose");
        Optional<List<X509Certificate>> read = certificate == null ? Optional.empty() : reader.certificates(certificate);
        if (read.isEmpty()) {
            return Outcome.of(OutcomeCode.MALFORMED_CERTIFICATE, "the certificate cannot be read as X.509 (DER or PEM)");
        }
        return matcher.judge(read.get().get(0), new Account(primarySmtpAddress == null ? "" : primarySmtpAddress,
                List.of()), purpose);
    }
}
