package org.smimeconformance.fakes.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.smimeconformance.fakes.journal.Journal;
import org.smimeconformance.fakes.journal.Service;

/**
 * The fake HTTP endpoints of one scenario: everything lives under the scenario's own path prefix on
 * the shared {@link FakeHttpServer}, and {@link #close()} removes it all again.
 *
 * <p>Every request under the prefix is written to the scenario's {@link Journal} ({@link #seen()})
 * as it arrives, in one order shared with the scenario's other fakes.
 *
 * <p>Owned by one scenario; safe to read from the implementation's threads while the scenario runs.
 */
public final class ScenarioEndpoints implements AutoCloseable {

    private final FakeHttpServer server;
    private final String prefix;
    private final Journal journal;
    private final Map<EndpointKind, FakeEndpoint> endpoints = new EnumMap<>(EndpointKind.class);
    private final Map<String, Service> services = new ConcurrentHashMap<>();
    private final Map<String, HttpResponder> responders = new ConcurrentHashMap<>();
    private final List<StubMapping> stubs = new CopyOnWriteArrayList<>();

    ScenarioEndpoints(FakeHttpServer server, String prefix, Journal journal) {
        this.server = server;
        this.prefix = prefix;
        this.journal = Objects.requireNonNull(journal, "journal");
        for (EndpointKind kind : EndpointKind.values()) {
            endpoints.put(kind, new FakeEndpoint(this, kind));
        }
        services.put(EndpointKind.CRL.path(), Service.CRL);
        services.put(EndpointKind.AIA.path(), Service.AIA);
    }

    /** The CRL endpoint: one CRL per CA. */
    public FakeEndpoint crl() {
        return endpoints.get(EndpointKind.CRL);
    }

    /** The AIA endpoint: one CA certificate (or certs-only bundle) per CA. */
    public FakeEndpoint aia() {
        return endpoints.get(EndpointKind.AIA);
    }

    /** Every request the scenario's CRL and AIA endpoints saw, oldest first; {@link #seen()} has all fakes. */
    public List<JournalEntry> journal() {
        List<JournalEntry> entries = new ArrayList<>();
        for (Journal.Entry entry : journal.entries()) {
            if (entry.service() == Service.CRL) {
                entries.add(new JournalEntry(EndpointKind.CRL, entry.asked(), entry.operation()));
            } else if (entry.service() == Service.AIA) {
                entries.add(new JournalEntry(EndpointKind.AIA, entry.asked(), entry.operation()));
            }
        }
        return entries;
    }

    /** The scenario's journal: what every fake that writes to it saw (HTTP here, LDAP if shared), in order. */
    public Journal seen() {
        return journal;
    }

    /**
     * Answers every request under {@code /s/<n>/<segment>} with {@code responder}, through one stub,
     * and journals them as {@code service}. For fakes with many resources, e.g. the Global Address
     * List.
     *
     * @throws IllegalStateException if the segment is taken
     */
    public HttpMount mount(String segment, Service service, HttpResponder responder) {
        if (!segment.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("a mount is one lower-case path segment: " + segment);
        }
        if (services.putIfAbsent(segment, service) != null) {
            throw new IllegalStateException("the scenario already has something at " + segment);
        }
        responders.put(segment, responder);
        register(any(urlPathMatching(Pattern.quote(prefix + "/" + segment) + "(/.*)?"))
                .willReturn(aResponse().withTransformers(FakeHttpServer.RESPONDER))
                .build());
        return new HttpMount(this, segment, service);
    }

    /** Removes the scenario's stubs and forgets the requests they saw. */
    @Override
    public void close() {
        server.closed(this);
        for (StubMapping stub : stubs) {
            server.wireMock().removeStub(stub);
        }
        stubs.clear();
        journal.forget(List.copyOf(services.values()));
    }

    String prefix() {
        return prefix;
    }

    String basePath(EndpointKind kind) {
        return prefix + "/" + kind.path();
    }

    FakeHttpServer server() {
        return server;
    }

    void register(StubMapping stub) {
        server.wireMock().addStubMapping(stub);
        stubs.add(stub);
    }

    /** A request arrived under the prefix; {@code rest} is the decoded path below it. */
    void saw(String method, String rest, String query) {
        int slash = rest.indexOf('/');
        String segment = slash < 0 ? rest : rest.substring(0, slash);
        Service service = services.get(segment);
        if (service != null) {
            String below = slash < 0 ? "" : rest.substring(slash + 1);
            journal.record(service, method, query.isEmpty() ? below : below + "?" + query);
        }
    }

    HttpAnswer answer(String method, String rest, String query, byte[] body) {
        int slash = rest.indexOf('/');
        String segment = slash < 0 ? rest : rest.substring(0, slash);
        HttpResponder responder = responders.get(segment);
        return responder == null ? null
                : responder.answer(method, slash < 0 ? "" : rest.substring(slash + 1), query,
                        body == null ? new byte[0] : body);
    }
}
