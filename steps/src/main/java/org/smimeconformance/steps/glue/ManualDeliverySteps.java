package org.smimeconformance.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smimeconformance.steps.world.OutcomeAssert.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.steps.world.Attachments;
import org.smimeconformance.steps.world.DeviceCertificates;
import org.smimeconformance.steps.world.DeviceModel;
import org.smimeconformance.steps.world.DeviceName;
import org.smimeconformance.steps.world.ExportedPrivateKey;
import org.smimeconformance.steps.world.OutlookAnswers;
import org.smimeconformance.steps.world.ScenarioPki;
import org.smimeconformance.steps.world.UserDevices;

/**
 * Manual certificate delivery: a PKCS#12 file mailed to the user and tapped in the app (MAN-1), a
 * certificate exported from one device and mailed to oneself (MAN-2), and the passwords that
 * protect the files (MAN-3).
 */
public final class ManualDeliverySteps {

    private final ScenarioPki pki;
    private final UserDevices devices;
    private final DeviceCertificates certificates;
    private final Attachments attachments;
    private final OutlookAnswers answers;

    public ManualDeliverySteps(ScenarioPki pki, UserDevices devices, DeviceCertificates certificates,
                               Attachments attachments, OutlookAnswers answers) {
        this.pki = pki;
        this.devices = devices;
        this.certificates = certificates;
        this.attachments = attachments;
        this.answers = answers;
    }

    /** The certificate with its private key and its chain, in a PKCS#12 file protected by the password. */
    @Given("{address} was mailed the certificate {certificate} in a PKCS#12 file protected by the password {string}")
    public void mailed(String address, String certificate, String password) {
        attachments.put(certificate, pki.pkcs12(certificate, password));
    }

    @Given("{address} was mailed the certificate {certificate} in a PKCS#12 file protected by no password")
    public void mailedWithoutPassword(String address, String certificate) {
        mailed(address, certificate, "");
    }

    @Given("the attachment {certificate} was cut short on the way")
    public void cutShort(String certificate) {
        attachments.cutShort(certificate);
    }

    @Given("the attachment {certificate} was damaged on the way")
    public void damaged(String certificate) {
        attachments.damage(certificate);
    }

    @Given("the attachment {certificate} was altered after it was protected")
    public void altered(String certificate) {
        attachments.alterAfterProtection(certificate);
    }

    @When("{person} taps the attachment {certificate} on {ownDevice} and types the password {string}")
    public void taps(String person, String certificate, DeviceModel model, String password) {
        answers.outcome(devices.ask(new DeviceName(person, model)).stores()
                .installAttachment(attachments.get(certificate), password.toCharArray()));
    }

    @When("{person} taps the attachment {certificate} on {ownDevice} and types no password")
    public void tapsWithoutPassword(String person, String certificate, DeviceModel model) {
        taps(person, certificate, model, "");
    }

    @Given("{person} has installed the attachment {certificate} on {ownDevice} with the password {string}")
    public void hasInstalled(String person, String certificate, DeviceModel model, String password) {
        taps(person, certificate, model, password);
        answers.requireSuccess("Outlook did not install the attachment \"" + certificate + "\"");
    }

    @Then("the certificate is installed")
    public void installed() {
        assertThat(answers.outcome()).hasCode(OutcomeCode.OK);
    }

    @Then("nothing is installed: {outcome}")
    public void nothingInstalled(OutcomeCode expected) {
        assertThat(answers.outcome()).hasCode(expected);
    }

    /** The exported file becomes the attachment of that certificate, as the user mails it to themselves. */
    @When("{person} exports {certificate} from {ownDevice} with the password {string} and mails it to {word}")
    public void exports(String person, String certificate, DeviceModel model, String password, String whom) {
        attachments.mail(certificate, certificates.export(new DeviceName(person, model), certificate, password));
    }

    @When("{person} exports {certificate} from {ownDevice} with no password")
    public void exportsWithoutPassword(String person, String certificate, DeviceModel model) {
        exports(person, certificate, model, "", "nobody");
    }

    @Then("the export is done")
    public void exported() {
        assertThat(answers.outcome()).hasCode(OutcomeCode.OK);
    }

    @Then("the export is refused: {outcome}")
    public void exportRefused(OutcomeCode expected) {
        assertThat(answers.outcome()).hasCode(expected);
    }

    /**
     * Both devices hold the certificate with a private key, the same one, and it is the private half
     * of the certificate's public key.
     */
    @Then("{namedDevice} holds the same key pair for {certificate} as {namedDevice}")
    public void sameKeyPair(DeviceName device, String certificate, DeviceName other) {
        ExportedPrivateKey here = certificates.privateKey(device, certificate);
        assertThat(here).as("its private key on %s and on %s", device, other).isEqualTo(certificates.privateKey(other, certificate));
        assertThat(here.isThePrivateHalfOf(pki.issued(certificate))).as("the key on %s signs for %s", device, certificate).isTrue();
    }
}
