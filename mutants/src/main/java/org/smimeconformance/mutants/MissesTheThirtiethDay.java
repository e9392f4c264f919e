package org.smimeconformance.mutants;

import java.time.Duration;
import java.util.Optional;

import org.smimeconformance.engine.ReferenceImplementation;
import org.smimeconformance.engine.mail.ExpiryAlert;

/**
 * Alerts the user only when strictly less than 30 days are left, so not with exactly 30 days left.
 * Breaks SEND-2 (the alert begins 30 days before expiration, the boundary included).
 */
public final class MissesTheThirtiethDay extends ReferenceImplementation implements Mutant {

    public MissesTheThirtiethDay() {
        super("mutant-misses-the-thirtieth-day", "Alerts only when less than 30 days are left, not at exactly 30 days.",
                parts -> parts.withMail(mail -> mail.withExpiryAlert((certificate, now) -> {
                    Duration left = Duration.between(now, certificate.getNotAfter().toInstant());
                    return left.compareTo(ExpiryAlert.WINDOW) < 0
                            ? Optional.of(ExpiryAlert.expiresSoon(certificate, left))
                            : Optional.empty();
                })));
    }

    @Override
    public String breaks() {
        return "SEND-2";
    }
}
