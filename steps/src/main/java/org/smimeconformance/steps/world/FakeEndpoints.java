package org.smimeconformance.steps.world;

import org.picocontainer.Disposable;
import org.smimeconformance.fakes.http.FakeEndpoint;
import org.smimeconformance.fakes.http.FakeHttpServer;
import org.smimeconformance.fakes.http.ScenarioEndpoints;

/**
 * The scenario's own CRL and AIA endpoints on the run's shared fake server. Removed when the
 * scenario ends.
 */
public final class FakeEndpoints implements Disposable {

    private final ScenarioEndpoints endpoints = FakeHttpServer.shared().openScenario();

    public FakeEndpoint crl() {
        return endpoints.crl();
    }

    public FakeEndpoint aia() {
        return endpoints.aia();
    }

    @Override
    public void dispose() {
        endpoints.close();
    }
}
