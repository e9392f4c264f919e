package org.smimeconformance.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import org.smimeconformance.fakes.http.EndpointFault;
import org.smimeconformance.steps.world.FakeEndpoints;
import org.smimeconformance.steps.world.ScenarioPki;
import org.smimeconformance.steps.world.ScenarioPki.CrlState;

/** Certificate revocation lists: what each CA publishes, how its endpoint behaves, who asked. */
public final class RevocationSteps {

    private final ScenarioPki pki;
    private final FakeEndpoints endpoints;

    public RevocationSteps(ScenarioPki pki, FakeEndpoints endpoints) {
        this.pki = pki;
        this.endpoints = endpoints;
    }

    @Given("{ca} has revoked the certificate of {holder}")
    public void revoked(String ca, String holder) {
        pki.revoke(ca, holder);
    }

    @Given("the CRL distribution point of {ca} {fault}")
    public void crlEndpointFails(String ca, EndpointFault fault) {
        endpoints.crl().fail(ca, fault);
    }

    @Given("the CRL published by {ca} is past its next update")
    public void stale(String ca) {
        pki.crlState(ca, CrlState.STALE);
    }

    @Given("the CRL published by {ca} is signed with a key that is not the CA's")
    public void signedByAnotherKey(String ca) {
        pki.crlState(ca, CrlState.SIGNED_BY_ANOTHER_KEY);
    }

    @Given("the certificates issued by {ca} name no CRL distribution point")
    public void noDistributionPoint(String ca) {
        pki.withoutCrlDistributionPoint(ca);
    }

    @Then("the CRL of {ca} was fetched {times} from its distribution point")
    public void fetched(String ca, int times) {
        assertThat(endpoints.crl().requests(ca)).as("requests for the CRL of \"%s\"", ca).isEqualTo(times);
    }

    @Then("the CRL of {ca} was not fetched")
    public void notFetched(String ca) {
        assertThat(endpoints.crl().requests(ca)).as("requests for the CRL of \"%s\"", ca).isZero();
    }
}
