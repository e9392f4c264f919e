package org.smimeconformance.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client against a server that is not the reference one: a tiny fake that announces 3 GB,
 * streams without end, or stalls mid-answer. The client reads at most its bound and waits at most
 * its timeout; it never hangs and never holds more than the bound. It sends its token, when it has
 * one, to whatever server it talks to.
 */
class HttpImplementationLimitsTest {

    private static final int LIMIT = 1 << 20;
    private static final long THREE_GB = 3L << 30;
    private static final byte[] INFO = "{\"name\": \"fake\", \"description\": \"a fake\", \"capabilities\": [\"TRUST\"]}"
            .getBytes(StandardCharsets.UTF_8);

    private final CountDownLatch released = new CountDownLatch(1);
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "fake-protocol-server");
        thread.setDaemon(true);
        return thread;
    });
    private HttpServer fake;

    @BeforeEach
    void serve() throws IOException {
        fake = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        fake.createContext("/announces", exchange -> stream(exchange, THREE_GB));
        fake.createContext("/streams", exchange -> stream(exchange, 0));
        fake.createContext("/stalls", exchange -> {
            exchange.sendResponseHeaders(200, INFO.length);
            OutputStream out = exchange.getResponseBody();
            out.write(INFO, 0, 10);
            out.flush();
            try {
                released.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        fake.createContext("/fine", exchange -> {
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, INFO.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(INFO);
            }
        });
        fake.setExecutor(threads);
        fake.start();
    }

    @AfterEach
    void stop() {
        released.countDown();
        fake.stop(0);
        threads.shutdownNow();
    }

    @Test
    void an_answer_that_announces_three_gigabytes_is_refused_before_it_is_read() {
        assertThatThrownBy(() -> connect("/announces", Duration.ofSeconds(30)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GET /v1/implementation", "larger than " + LIMIT + " bytes");
    }

    @Test
    void an_answer_that_streams_without_end_is_cut_at_the_bound() {
        assertThatThrownBy(() -> connect("/streams", Duration.ofSeconds(30)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GET /v1/implementation", "larger than " + LIMIT + " bytes");
    }

    @Test
    void an_answer_that_stalls_after_its_headers_ends_at_the_request_timeout() {
        assertThatThrownBy(() -> connect("/stalls", Duration.ofSeconds(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GET /v1/implementation", "within PT1S");
    }

    @Test
    void the_token_goes_to_any_server_when_one_is_given_and_none_otherwise() {
        AccessToken token = AccessToken.generate();

        HttpImplementation with = HttpImplementation.to(base("/fine")).token(token).connect();
        HttpImplementation without = HttpImplementation.to(base("/fine")).connect();

        assertThat(with.remoteName()).isEqualTo("fake");
        assertThat(without.remoteName()).isEqualTo("fake");
        assertThat(authorizations).containsExactly("Bearer " + token.value(), "null");
    }

    private HttpImplementation connect(String path, Duration requestTimeout) {
        return HttpImplementation.to(base(path)).maxAnswerBytes(LIMIT).timeouts(Duration.ofSeconds(5), requestTimeout).connect();
    }

    private URI base(String path) {
        return URI.create("http://127.0.0.1:" + fake.getAddress().getPort() + path);
    }

    /** 200 with that length (0: chunked, without end), then zeros until the client goes away or 3 GB are sent. */
    private static void stream(HttpExchange exchange, long length) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, length);
        byte[] zeros = new byte[64 * 1024];
        try (OutputStream out = exchange.getResponseBody()) {
            for (long sent = 0; sent < THREE_GB; sent += zeros.length) {
                out.write(zeros);
            }
        } catch (IOException gone) {
            // the client stopped reading and closed: what is meant to happen
        } finally {
            exchange.close();
        }
    }
}
