package org.smimeconformance.fakes.http;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The one HTTP server behind every fake endpoint of a run (CRL, AIA), WireMock on loopback, port 0.
 * Started once, shared by every scenario; scenarios are kept apart by path
 * ({@code /s/<n>/...}), never by restarting it, so they can run side by side.
 *
 * <p>Thread-safe. Stopped by a shutdown hook when the JVM ends.
 */
public final class FakeHttpServer {

    /** How long a {@link EndpointFault#TIMEOUT} endpoint waits before answering. */
    public static final Duration SLOW_ANSWER = Duration.ofSeconds(3);

    private static FakeHttpServer shared;

    private final WireMockServer server;
    private final int refusingPort;
    private final AtomicInteger scenarios = new AtomicInteger();

    private FakeHttpServer() {
        server = new WireMockServer(wireMockConfig()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .jettyAcceptors(1)
                .containerThreads(10)
                .asynchronousResponseEnabled(true)
                .asynchronousResponseThreads(4)
                .gzipDisabled(true)
                .stubRequestLoggingDisabled(true));
        server.start();
        refusingPort = closedPort();
    }

    /** The server of this run, started on first use. */
    public static synchronized FakeHttpServer shared() {
        if (shared == null) {
            FakeHttpServer started = new FakeHttpServer();
            Runtime.getRuntime().addShutdownHook(new Thread(started.server::stop, "fake-http-server-stop"));
            shared = started;
        }
        return shared;
    }

    /** A new, empty set of endpoints for one scenario, under a path no other scenario uses. */
    public ScenarioEndpoints openScenario() {
        return new ScenarioEndpoints(this, "/s/" + scenarios.incrementAndGet());
    }

    int port() {
        return server.port();
    }

    /** A loopback port where nothing listens, for {@link EndpointFault#CONNECTION_REFUSED}. */
    int refusingPort() {
        return refusingPort;
    }

    WireMockServer wireMock() {
        return server;
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free loopback port", e);
        }
    }
}
