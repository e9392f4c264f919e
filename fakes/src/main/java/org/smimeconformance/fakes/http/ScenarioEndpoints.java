package org.smimeconformance.fakes.http;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * The fake endpoints of one scenario: everything lives under the scenario's own path prefix on the
 * shared {@link FakeHttpServer}, and {@link #close()} removes it all again.
 *
 * <p>Owned by one scenario; safe to read from the implementation's threads while the scenario runs.
 */
public final class ScenarioEndpoints implements AutoCloseable {

    private final FakeHttpServer server;
    private final String prefix;
    private final Map<EndpointKind, FakeEndpoint> endpoints = new EnumMap<>(EndpointKind.class);
    private final List<StubMapping> stubs = new CopyOnWriteArrayList<>();

    ScenarioEndpoints(FakeHttpServer server, String prefix) {
        this.server = server;
        this.prefix = prefix;
        for (EndpointKind kind : EndpointKind.values()) {
            endpoints.put(kind, new FakeEndpoint(this, kind));
        }
    }

    /** The CRL endpoint: one CRL per CA. */
    public FakeEndpoint crl() {
        return endpoints.get(EndpointKind.CRL);
    }

    /** The AIA endpoint: one CA certificate (or certs-only bundle) per CA. */
    public FakeEndpoint aia() {
        return endpoints.get(EndpointKind.AIA);
    }

    /** Every request the scenario's endpoints saw, oldest first. */
    public List<JournalEntry> journal() {
        List<LoggedRequest> seen = new ArrayList<>(server.wireMock().findAll(anyRequestedFor(urlPathMatching(prefix + "/.*"))));
        seen.sort(Comparator.comparing(LoggedRequest::getLoggedDate));
        List<JournalEntry> entries = new ArrayList<>();
        for (LoggedRequest request : seen) {
            String rest = request.getUrl().substring(prefix.length() + 1);
            int slash = rest.indexOf('/');
            String kindPath = slash < 0 ? rest : rest.substring(0, slash);
            String resource = slash < 0 ? "" : rest.substring(slash + 1);
            for (EndpointKind kind : EndpointKind.values()) {
                if (kind.path().equals(kindPath)) {
                    entries.add(new JournalEntry(kind, resource, request.getMethod().getName()));
                }
            }
        }
        return entries;
    }

    /** Removes the scenario's stubs and forgets the requests it saw. */
    @Override
    public void close() {
        for (StubMapping stub : stubs) {
            server.wireMock().removeStub(stub);
        }
        stubs.clear();
        server.wireMock().removeServeEventsMatching(anyRequestedFor(urlPathMatching(prefix + "/.*")).build());
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
}
