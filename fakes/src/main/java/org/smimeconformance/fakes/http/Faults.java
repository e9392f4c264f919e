package org.smimeconformance.fakes.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;

/** How each {@link EndpointFault} is produced on the wire, shared by every HTTP fake. */
final class Faults {

    static final byte[] GARBAGE = "<html><body>this is not what you asked for</body></html>"
            .getBytes(StandardCharsets.US_ASCII);

    private Faults() {
    }

    /**
     * The misbehaving answer to a request whose proper answer is {@code status}, {@code body} and
     * {@code contentType}. {@link EndpointFault#CONNECTION_REFUSED} never reaches the server (the
     * address points elsewhere); should it, the answer is a 503.
     */
    static ResponseDefinitionBuilder faulty(EndpointFault fault, int status, byte[] body, String contentType,
                                            String asked) {
        return switch (fault) {
            case CONNECTION_RESET -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
            case CONNECTION_RESET_MID_ANSWER -> aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK);
            case TIMEOUT -> proper(status, body, contentType).withFixedDelay((int) FakeHttpServer.SLOW_ANSWER.toMillis());
            case SLOW_BUT_IN_TIME -> proper(status, body, contentType)
                    .withFixedDelay((int) FakeHttpServer.SLOW_BUT_IN_TIME.toMillis());
            case REDIRECT_LOOP -> aResponse().withStatus(302).withHeader("Location", asked);
            case HUGE_ANSWER -> aResponse().withStatus(200).withHeader("Content-Type", contentType).withBody(huge(body));
            case WRONG_CONTENT_TYPE -> proper(status, body, "text/html; charset=utf-8");
            case NOT_HTTP -> aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE);
            case NOT_FOUND -> aResponse().withStatus(404);
            case SERVER_ERROR -> aResponse().withStatus(500);
            case GARBAGE -> aResponse().withStatus(200).withHeader("Content-Type", contentType).withBody(GARBAGE);
            case CONNECTION_REFUSED -> aResponse().withStatus(503);
        };
    }

    /** The answer as it goes on the wire; {@code asked} is the path (and query) of the request, for redirects. */
    static ResponseDefinitionBuilder render(HttpAnswer answer, String asked) {
        return answer.fault() == null
                ? proper(answer.status(), answer.body(), answer.contentType())
                : faulty(answer.fault(), answer.status(), answer.body(), answer.contentType(), asked);
    }

    /** The proper body followed by zero bytes up to {@link FakeHttpServer#HUGE_ANSWER_BYTES}. */
    private static byte[] huge(byte[] body) {
        return Arrays.copyOf(body, Math.max(body.length, FakeHttpServer.HUGE_ANSWER_BYTES));
    }

    private static ResponseDefinitionBuilder proper(int status, byte[] body, String contentType) {
        return aResponse().withStatus(status).withHeader("Content-Type", contentType).withBody(body);
    }
}
