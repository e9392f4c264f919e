package org.smimeconformance.engine.identity;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.device.Account;
import org.smimeconformance.contract.device.Purpose;

/**
 * The article's address matching: the account's primary SMTP address, and only it (ADDR-1), is
 * compared with every address the certificate carries ({@link CertificateAddresses}); any one equal
 * by {@link AddressComparison} is a match (ADDR-2, ADDR-4). The address is judged before the
 * purpose: a certificate for another address is {@code ADDRESS_MISMATCH} whatever its key usage;
 * one for the address whose key usage does not fit is {@code WRONG_KEY_USAGE} ({@link PurposeCheck}).
 * Stateless and thread-safe.
 */
public final class PrimarySmtpAddressMatcher implements AddressMatcher {

    @Override
    public Outcome judge(X509Certificate certificate, Account account, Purpose purpose) {
        String primary = account.primarySmtpAddress();
        List<CertificateAddress> carried = CertificateAddresses.of(certificate);
        Optional<CertificateAddress> match = carried.stream()
                .filter(candidate -> AddressComparison.same(candidate.address(), primary))
                .findFirst();
        if (match.isEmpty()) {
            return Outcome.of(OutcomeCode.ADDRESS_MISMATCH, carried.isEmpty()
                    ? "the certificate carries no mail address, so it is not " + primary + "'s"
                    : "the certificate carries " + carried + ", not the primary SMTP address " + primary);
        }
        Optional<String> refusal = PurposeCheck.refusal(certificate, purpose);
        if (refusal.isPresent()) {
            return Outcome.of(OutcomeCode.WRONG_KEY_USAGE, "the certificate carries " + match.get()
                    + " but " + refusal.get());
        }
        return Outcome.of(OutcomeCode.ADDRESS_MATCHES, "the certificate carries " + match.get()
                + " and allows " + (purpose == Purpose.SIGNING ? "signing" : "encryption"));
    }
}
