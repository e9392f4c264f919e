package org.smimeconformance.engine.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.smimeconformance.contract.NetworkSettings;

/**
 * Company Portal's connection to Microsoft Endpoint Manager: JSON over HTTP at the world's Intune
 * address. Every exchange, from sending the request to the last byte of the answer, takes at most
 * the world's request timeout (real time: the world's clock stands still in scenarios); an answer
 * is read up to the world's response limit; nothing is asked when the world is offline.
 *
 * <p>Never throws for network trouble: a failure is an {@link Reply} with no status and the reason.
 * Thread-safe.
 */
final class IntuneConnection {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER_AGENT = "Company Portal (smime-conformance reference engine)";

    /**
     * What came back: an HTTP status with a body, or why nothing did.
     *
     * @param status  the HTTP status, 0 when no answer arrived
     * @param body    the body, empty when none
     * @param failure why no answer arrived, or null
     */
    record Reply(int status, byte[] body, String failure) {

        boolean answered() {
            return failure == null;
        }

        boolean ok() {
            return answered() && status / 100 == 2;
        }

        /** The body as JSON, or null when it is not JSON. */
        JsonNode json() {
            try {
                JsonNode node = JSON.readTree(body);
                return node == null || node.isMissingNode() ? null : node;
            } catch (IOException notJson) {
                return null;
            }
        }

        /** The error code of a JSON error answer ({@code {"error": {"code": ...}}}), or empty. */
        String errorCode() {
            JsonNode json = json();
            return json == null ? "" : json.path("error").path("code").asText("");
        }

        /** For people: the status and error code, or the failure. */
        String describe() {
            if (!answered()) {
                return failure;
            }
            String code = errorCode();
            return "HTTP " + status + (code.isEmpty() ? "" : " " + code);
        }
    }

    private final HttpClient client;
    private final URI base;
    private final NetworkSettings network;
    private final int maxResponseBytes;

    /**
     * @param client           a shared client; never closed here
     * @param base             the Intune address, e.g. {@code http://127.0.0.1:51234/s/3/intune}
     * @param network          the world's timeouts and offline flag
     * @param maxResponseBytes the most bytes of an answer that are read
     */
    IntuneConnection(HttpClient client, URI base, NetworkSettings network, int maxResponseBytes) {
        this.client = Objects.requireNonNull(client, "client");
        this.base = Objects.requireNonNull(base, "base");
        this.network = Objects.requireNonNull(network, "network");
        this.maxResponseBytes = maxResponseBytes;
    }

    /** The path of a device's resource: {@code devices/<id, percent-encoded>/<rest>}. */
    static String device(String deviceId, String rest) {
        return "devices/" + segment(deviceId) + (rest.isEmpty() ? "" : "/" + rest);
    }

    /** One path segment, percent-encoded (a space as {@code %20}). */
    static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    Reply get(String path) {
        return exchange(request(path).GET());
    }

    Reply post(String path, String contentType, byte[] body) {
        return exchange(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path) {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        return HttpRequest.newBuilder(URI.create(root + path))
                .header("User-Agent", USER_AGENT)
                .header("Accept", "application/json");
    }

    private Reply exchange(HttpRequest.Builder builder) {
        if (network.offline()) {
            return new Reply(0, new byte[0], "offline");
        }
        Duration timeout = network.requestTimeout();
        CompletableFuture<HttpResponse<byte[]>> sent;
        try {
            sent = client.sendAsync(builder.timeout(timeout).build(), info -> new BoundedBytes(maxResponseBytes));
        } catch (IllegalArgumentException unusable) {
            return new Reply(0, new byte[0], "not a usable address: " + base);
        }
        try {
            HttpResponse<byte[]> response = sent.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Reply(response.statusCode(), response.body(), null);
        } catch (TimeoutException e) {
            sent.cancel(true);
            return new Reply(0, new byte[0], "no answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            sent.cancel(true);
            Thread.currentThread().interrupt();
            return new Reply(0, new byte[0], "interrupted");
        } catch (ExecutionException e) {
            return new Reply(0, new byte[0], reason(e.getCause()));
        }
    }

    /** Collects a body of at most {@code limit} bytes; a longer one fails the exchange. */
    private static final class BoundedBytes implements HttpResponse.BodySubscriber<byte[]> {

        private final int limit;
        private final ByteArrayOutputStream collected = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private Flow.Subscription subscription;

        BoundedBytes(int limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription value) {
            subscription = value;
            value.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                if (collected.size() + buffer.remaining() > limit) {
                    subscription.cancel();
                    body.completeExceptionally(new IOException("the answer is longer than " + limit + " bytes"));
                    return;
                }
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                collected.writeBytes(bytes);
            }
        }

        @Override
        public void onError(Throwable failure) {
            body.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            body.complete(collected.toByteArray());
        }
    }

    private String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException) {
                return "could not connect within " + network.connectTimeout().toMillis() + " ms";
            }
            if (t instanceof HttpTimeoutException) {
                return "no answer within " + network.requestTimeout().toMillis() + " ms";
            }
            if (t instanceof ConnectException) {
                return "connection refused";
            }
        }
        return failure instanceof IOException ? "I/O error: " + failure.getMessage() : "failed: " + failure;
    }
}
