package org.smimeconformance.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import org.smimeconformance.fakes.http.EndpointFault;
import org.smimeconformance.steps.world.FakeEndpoints;
import org.smimeconformance.steps.world.ScenarioPki;
import org.smimeconformance.steps.world.TrustQuestion;

/** Intermediate certificates: fetched through the authority information access path, or carried by the message. */
public final class AuthorityInformationAccessSteps {

    private final ScenarioPki pki;
    private final FakeEndpoints endpoints;
    private final TrustQuestion question;

    public AuthorityInformationAccessSteps(ScenarioPki pki, FakeEndpoints endpoints, TrustQuestion question) {
        this.pki = pki;
        this.endpoints = endpoints;
        this.question = question;
    }

    @Given("the signed message carries the certificate of {ca}")
    public void carried(String ca) {
        question.carry(ca);
    }

    @Given("the authority information access path of {ca} {fault}")
    public void aiaFails(String ca, EndpointFault fault) {
        endpoints.aia().fail(ca, fault);
    }

    @Given("the authority information access path of {ca} serves a PKCS#7 certificate bundle")
    public void bundle(String ca) {
        pki.aiaAsBundle(ca);
    }

    @Then("the certificate of {ca} was fetched {times} through the authority information access path")
    public void fetched(String ca, int times) {
        assertThat(endpoints.aia().requests(ca)).as("AIA requests for \"%s\"", ca).isEqualTo(times);
    }

    @Then("nothing was fetched through the authority information access path")
    public void nothingFetched() {
        assertThat(endpoints.aia().requests()).as("AIA requests").isZero();
    }
}
