package org.smimeconformance.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import org.smimeconformance.steps.world.FakeEndpoints;
import org.smimeconformance.steps.world.ScenarioDirectories;
import org.smimeconformance.steps.world.ScenarioPki;
import org.smimeconformance.steps.world.TrustQuestion;

/** Long chains and large groups: input that would be endless work without Outlook's limits. */
public final class LimitSteps {

    private final ScenarioPki pki;
    private final TrustQuestion question;
    private final ScenarioDirectories directories;
    private final FakeEndpoints endpoints;

    public LimitSteps(ScenarioPki pki, TrustQuestion question, ScenarioDirectories directories, FakeEndpoints endpoints) {
        this.pki = pki;
        this.question = question;
        this.directories = directories;
        this.endpoints = endpoints;
    }

    /** "Contoso Level 1 CA" issued by the root, "Contoso Level 2 CA" by that one, ..., the last issuing the certificate. */
    @Given("{address} has a certificate issued through {int} intermediate certification authorities under {ca}")
    public void deepChain(String address, int count, String root) {
        pki.endEntityThroughIntermediates(address, count, root);
    }

    @Given("the signed message carries the certificates of every intermediate certification authority")
    public void carryEveryLevel() {
        question.carryAll(pki.intermediates());
    }

    /** People the Global Address List holds no entry for, {@code <group>-member1@...} and so on. */
    @Given("the distribution group {address} has {int} members")
    public void largeGroup(String group, int size) {
        directories.largeGroup(group, size);
    }

    @Then("the certificate of {ca} was not fetched through the authority information access path")
    public void notFetched(String ca) {
        assertThat(endpoints.aia().requests(ca)).as("AIA requests for \"%s\"", ca).isZero();
    }

    @Then("the Global Address List was asked no more than {int} times")
    public void galAskedAtMost(int times) {
        assertThat(endpoints.globalAddressList().requests()).as("requests to the Global Address List").isLessThanOrEqualTo(times);
    }
}
