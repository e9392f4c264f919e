package org.smimeconformance.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smimeconformance.steps.world.OutcomeAssert.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.steps.world.ComposeStart;
import org.smimeconformance.steps.world.OutlookAnswers;
import org.smimeconformance.steps.world.OutlookDevice;

/** What the compose screen offers a new message: signing, encryption, and how the message starts. */
public final class ComposeSteps {

    private final OutlookDevice device;
    private final OutlookAnswers answers;

    public ComposeSteps(OutlookDevice device, OutlookAnswers answers) {
        this.device = device;
        this.answers = answers;
    }

    @When("{person} starts a new message from {address}")
    public void newMessage(String person, String address) {
        answers.composeOptions(device.ask().composer().options(address));
    }

    @Then("the new message can be signed")
    public void canSign() {
        assertThat(answers.composeOptions().sign()).as("signing").hasCode(OutcomeCode.CERT_AVAILABLE);
    }

    @Then("the new message can be encrypted")
    public void canEncrypt() {
        assertThat(answers.composeOptions().encrypt()).as("encryption").hasCode(OutcomeCode.CERT_AVAILABLE);
    }

    @Then("the new message cannot be signed: {outcome}")
    public void cannotSign(OutcomeCode expected) {
        assertThat(answers.composeOptions().sign()).as("signing").hasCode(expected);
    }

    @Then("the new message cannot be encrypted: {outcome}")
    public void cannotEncrypt(OutcomeCode expected) {
        assertThat(answers.composeOptions().encrypt()).as("encryption").hasCode(expected);
    }

    @Then("the new message can be neither signed nor encrypted: {outcome}")
    public void neither(OutcomeCode expected) {
        cannotSign(expected);
        cannotEncrypt(expected);
    }

    @Then("the new message starts {composeStart}")
    public void starts(ComposeStart expected) {
        assertThat(ComposeStart.of(answers.composeOptions())).as("how the new message starts").isEqualTo(expected);
    }
}
