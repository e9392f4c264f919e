package org.smimeconformance.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.smimeconformance.contract.OutcomeCode;
import org.smimeconformance.contract.device.CertificateSelection;
import org.smimeconformance.contract.device.Purpose;
import org.smimeconformance.steps.world.AccountProfiles;
import org.smimeconformance.steps.world.ImplementationUnderTest;
import org.smimeconformance.steps.world.OutlookAnswers;
import org.smimeconformance.steps.world.OutlookDevice;
import org.smimeconformance.steps.world.ScenarioPki;

/** Which certificate is the user's: Outlook's choice on the device, and its judgement of one certificate. */
public final class AddressMatchingSteps {

    private final ImplementationUnderTest implementation;
    private final ScenarioPki pki;
    private final AccountProfiles accounts;
    private final OutlookDevice device;
    private final OutlookAnswers answers;

    public AddressMatchingSteps(ImplementationUnderTest implementation, ScenarioPki pki, AccountProfiles accounts,
                                OutlookDevice device, OutlookAnswers answers) {
        this.implementation = implementation;
        this.pki = pki;
        this.accounts = accounts;
        this.device = device;
        this.answers = answers;
    }

    @When("Outlook chooses {person}'s certificate for {purpose}")
    public void choose(String person, Purpose purpose) {
        String address = accounts.addressOf(person);
        CertificateSelection selection = device.ask().stores().certificateFor(accounts.account(address), purpose);
        answers.selection(selection);
    }

    @Then("Outlook chooses {certificate}")
    public void chosen(String certificate) {
        CertificateSelection selection = answers.selection();
        assertThat(selection.outcome().code()).as(selection.outcome().message()).isEqualTo(OutcomeCode.CERT_AVAILABLE);
        assertThat(selection.certificate()).as("the chosen certificate").isPresent();
        byte[] chosen = selection.certificate().get().certificate();
        assertThat(device.nameOf(chosen)).as("the certificate Outlook chose").isEqualTo(certificate);
    }

    @Then("Outlook reports that a certificate is not available")
    public void notAvailable() {
        CertificateSelection selection = answers.selection();
        assertThat(selection.outcome().code())
                .as("%s; chose %s", selection.outcome().message(),
                        selection.certificate().map(c -> device.nameOf(c.certificate())).orElse("nothing"))
                .isEqualTo(OutcomeCode.CERT_NOT_AVAILABLE);
        assertThat(selection.certificate()).as("the chosen certificate").isEmpty();
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
        assertThat(answers.outcome().code()).as(answers.outcome().message()).isEqualTo(expected);
    }
}
