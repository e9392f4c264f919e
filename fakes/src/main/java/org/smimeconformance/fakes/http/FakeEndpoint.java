package org.smimeconformance.fakes.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/**
 * One fake endpoint of one scenario (its CRL or its AIA endpoint), serving one resource per name
 * (a CA's name) and misbehaving on demand.
 *
 * <p>A {@link EndpointFault#CONNECTION_REFUSED} fault changes the address of the resource, so it
 * must be set before {@link #address(String)} is read for that name (before the certificates that
 * carry the address are minted). Any other fault may come before or after the resource is served,
 * and {@link #mend(String)} makes it answer properly again.
 */
public final class FakeEndpoint {

    private final ScenarioEndpoints scenario;
    private final EndpointKind kind;
    private final Map<String, EndpointFault> faults = new ConcurrentHashMap<>();
    private final Map<String, Served> served = new ConcurrentHashMap<>();

    /** What a resource serves when it behaves. */
    private record Served(String name, byte[] body, String contentType) {
    }

    FakeEndpoint(ScenarioEndpoints scenario, EndpointKind kind) {
        this.scenario = scenario;
        this.kind = kind;
    }

    public EndpointKind kind() {
        return kind;
    }

    /** The address of the resource for {@code name}, as written into certificates. */
    public URI address(String name) {
        int port = faults.get(resourceName(name)) == EndpointFault.CONNECTION_REFUSED
                ? scenario.server().refusingPort()
                : scenario.server().port();
        return URI.create("http://127.0.0.1:" + port + path(name));
    }

    /** Serves {@code body} for {@code name} with the endpoint's content type. */
    public void serve(String name, byte[] body) {
        serve(name, body, kind.contentType());
    }

    public void serve(String name, byte[] body, String contentType) {
        served.put(resourceName(name), new Served(name, body.clone(), contentType));
        register(name);
    }

    /**
     * From now on the resource for {@code name} misbehaves. {@link EndpointFault#CONNECTION_REFUSED}
     * must come before the address is read; the other faults may also come after {@link #serve}.
     */
    public void fail(String name, EndpointFault fault) {
        faults.put(resourceName(name), fault);
        if (served.containsKey(resourceName(name))) {
            register(name);
        }
    }

    /**
     * From now on the resource for {@code name} answers properly again (the same address: a
     * refused connection stays refused, as the address handed over points elsewhere).
     */
    public void mend(String name) {
        if (faults.get(resourceName(name)) == EndpointFault.CONNECTION_REFUSED) {
            throw new IllegalStateException("a refused connection cannot be mended: the address of " + name
                    + " points where nothing listens");
        }
        faults.remove(resourceName(name));
        if (served.containsKey(resourceName(name))) {
            register(name);
        }
    }

    /** The newest stub for a path wins in WireMock, so registering again replaces the answer. */
    private void register(String name) {
        Served proper = served.get(resourceName(name));
        EndpointFault fault = faults.get(resourceName(name));
        String path = path(name);
        ResponseDefinitionBuilder answer = fault == null
                ? aResponse().withStatus(200).withHeader("Content-Type", proper.contentType()).withBody(proper.body())
                : Faults.faulty(fault, 200, proper.body(), proper.contentType(), path);
        if (fault != EndpointFault.CONNECTION_REFUSED) {
            scenario.register(any(urlPathEqualTo(path)).willReturn(answer).build());
        }
    }

    /** How many requests for {@code name} this endpoint saw in the scenario. */
    public long requests(String name) {
        String resource = resourceName(name);
        return scenario.journal().stream().filter(e -> e.kind() == kind && e.resource().equals(resource)).count();
    }

    /** How many requests this endpoint saw in the scenario, for any name. */
    public long requests() {
        return scenario.journal().stream().filter(e -> e.kind() == kind).count();
    }

    /** The resource name for a CA's name: lower case, words joined by dashes, e.g. {@code contoso-root-ca.crl}. */
    public String resourceName(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug + (kind == EndpointKind.CRL ? ".crl" : ".cer");
    }

    private String path(String name) {
        return scenario.basePath(kind) + "/" + resourceName(name);
    }
}
