package org.smimeconformance.protocol;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * One request of the protocol as {@link ProtocolDispatcher} takes it, whatever carried it.
 *
 * @param method        the HTTP method, e.g. {@code POST}
 * @param rawPath       the path as sent, still percent-encoded, without the query; e.g.
 *                      {@code /v1/clients/c1/trust/verify}
 * @param headers       the request's headers, by name in any case (the dispatcher reads {@code Host},
 *                      {@code Origin}, {@code Authorization} and {@code Content-Type}); each name with
 *                      every value it was sent with
 * @param contentLength the body's length as the request declared it ({@code Content-Length}), if it did
 * @param body          the body's bytes as read; a transport reads at most one byte more than the
 *                      dispatcher's bound, so that a body over it is seen to be
 */
record ProtocolRequest(String method, String rawPath, Map<String, List<String>> headers, OptionalLong contentLength,
                       byte[] body) {

    private static final byte[] NO_BODY = new byte[0];

    ProtocolRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(contentLength, "contentLength");
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, values) -> {
                if (name != null && values != null) {
                    copy.computeIfAbsent(name, n -> new java.util.ArrayList<>()).addAll(values);
                }
            });
        }
        copy.replaceAll((name, values) -> List.copyOf(values));
        headers = java.util.Collections.unmodifiableMap(copy);
        body = body == null ? NO_BODY : body;
    }

    /** A request without headers that declares no length: its length is that of its body. */
    static ProtocolRequest of(String method, String rawPath, byte[] body) {
        return new ProtocolRequest(method, rawPath, Map.of(), OptionalLong.empty(), body);
    }

    /** The same request with these headers, e.g. {@code Map.of("Host", List.of("127.0.0.1:8080"))}. */
    ProtocolRequest withHeaders(Map<String, List<String>> headers) {
        return new ProtocolRequest(method, rawPath, headers, contentLength, body);
    }

    /** Every value of the header of that name, in any case; empty when it was not sent. */
    List<String> header(String name) {
        return headers.getOrDefault(name, List.of());
    }

    /** Whether the body, as declared or as read, is longer than the bound. */
    boolean longerThan(int maxBodyBytes) {
        return body.length > maxBodyBytes || contentLength.orElse(0) > maxBodyBytes;
    }
}
