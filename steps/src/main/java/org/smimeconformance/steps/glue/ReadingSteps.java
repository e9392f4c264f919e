package org.smimeconformance.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smimeconformance.steps.world.OutcomeAssert.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.mail.MessageForm;
import org.smimeconformance.contract.mail.ReadResult;
import org.smimeconformance.steps.world.ComposedMessage;
import org.smimeconformance.steps.world.OutlookAnswers;
import org.smimeconformance.steps.world.OutlookDevice;
import org.smimeconformance.steps.world.ReceivedMessage;

/** Opening a received message: the S/MIME status bar, the text, the signer and the warnings about it. */
public final class ReadingSteps {

    private final OutlookDevice device;
    private final ReceivedMessage message;
    private final OutlookAnswers answers;

    public ReadingSteps(OutlookDevice device, ReceivedMessage message, OutlookAnswers answers) {
        this.device = device;
        this.message = message;
        this.answers = answers;
    }

    @When("{person} opens the message")
    public void opens(String person) {
        answers.read(device.ask().reader().open(message.bytes()));
    }

    @When("{person} installs the sender's certificate from the S\\/MIME status bar")
    public void installsSendersCertificate(String person) {
        answers.outcome(device.ask().reader().installSenderCertificate(message.bytes()));
    }

    @Then("the S\\/MIME status bar shows {outcome}")
    public void status(OutcomeCode expected) {
        assertThat(answers.read().status()).hasCode(expected);
    }

    @Then("Outlook reads the message as {form}")
    public void form(MessageForm expected) {
        assertThat(answers.read().form()).as("the form of the message").isEqualTo(expected);
    }

    @Then("Outlook shows the text of the message")
    public void showsText() {
        assertThat(answers.read().body().map(ComposedMessage::normalised)).as("the text shown")
                .contains(ComposedMessage.normalised(message.shownText()));
    }

    @Then("Outlook shows no text of the message")
    public void showsNoText() {
        assertThat(answers.read().body()).as("the text shown").isEmpty();
    }

    @Then("Outlook shows the signer's certificate {certificate}")
    public void signer(String certificate) {
        assertThat(answers.read().signerCertificate().map(device::nameOf)).as("the signer's certificate")
                .contains(certificate);
    }

    @Then("Outlook shows no signer's certificate")
    public void noSigner() {
        assertThat(answers.read().signerCertificate().map(device::nameOf)).as("the signer's certificate").isEmpty();
    }

    /** Exactly this one warning: each problem has its own code (VIEW-4). */
    @Then("Outlook warns about the signer's certificate: {outcome}")
    public void warns(OutcomeCode expected) {
        ReadResult read = answers.read();
        assertThat(read.certificateWarnings()).as("the warnings: %s", read.certificateWarnings())
                .extracting(Outcome::code).containsExactly(expected);
    }

    @Then("Outlook shows no certificate warning")
    public void noWarning() {
        ReadResult read = answers.read();
        assertThat(read.certificateWarnings()).as("the warnings").isEmpty();
    }
}
