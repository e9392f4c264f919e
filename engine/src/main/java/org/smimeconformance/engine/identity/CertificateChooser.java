package org.smimeconformance.engine.identity;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.device.Account;
import org.smimeconformance.contract.device.CertificateSelection;
import org.smimeconformance.contract.device.InstalledCertificate;
import org.smimeconformance.contract.device.Purpose;

/**
 * Chooses the certificate the app uses for an account and a purpose (ADDR-2, ADDR-3, ADDR-4).
 *
 * <p>Candidates are the certificates handed over (those visible to Outlook on the device) that have
 * their private key on the device and that the {@link AddressMatcher} finds to be the account's for
 * the purpose; of those, only the ones inside their validity period at the given instant. The newest
 * wins: the latest notBefore, then the latest notAfter, then the highest serial number. No candidate
 * is {@code CERT_NOT_AVAILABLE}, "certificate not available", with what was closest. Trust
 * verification is not part of choosing: it happens when the certificate is used.
 *
 * <p>Stateless apart from its matcher; thread-safe when the matcher is.
 */
public final class CertificateChooser {

    private static final Comparator<X509Certificate> NEWEST_FIRST = Comparator
            .comparing(X509Certificate::getNotBefore)
            .thenComparing(X509Certificate::getNotAfter)
            .thenComparing(X509Certificate::getSerialNumber)
            .reversed();

    private final AddressMatcher matcher;

    public CertificateChooser(AddressMatcher matcher) {
        this.matcher = Objects.requireNonNull(matcher, "matcher");
    }

    /**
     * @param visible the certificates Outlook can see on the device, with whether their private key is there
     * @param at      the instant the choice is made, the world's clock
     */
    public CertificateSelection choose(List<InstalledCertificate> visible, Account account, Purpose purpose, Instant at) {
        List<Candidate> candidates = new ArrayList<>();
        List<String> nearMisses = new ArrayList<>();
        for (InstalledCertificate installed : visible) {
            Optional<X509Certificate> certificate = read(installed.certificate());
            if (certificate.isEmpty()) {
                continue;
            }
            Outcome match = matcher.judge(certificate.get(), account, purpose);
            if (match.code() == OutcomeCode.ADDRESS_MISMATCH) {
                continue;
            }
            if (match.code() != OutcomeCode.ADDRESS_MATCHES) {
                nearMisses.add(installed.id() + ": " + match.message());
            } else if (!installed.hasPrivateKey()) {
                nearMisses.add(installed.id() + ": its private key is not on this device");
            } else if (!withinValidity(certificate.get(), at)) {
                nearMisses.add(installed.id() + ": outside its validity period ("
                        + certificate.get().getNotBefore().toInstant() + " to "
                        + certificate.get().getNotAfter().toInstant() + ") at " + at);
            } else {
                candidates.add(new Candidate(installed, certificate.get()));
            }
        }
        String what = purpose == Purpose.SIGNING ? "signing" : "encryption";
        if (candidates.isEmpty()) {
            String why = nearMisses.isEmpty()
                    ? "no certificate visible to Outlook on this device carries the primary SMTP address "
                            + account.primarySmtpAddress()
                    : "no certificate of " + account.primarySmtpAddress() + " can be used for " + what + ": "
                            + String.join("; ", nearMisses);
            return new CertificateSelection(Outcome.of(OutcomeCode.CERT_NOT_AVAILABLE,
                    "certificate not available: " + why), Optional.empty());
        }
        candidates.sort(Comparator.comparing(Candidate::certificate, NEWEST_FIRST));
        Candidate chosen = candidates.get(0);
        return new CertificateSelection(Outcome.of(OutcomeCode.CERT_AVAILABLE, "certificate " + chosen.installed().id()
                + " is used for " + what + " by " + account.primarySmtpAddress()
                + (candidates.size() > 1 ? " (the newest of " + candidates.size() + " that fit)" : "")),
                Optional.of(chosen.installed()));
    }

    private static boolean withinValidity(X509Certificate certificate, Instant at) {
        return !at.isBefore(certificate.getNotBefore().toInstant()) && !at.isAfter(certificate.getNotAfter().toInstant());
    }

    private static Optional<X509Certificate> read(byte[] der) {
        try {
            return Optional.of((X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der)));
        } catch (GeneralSecurityException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private record Candidate(InstalledCertificate installed, X509Certificate certificate) {
    }
}
