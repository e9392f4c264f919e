package org.smimeconformance.engine.net;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The JDK HTTP clients of one implementation instance: one per connect timeout, created on first
 * use and kept for the life of the instance, so that every scenario of a run shares connections
 * and threads. Thread-safe. Clients are never closed by those who borrow them.
 *
 * <p>Every client speaks HTTP/1.1 and never follows a redirect by itself: {@link HttpFetcher}
 * follows them, counted and checked one by one; to Company Portal a redirect from Endpoint
 * Manager is an answer that is not one.
 */
public final class HttpClients {

    private final ConcurrentMap<Duration, HttpClient> byConnectTimeout = new ConcurrentHashMap<>();

    /** The shared client that gives up connecting after {@code connectTimeout}. */
    public HttpClient forConnectTimeout(Duration connectTimeout) {
        return byConnectTimeout.computeIfAbsent(connectTimeout, timeout -> HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build());
    }
}
