package org.smimeconformance.steps.glue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.cucumber.java.ParameterType;
import org.smimeconformance.contract.OutcomeCode;
import org.smimeconformance.contract.trust.CertificateUse;
import org.smimeconformance.fakes.http.EndpointFault;

/** The domain words of the features, each a parameter type usable in any step. */
public final class ParameterTypes {

    /** A certification authority by its name in quotes: {@code "Contoso Issuing CA"}. */
    @ParameterType("\"([^\"]+)\"")
    public String ca(String name) {
        return name;
    }

    /** An email address: {@code alice@contoso.com}. */
    @ParameterType("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+")
    public String address(String address) {
        return address;
    }

    /** Whoever holds a certificate: a certification authority in quotes, or an email address. */
    @ParameterType("\"[^\"]+\"|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+")
    public String holder(String holder) {
        return holder.startsWith("\"") ? holder.substring(1, holder.length() - 1) : holder;
    }

    /** An instant in UTC, {@code 2026-06-01T09:00:00Z}, or a date, meaning its start in UTC. */
    @ParameterType("\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?Z)?")
    public Instant instant(String text) {
        return text.length() == 10
                ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                : Instant.parse(text);
    }

    /** An outcome code, e.g. {@code CRL_UNREACHABLE}. */
    @ParameterType("[A-Z][A-Z_]+")
    public OutcomeCode outcome(String code) {
        return OutcomeCode.valueOf(code);
    }

    /** A number of times: {@code once}, {@code twice}, {@code 3 times}. */
    @ParameterType("once|twice|\\d+ times")
    public int times(String text) {
        return switch (text) {
            case "once" -> 1;
            case "twice" -> 2;
            default -> Integer.parseInt(text.substring(0, text.indexOf(' ')));
        };
    }

    /** What the app uses a certificate for, in the article's words. */
    @ParameterType("the user's own signing certificate|the user's own encryption certificate"
            + "|a recipient's certificate|the signer of a received message|a directory lookup result")
    public CertificateUse use(String text) {
        return switch (text) {
            case "the user's own signing certificate" -> CertificateUse.OWN_SIGNING;
            case "the user's own encryption certificate" -> CertificateUse.OWN_ENCRYPTION;
            case "a recipient's certificate" -> CertificateUse.RECIPIENT;
            case "the signer of a received message" -> CertificateUse.SENDER;
            default -> CertificateUse.DIRECTORY_RESULT;
        };
    }

    /** How an endpoint fails to answer. */
    @ParameterType("refuses connections|resets the connection|answers only after Outlook has given up"
            + "|answers 404 Not Found|answers 500 Internal Server Error|answers with something else")
    public EndpointFault fault(String text) {
        return switch (text) {
            case "refuses connections" -> EndpointFault.CONNECTION_REFUSED;
            case "resets the connection" -> EndpointFault.CONNECTION_RESET;
            case "answers only after Outlook has given up" -> EndpointFault.TIMEOUT;
            case "answers 404 Not Found" -> EndpointFault.NOT_FOUND;
            case "answers 500 Internal Server Error" -> EndpointFault.SERVER_ERROR;
            default -> EndpointFault.GARBAGE;
        };
    }
}
