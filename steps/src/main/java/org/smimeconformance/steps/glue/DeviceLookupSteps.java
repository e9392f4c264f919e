package org.smimeconformance.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smimeconformance.steps.world.OutcomeAssert.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.lookup.LookupSource;
import org.smimeconformance.steps.world.OutlookAnswers;
import org.smimeconformance.steps.world.OutlookDevice;

/** Other people's public certificates on the device, and finding them there. */
public final class DeviceLookupSteps {

    private final OutlookDevice device;
    private final OutlookAnswers answers;

    public DeviceLookupSteps(OutlookDevice device, OutlookAnswers answers) {
        this.device = device;
        this.answers = answers;
    }

    /** In the store Outlook uses on the platform: the Microsoft publisher keychain, or the Android KeyStore. */
    @Given("{person} has the public certificate {certificate} on the device")
    public void publicCertificate(String person, String certificate) {
        device.installPublic(certificate, device.outlooksStore());
        answers.requireSuccess("Outlook did not install the certificate \"" + certificate + "\"");
    }

    @When("Outlook looks up the certificate of {address} on the device")
    public void looksUp(String address) {
        answers.lookup(device.ask().lookup().find(address));
    }

    @Then("the lookup finds {certificate} on the device")
    public void finds(String certificate) {
        assertThat(answers.lookup().outcome()).hasCode(OutcomeCode.CERT_FOUND);
        assertThat(answers.lookup().certificate().map(device::nameOf)).as("the certificate found").contains(certificate);
        assertThat(answers.lookup().source()).as("where it was found").contains(LookupSource.DEVICE);
    }

    @Then("the lookup finds no certificate: {outcome}")
    public void findsNone(OutcomeCode expected) {
        assertThat(answers.lookup().outcome()).hasCode(expected);
        assertThat(answers.lookup().certificate()).as("the certificate found").isEmpty();
    }
}
