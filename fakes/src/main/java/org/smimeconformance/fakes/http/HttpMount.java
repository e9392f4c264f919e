package org.smimeconformance.fakes.http;

import java.net.URI;

import org.smimeconformance.fakes.journal.Service;

/**
 * A path of one scenario where an {@link HttpResponder} answers, e.g. {@code /s/3/gal}.
 * Immutable; lives as long as its scenario.
 */
public final class HttpMount {

    private final ScenarioEndpoints scenario;
    private final String segment;
    private final Service service;

    HttpMount(ScenarioEndpoints scenario, String segment, Service service) {
        this.scenario = scenario;
        this.segment = segment;
        this.service = service;
    }

    /** The base address, e.g. {@code http://127.0.0.1:51234/s/3/gal}, without a trailing slash. */
    public URI address() {
        return URI.create("http://127.0.0.1:" + scenario.server().port() + path());
    }

    /** The same path on a loopback port where nothing listens: connections are refused. */
    public URI refusingAddress() {
        return URI.create("http://127.0.0.1:" + scenario.server().refusingPort() + path());
    }

    /** The path segment below the scenario prefix, e.g. {@code gal}. */
    public String segment() {
        return segment;
    }

    /** The service its requests are journaled as. */
    public Service service() {
        return service;
    }

    private String path() {
        return scenario.prefix() + "/" + segment;
    }
}
