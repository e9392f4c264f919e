package org.smimeconformance.engine.net;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.smimeconformance.contract.Limits;
import org.smimeconformance.contract.NetworkSettings;

/**
 * Fetches one resource by HTTP GET, as the app fetches a CRL from its distribution point or an
 * intermediate from its AIA caIssuers address, or asks the Global Address List about an address
 * ({@link #answer(URI)}, where a 404 is an answer).
 *
 * <p>Bounded: the whole exchange, from sending the request to the last byte of the body, takes at
 * most the world's request timeout (in milliseconds of real time, not of the world's clock, which
 * scenarios fix), redirects included; a body is read up to the world's response limit. Only
 * {@code http} and {@code https} addresses are fetched; nothing is fetched when the world is offline.
 *
 * <p>Redirects (301, 302, 303, 307, 308 with a {@code Location}) are followed, at most
 * {@code maxRedirects} of them for one fetch, each to an {@code http} or {@code https} address and
 * never from {@code https} down to {@code http}: a distribution point that moved is still found,
 * and one that redirects to itself fails after the last redirect allowed ("more than 5 redirects").
 * The body of a redirect is not read.
 *
 * <p>Never throws for network trouble: every failure is a {@link Fetched#failed reason}. When the
 * calling thread is interrupted, the exchange is cancelled, the interrupt flag is restored and the
 * reason is "interrupted". Thread-safe.
 */
public final class HttpFetcher {

    private final HttpClient client;
    private final NetworkSettings network;
    private final int maxResponseBytes;
    private final int maxRedirects;

    /** As {@link #HttpFetcher(HttpClient, NetworkSettings, int, int)}, following {@value Limits#DEFAULT_MAX_REDIRECTS} redirects. */
    public HttpFetcher(HttpClient client, NetworkSettings network, int maxResponseBytes) {
        this(client, network, maxResponseBytes, Limits.DEFAULT_MAX_REDIRECTS);
    }

    /**
     * @param client           a shared client (see {@link HttpClients}), which follows no redirect
     *                         itself; never closed here
     * @param network          the world's timeouts and offline flag
     * @param maxResponseBytes the most bytes of a body that are accepted
     * @param maxRedirects     the most redirects followed for one fetch, 0 for none
     */
    public HttpFetcher(HttpClient client, NetworkSettings network, int maxResponseBytes, int maxRedirects) {
        this.client = Objects.requireNonNull(client, "client");
        this.network = Objects.requireNonNull(network, "network");
        if (maxResponseBytes < 1) {
            throw new IllegalArgumentException("maxResponseBytes must be positive");
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative");
        }
        this.maxResponseBytes = maxResponseBytes;
        this.maxRedirects = maxRedirects;
    }

    /** The body of a 2xx answer to {@code GET uri}, or why there is none. */
    public Fetched<byte[]> get(URI uri) {
        return exchange(uri, BoundedBody.handler(maxResponseBytes)).then(response -> response.body());
    }

    /**
     * The status and body of the answer to {@code GET uri}, whatever the status, for endpoints whose
     * "not found" is an answer rather than a failure (the Global Address List answers 404 for an
     * address it does not hold). The same bounds as {@link #get(URI)}; fails only when no whole
     * answer arrived.
     */
    public Fetched<Answer> answer(URI uri) {
        return exchange(uri, BoundedBody.anyStatus(maxResponseBytes))
                .then(response -> response.body().then(body -> Fetched.of(new Answer(response.statusCode(), body))));
    }

    /**
     * An answer of an endpoint.
     *
     * @param status the HTTP status code
     * @param body   the body, at most the response limit
     */
    public record Answer(int status, byte[] body) {
    }

