package org.smimeconformance.steps.glue;

import io.cucumber.java.en.Given;
import org.smimeconformance.steps.world.FakeEndpoints;

/**
 * Endpoints that misbehaved answering properly again, to show that a fault ends with the request it
 * spoiled: the next request is answered as if nothing had happened.
 */
public final class EndpointRecoverySteps {

    private final FakeEndpoints endpoints;

    public EndpointRecoverySteps(FakeEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @Given("the CRL distribution point of {ca} answers properly again")
    public void crlMended(String ca) {
        endpoints.crl().mend(ca);
    }

    @Given("the authority information access path of {ca} answers properly again")
    public void aiaMended(String ca) {
        endpoints.aia().mend(ca);
    }

    @Given("the Global Address List answers properly again")
    public void galMended() {
        endpoints.globalAddressList().mend();
    }

    @Given("the LDAP directory answers properly again")
    public void ldapMended() {
        endpoints.ldap().mend();
    }

    @Given("Endpoint Manager answers properly again")
    public void endpointManagerMended() {
        endpoints.intune().mend();
    }
}
