package org.smimeconformance.engine.mail;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.engine.trust.CertificateFields;

/**
 * When the user is alerted to obtain a new certificate as they sign or encrypt (SEND-2): the
 * replaceable part of the expiry alert. "Beginning 30 days before expiration" is read in instants,
 * not calendar days, and so in no time zone: the alert shows when the time left until the
 * certificate's notAfter, at the world's clock, is at most 30 × 24 hours
 * ({@link #reference()}). Must be thread-safe and pure.
 */
@FunctionalInterface
public interface ExpiryAlert {

    /** Thirty days of 24 hours. */
    Duration WINDOW = Duration.ofDays(30);

    /**
     * @param certificate the user's certificate about to sign or encrypt, valid at {@code now}
     * @param now         the world's clock
     * @return {@code EXPIRES_SOON} with what is left, or empty
     */
    Optional<Outcome> alert(X509Certificate certificate, Instant now);

    /** The article's alert: from 30 days (30 × 24 h, the instant included) before notAfter. */
    static ExpiryAlert reference() {
        return within(WINDOW);
    }

    /** An alert when the time left is at most {@code window}. */
    static ExpiryAlert within(Duration window) {
        return (certificate, now) -> {
            Duration left = Duration.between(now, certificate.getNotAfter().toInstant());
            return left.compareTo(window) <= 0 ? Optional.of(expiresSoon(certificate, left)) : Optional.empty();
        };
    }

    /** The alert for a certificate with {@code left} until its notAfter. */
    static Outcome expiresSoon(X509Certificate certificate, Duration left) {
        return Outcome.of(OutcomeCode.EXPIRES_SOON, "the certificate " + CertificateFields.subject(certificate)
                + " (serial " + CertificateFields.serial(certificate) + ") expires at "
                + certificate.getNotAfter().toInstant() + ", in " + words(left) + ": obtain a new certificate");
    }

    private static String words(Duration left) {
        long days = left.toDays();
        Duration rest = left.minusDays(days);
        return days + (days == 1 ? " day" : " days")
                + (rest.isZero() ? "" : " " + rest.toHours() + " h " + rest.toMinutesPart() + " min "
                + rest.toSecondsPart() + " s");
    }
}