    private Fetched<HttpResponse<Fetched<byte[]>>> exchange(URI uri, HttpResponse.BodyHandler<Fetched<byte[]>> handler) {
        Optional<String> refused = refusal(uri);
        if (refused.isPresent()) {
            return Fetched.failed(refused.get());
        }
        if (network.offline()) {
            return Fetched.failed("offline");
        }
        Duration timeout = network.requestTimeout();
        CompletableFuture<HttpResponse<Fetched<byte[]>>> exchange;
        try {
            exchange = send(uri, handler, timeout, 0);
        } catch (IllegalArgumentException unusable) {
            return Fetched.failed("not a usable address: " + uri);
        }
        try {
            return Fetched.of(exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return Fetched.failed(timedOut(timeout));
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return Fetched.failed("interrupted");
        } catch (ExecutionException e) {
            return Fetched.failed(reason(e.getCause()));
        }
    }

    /** Why an address is not fetched, or empty when it may be. */
    private static Optional<String> refusal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("only http and https are fetched, not " + (scheme.isEmpty() ? "a relative address" : scheme));
        }
        if (uri.getHost() == null) {
            return Optional.of("no host in " + uri);
        }
        return Optional.empty();
    }

    /**
     * {@code GET uri}, then the redirects, each a request of its own, chained so that the caller's
     * one wait bounds them all; {@code followed} redirects were followed before this one.
     */
    private CompletableFuture<HttpResponse<Fetched<byte[]>>> send(URI uri, HttpResponse.BodyHandler<Fetched<byte[]>> handler,
                                                                  Duration timeout, int followed) {
        HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(timeout).build();
        return client.sendAsync(request, info -> redirect(info) ? new BoundedBody.Refused("redirect") : handler.apply(info))
                .thenCompose(response -> {
                    if (!redirect(response)) {
                        return CompletableFuture.completedFuture(response);
                    }
                    if (followed >= maxRedirects) {
                        return CompletableFuture.failedFuture(new NotFollowed(maxRedirects == 0
                                ? "redirected (HTTP " + response.statusCode() + "), and redirects are not followed"
                                : "more than " + maxRedirects + " redirects"));
                    }
                    String location = response.headers().firstValue("Location").orElseThrow();
                    URI next;
                    try {
                        next = uri.resolve(location.strip());
                    } catch (IllegalArgumentException unusable) {
                        return CompletableFuture.failedFuture(new NotFollowed("redirected to an unusable address"));
                    }
                    Optional<String> refused = refusal(next);
                    if (refused.isPresent()) {
                        return CompletableFuture.failedFuture(new NotFollowed("redirected, and " + refused.get()));
                    }
                    if ("https".equalsIgnoreCase(uri.getScheme()) && "http".equalsIgnoreCase(next.getScheme())) {
                        return CompletableFuture.failedFuture(new NotFollowed("redirected from https to http, which is not followed"));
                    }
                    try {
                        return send(next, handler, timeout, followed + 1);
                    } catch (IllegalArgumentException unusable) {
                        return CompletableFuture.failedFuture(new NotFollowed("redirected to an unusable address"));
                    }
                });
    }

    private static boolean redirect(HttpResponse<?> response) {
        return redirect(response.statusCode(), response.headers().firstValue("Location").isPresent());
    }

    private static boolean redirect(HttpResponse.ResponseInfo info) {
        return redirect(info.statusCode(), info.headers().firstValue("Location").isPresent());
    }

    private static boolean redirect(int status, boolean located) {
        return located && (status == 301 || status == 302 || status == 303 || status == 307 || status == 308);
    }

    /** A redirect that is not followed; its message is the reason. */
    private static final class NotFollowed extends IOException {

        NotFollowed(String reason) {
            super(reason);
        }
    }

    private String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof NotFollowed) {
                return t.getMessage();
            }
        }
        if (causedBy(failure, HttpConnectTimeoutException.class)) {
            return "could not connect within " + network.connectTimeout().toMillis() + " ms";
        }
        if (causedBy(failure, HttpTimeoutException.class)) {
            return timedOut(network.requestTimeout());
        }
        if (causedBy(failure, UnresolvedAddressException.class)) {
            return "unknown host";
        }
        if (causedBy(failure, ConnectException.class)) {
            return "connection refused";
        }
        if (failure instanceof IOException) {
            return "I/O error: " + failure.getMessage();
        }
        return "failed: " + failure;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String timedOut(Duration timeout) {
        return "timed out after " + timeout.toMillis() + " ms";
    }
}
