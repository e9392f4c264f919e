package org.smimeconformance.mutants;

import java.time.Duration;

import org.smimeconformance.engine.ReferenceImplementation;
import org.smimeconformance.engine.mail.ExpiryAlert;

/**
 * Alerts the user that their certificate expires from 31 days before its notAfter, a day early.
 * Breaks SEND-2 (the alert begins 30 days before expiration).
 */
public final class AlertsThirtyOneDaysAhead extends ReferenceImplementation implements Mutant {

    public AlertsThirtyOneDaysAhead() {
        super("mutant-alerts-thirty-one-days-ahead", "Alerts that the certificate expires from 31 days before its "
                + "notAfter, not 30.",
                parts -> parts.withMail(mail -> mail.withExpiryAlert(ExpiryAlert.within(Duration.ofDays(31)))));
    }

    @Override
    public String breaks() {
        return "SEND-2";
    }
}
