package org.smimeconformance.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smimeconformance.steps.world.OutcomeAssert.assertThat;

import java.util.List;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.mail.ComposeResult;
import org.smimeconformance.steps.world.ComposedMessage;
import org.smimeconformance.steps.world.ComposedMessage.Action;
import org.smimeconformance.steps.world.Protection;

/** Sending and saving a message the user wrote, signed and/or encrypted, and what Outlook answered. */
public final class SendingSteps {

    private final ComposedMessage message;

    public SendingSteps(ComposedMessage message) {
        this.message = message;
    }

    @When("{person} sends {protection} message to {addresses}")
    public void sends(String person, Protection protection, List<String> to) {
        message.compose(person, Action.SEND, protection, to);
    }

    @When("{person} saves {protection} draft to {addresses}")
    public void saves(String person, Protection protection, List<String> to) {
        message.compose(person, Action.SAVE, protection, to);
    }

    @Then("Outlook sends the message")
    public void sent() {
        expect(Action.SEND, OutcomeCode.SENT);
    }

    @Then("Outlook saves the draft")
    public void saved() {
        expect(Action.SAVE, OutcomeCode.SAVED);
    }

    @Then("Outlook refuses to send the message: {outcome}")
    public void refusesToSend(OutcomeCode expected) {
        expect(Action.SEND, expected);
    }

    @Then("Outlook refuses to save the draft: {outcome}")
    public void refusesToSave(OutcomeCode expected) {
        expect(Action.SAVE, expected);
    }

    /** Sent, or the refusal: for outlines whose rows end either way. */
    @Then("sending the message gives {outcome}")
    public void sendingGives(OutcomeCode expected) {
        expect(Action.SEND, expected);
    }

    @Then("Outlook alerts {person}: {outcome}")
    public void alerts(String person, OutcomeCode expected) {
        List<Outcome> alerts = message.last().alerts();
        assertThat(alerts).as("the alerts Outlook shows %s: %s", person, alerts)
                .extracting(Outcome::code).containsExactly(expected);
    }

    @Then("Outlook shows {person} no alert")
    public void noAlert(String person) {
        List<Outcome> alerts = message.last().alerts();
        assertThat(alerts).as("the alerts Outlook shows %s", person).isEmpty();
    }

    private void expect(Action action, OutcomeCode expected) {
        ComposeResult result = message.result(action);
        assertThat(result.outcome()).hasCode(expected);
        assertThat(result.mime()).as("a message was produced, although the answer was %s", result.outcome().code())
                .matches(mime -> mime.isPresent() == ComposedMessage.done(action, expected));
    }
}
