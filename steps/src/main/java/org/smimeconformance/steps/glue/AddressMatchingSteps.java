package org.smimeconformance.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smimeconformance.steps.world.OutcomeAssert.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.device.Purpose;
import org.smimeconformance.steps.world.ImplementationUnderTest;
import org.smimeconformance.steps.world.OutlookAnswers;
import org.smimeconformance.steps.world.OutlookDevice;
import org.smimeconformance.steps.world.ScenarioPki;

/** Which certificate is the user's: Outlook's choice on the device, and its judgement of one certificate. */
public final class AddressMatchingSteps {

    private final ImplementationUnderTest implementation;
    private final ScenarioPki pki;
    private final OutlookDevice device;
    private final OutlookAnswers answers;

    public AddressMatchingSteps(ImplementationUnderTest implementation, ScenarioPki pki, OutlookDevice device,
                                OutlookAnswers answers) {
        this.implementation = implementation;
        this.pki = pki;
        this.device = device;
        this.answers = answers;
    }

    @When("Outlook chooses {person}'s certificate for {purpose}")
    public void choose(String person, Purpose purpose) {
        device.choose(person, purpose);
    }

    @Then("Outlook chooses {certificate}")
    public void chosen(String certificate) {
        assertThat(answers.selection().outcome()).hasCode(OutcomeCode.CERT_AVAILABLE);
        assertThat(answers.selection().certificate().map(device::nameOf)).as("the certificate Outlook chose").contains(certificate);
    }

    @Then("Outlook reports that a certificate is not available")
    public void notAvailable() {
        assertThat(answers.selection().outcome()).as("chose %s", answers.selection().certificate().map(device::nameOf).orElse("nothing"))
                .hasCode(OutcomeCode.CERT_NOT_AVAILABLE);
        assertThat(answers.selection().certificate()).as("the chosen certificate").isEmpty();
    }

    @When("Outlook compares the certificate {certificate} with the primary SMTP address {address} for {purpose}")
    public void compare(String certificate, String address, Purpose purpose) {
        answers.outcome(implementation.ask().addressMatching().judge(pki.issued(certificate).der(), address, purpose));
    }

    /** The address in quotes, exactly as typed: spaces around it or inside it are part of it. */
    @When("Outlook compares the certificate {certificate} with the primary SMTP address {string} typed as shown, for {purpose}")
    public void compareTyped(String certificate, String typed, Purpose purpose) {
        compare(certificate, typed, purpose);
    }

    @Then("the comparison gives {outcome}")
    public void comparison(OutcomeCode expected) {
        assertThat(answers.outcome()).hasCode(expected);
    }
}
