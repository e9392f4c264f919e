package org.smimeconformance.fakes.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.smimeconformance.fakes.journal.Journal;

/**
 * The one HTTP server behind every fake endpoint of a run (CRL, AIA, Global Address List), WireMock
 * on loopback, port 0. Started once, shared by every scenario; scenarios are kept apart by path
 * ({@code /s/<n>/...}), never by restarting it, so they can run side by side.
 *
 * <p>Every request under an open scenario's prefix is written to that scenario's {@link Journal}
 * when it arrives, before it is matched or answered. WireMock's own request journal is off: the
 * scenario journals replace it.
 *
 * <p>Thread-safe. Stopped by a shutdown hook when the JVM ends.
 */
public final class FakeHttpServer {

    /** How long a {@link EndpointFault#TIMEOUT} endpoint waits before answering. */
    public static final Duration SLOW_ANSWER = Duration.ofSeconds(3);

    /** How long a {@link EndpointFault#SLOW_BUT_IN_TIME} endpoint waits before answering. */
    public static final Duration SLOW_BUT_IN_TIME = Duration.ofMillis(50);

    /** How long the body of a {@link EndpointFault#HUGE_ANSWER} is: 2 MiB, twice the default response limit. */
    public static final int HUGE_ANSWER_BYTES = 2 << 20;

    static final String RESPONDER = "scenario-responder";

    private static FakeHttpServer shared;

    private final WireMockServer server;
    private final int refusingPort;
    private final AtomicInteger scenarios = new AtomicInteger();
    private final Map<String, ScenarioEndpoints> open = new ConcurrentHashMap<>();

    private FakeHttpServer() {
        server = new WireMockServer(wireMockConfig()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .jettyAcceptors(1)
                .containerThreads(10)
                .asynchronousResponseEnabled(true)
                .asynchronousResponseThreads(4)
                .gzipDisabled(true)
                .disableRequestJournal()
                .stubRequestLoggingDisabled(true)
                .extensions(new JournalListener(), new Responder()));
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

    /** A new, empty set of endpoints for one scenario, under a path no other scenario uses, with its own journal. */
    public ScenarioEndpoints openScenario() {
        return openScenario(new Journal());
    }

    /**
     * A new, empty set of endpoints for one scenario, writing what they see to {@code journal}
     * (shared with the scenario's other fakes, e.g. its LDAP directory).
     */
    public ScenarioEndpoints openScenario(Journal journal) {
        ScenarioEndpoints endpoints = new ScenarioEndpoints(this, "/s/" + scenarios.incrementAndGet(), journal);
        open.put(endpoints.prefix(), endpoints);
        return endpoints;
    }

    void closed(ScenarioEndpoints endpoints) {
        open.remove(endpoints.prefix(), endpoints);
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

    /**
     * The scenario a request path belongs to, and the rest of the path below its prefix, or null.
     * {@code /s/3/gal/users/a%40b} gives scenario {@code /s/3} and {@code gal/users/a@b}.
     */
    private Routed route(String url) {
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        if (!path.startsWith("/s/")) {
            return null;
        }
        int slash = path.indexOf('/', 3);
        if (slash < 0) {
            return null;
        }
        ScenarioEndpoints scenario = open.get(path.substring(0, slash));
        if (scenario == null) {
            return null;
        }
        String rest = decode(path.substring(slash + 1));
        String queryText = query < 0 ? "" : decode(url.substring(query + 1));
        return new Routed(scenario, rest, queryText);
    }

    private static String decode(String text) {
        try {
            // A path keeps its plus signs: only percent escapes are decoded.
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }

    private record Routed(ScenarioEndpoints scenario, String rest, String query) {
    }

    /** Writes each request to its scenario's journal the moment it arrives. */
    private final class JournalListener implements ServeEventListener {

        @Override
        public String getName() {
            return "scenario-journal";
        }

        @Override
        public void beforeMatch(ServeEvent event, Parameters parameters) {
            Routed routed = route(event.getRequest().getUrl());
            if (routed != null) {
                routed.scenario().saw(event.getRequest().getMethod().getName(), routed.rest(), routed.query());
            }
        }
    }

    /** Answers a mounted path ({@link ScenarioEndpoints#mount}) by asking its {@link HttpResponder}. */
    private final class Responder implements ResponseDefinitionTransformerV2 {

        @Override
        public String getName() {
            return RESPONDER;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            Routed routed = route(event.getRequest().getUrl());
            if (routed == null) {
                return aResponse().withStatus(404).build();
            }
            HttpAnswer answer = routed.scenario().answer(event.getRequest().getMethod().getName(),
                    routed.rest(), routed.query(), event.getRequest().getBody());
            return answer == null ? aResponse().withStatus(404).build()
                    : Faults.render(answer, event.getRequest().getUrl()).build();
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free loopback port", e);
        }
    }
}
