package org.smimeconformance.protocol;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One request of the protocol as {@link ProtocolDispatcher} takes it, whatever carried it.
 *
 * @param method        the HTTP method, e.g. {@code POST}
 * @param rawPath       the path as sent, still percent-encoded, without the query; e.g.
 *                      {@code /v1/clients/c1/trust/verify}
 * @param contentLength the body's length as the request declared it ({@code Content-Length}), if it did
 * @param body          the body's bytes as read; a transport reads at most one byte more than the
 *                      dispatcher's bound, so that a body over it is seen to be
 */
record ProtocolRequest(String method, String rawPath, OptionalLong contentLength, byte[] body) {

    private static final byte[] NO_BODY = new byte[0];

    ProtocolRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(contentLength, "contentLength");
        body = body == null ? NO_BODY : body;
    }

    /** A request that declares no length: its length is that of its body. */
    static ProtocolRequest of(String method, String rawPath, byte[] body) {
        return new ProtocolRequest(method, rawPath, OptionalLong.empty(), body);
    }

    /** Whether the body, as declared or as read, is longer than the bound. */
    boolean longerThan(int maxBodyBytes) {
        return body.length > maxBodyBytes || contentLength.orElse(0) > maxBodyBytes;
    }
}
