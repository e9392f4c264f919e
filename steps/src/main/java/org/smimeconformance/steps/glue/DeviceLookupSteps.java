package org.smimeconformance.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.smimeconformance.contract.Outcome;
import org.smimeconformance.contract.OutcomeCode;
import org.smimeconformance.contract.lookup.LookupResult;
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
        Outcome outcome = device.installPublic(certificate, device.outlooksStore());
        if (!outcome.isSuccess()) {
            throw new AssertionError("Outlook did not install the certificate \"" + certificate + "\": " + outcome);
        }
    }

    @When("Outlook looks up the certificate of {address} on the device")
    public void looksUp(String address) {
        answers.lookup(device.ask().lookup().find(address));
    }

    @Then("the lookup finds {certificate} on the device")
    public void finds(String certificate) {
        LookupResult found = answers.lookup();
        assertThat(found.outcome().code()).as(found.outcome().message()).isEqualTo(OutcomeCode.CERT_FOUND);
        assertThat(found.certificate().map(device::nameOf)).as("the certificate found").contains(certificate);
        assertThat(found.source()).as("where it was found").contains(LookupSource.DEVICE);
    }

    @Then("the lookup finds no certificate: {outcome}")
    public void findsNone(OutcomeCode expected) {
        LookupResult found = answers.lookup();
        assertThat(found.outcome().code()).as(found.outcome().message()).isEqualTo(expected);
        assertThat(found.certificate()).as("the certificate found").isEmpty();
    }
}
