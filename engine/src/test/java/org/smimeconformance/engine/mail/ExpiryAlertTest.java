package org.smimeconformance.engine.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.engine.UserCertificates;
import org.smimeconformance.fakes.pki.IssuedCertificate;

/** The alert from 30 days before expiry (SEND-2), counted in instants, the boundary included. */
class ExpiryAlertTest {

    private final UserCertificates certificates = new UserCertificates();

    @ParameterizedTest(name = "{0} s left: alert {1}")
    @CsvSource({
            "2678400, false",   // 31 days
            "2592001, false",   // 30 days and 1 second
            "2592000, true",    // exactly 30 days
            "2505600, true",    // 29 days
            "1, true",
            "0, true"})         // the notAfter itself: still valid, still alerted
    void theAlertShowsFromExactly30DaysOfTimeLeft(long secondsLeft, boolean alerted) {
        Instant now = UserCertificates.NOW;
        IssuedCertificate certificate = certificates.smime("alice@contoso.com",
                spec -> spec.validity(now.minus(Duration.ofDays(300)), now.plusSeconds(secondsLeft)));

        var alert = ExpiryAlert.reference().alert(certificate.certificate(), now);

        assertThat(alert.isPresent()).isEqualTo(alerted);
        alert.ifPresent(outcome -> {
            assertThat(outcome.code()).isEqualTo(OutcomeCode.EXPIRES_SOON);
            assertThat(outcome.message()).contains("obtain a new certificate", now.plusSeconds(secondsLeft).toString());
        });
    }
}
