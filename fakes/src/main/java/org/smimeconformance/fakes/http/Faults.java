package org.smimeconformance.fakes.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import java.nio.charset.StandardCharsets;

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
    static ResponseDefinitionBuilder faulty(EndpointFault fault, int status, byte[] body, String contentType) {
        return switch (fault) {
            case CONNECTION_RESET -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
            case TIMEOUT -> proper(status, body, contentType).withFixedDelay((int) FakeHttpServer.SLOW_ANSWER.toMillis());
            case NOT_FOUND -> aResponse().withStatus(404);
            case SERVER_ERROR -> aResponse().withStatus(500);
            case GARBAGE -> aResponse().withStatus(200).withHeader("Content-Type", contentType).withBody(GARBAGE);
            case CONNECTION_REFUSED -> aResponse().withStatus(503);
        };
    }

    static ResponseDefinitionBuilder render(HttpAnswer answer) {
        return answer.fault() == null
                ? proper(answer.status(), answer.body(), answer.contentType())
                : faulty(answer.fault(), answer.status(), answer.body(), answer.contentType());
    }

    private static ResponseDefinitionBuilder proper(int status, byte[] body, String contentType) {
        return aResponse().withStatus(status).withHeader("Content-Type", contentType).withBody(body);
    }
}
