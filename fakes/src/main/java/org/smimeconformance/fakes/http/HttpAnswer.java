package org.smimeconformance.fakes.http;

import java.util.Objects;

/**
 * The answer an {@link HttpResponder} computes for one request: a status, a body and its content
 * type, or those misbehaving as {@code fault} says ({@link EndpointFault#TIMEOUT} sends this very
 * answer late; the other faults replace it).
 *
 * @param status      the HTTP status
 * @param contentType the content type of {@code body}
 * @param body        the body, never null
 * @param fault       how to misbehave, or null to answer properly
 */
public record HttpAnswer(int status, String contentType, byte[] body, EndpointFault fault) {

    public HttpAnswer {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }

    /** A proper answer. */
    public static HttpAnswer of(int status, String contentType, byte[] body) {
        return new HttpAnswer(status, contentType, body, null);
    }

    /** This answer, misbehaving as {@code fault} says (null: unchanged). */
    public HttpAnswer failing(EndpointFault value) {
        return new HttpAnswer(status, contentType, body, value);
    }
}
