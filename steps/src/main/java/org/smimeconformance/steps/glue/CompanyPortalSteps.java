package org.smimeconformance.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smimeconformance.steps.world.OutcomeAssert.assertThat;

import java.util.List;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.delivery.Notification;
import org.smimeconformance.contract.device.CertificateStore;
import org.smimeconformance.contract.device.Purpose;
import org.smimeconformance.steps.world.DeviceCertificates;
import org.smimeconformance.steps.world.DeviceModel;
import org.smimeconformance.steps.world.DeviceName;
import org.smimeconformance.steps.world.EndpointManager;
import org.smimeconformance.steps.world.ExportedPrivateKey;
import org.smimeconformance.steps.world.OutlookAnswers;
import org.smimeconformance.steps.world.Retrievals;
import org.smimeconformance.steps.world.UserDevices;

/**
 * Company Portal on a device: the user follows a notification, Company Portal retrieves, and what it
 * placed where Outlook finds it (AUTO, POL-4..9); the derived credential flow (AUTO-6).
 */
public final class CompanyPortalSteps {

    private final UserDevices devices;
    private final DeviceCertificates certificates;
    private final EndpointManager endpointManager;
    private final Retrievals retrievals;
    private final OutlookAnswers answers;

    public CompanyPortalSteps(UserDevices devices, DeviceCertificates certificates, EndpointManager endpointManager,
                              Retrievals retrievals, OutlookAnswers answers) {
        this.devices = devices;
        this.certificates = certificates;
        this.endpointManager = endpointManager;
        this.retrievals = retrievals;
        this.answers = answers;
    }

    @When("{person} follows {notification} on {ownDevice}")
    public void follows(String person, Notification notification, DeviceModel model) {
        DeviceName device = new DeviceName(person, model);
        retrievals.started(device, devices.ask(device).delivery().startRetrieval(notification));
    }

    @When("{person} retrieves a derived credential on {ownDevice} through Company Portal")
    public void derivedCredential(String person, DeviceModel model) {
        answers.outcome(devices.ask(new DeviceName(person, model)).delivery().retrieveDerivedCredential());
    }

    @Given("{person} has retrieved a derived credential on {ownDevice} through Company Portal")
    public void hasDerivedCredential(String person, DeviceModel model) {
        derivedCredential(person, model);
        answers.require(OutcomeCode.OK, "the derived credential flow did not issue a credential");
    }

    @Then("the derived credential flow answers {outcome}")
    public void derivedCredentialAnswer(OutcomeCode expected) {
        assertThat(answers.outcome()).hasCode(expected);
    }

    @Then("Company Portal starts retrieving on {namedDevice}")
    public void started(DeviceName device) {
        assertThat(retrievals.startedOn(device)).hasCode(OutcomeCode.RETRIEVAL_STARTED);
    }

    @Then("following the notification on {namedDevice} is answered {outcome}")
    public void startAnswered(DeviceName device, OutcomeCode expected) {
        assertThat(retrievals.startedOn(device)).hasCode(expected);
    }

    /** Asked without waiting: the answer is where retrieval stands at this moment. */
    @Then("Company Portal is still retrieving on {namedDevice}")
    public void stillRetrieving(DeviceName device) {
        assertThat(devices.ask(device).delivery().retrievalState()).hasCode(OutcomeCode.RETRIEVAL_IN_PROGRESS);
    }

    @Then("Company Portal finishes retrieving on {namedDevice}: {outcome}")
    public void finishes(DeviceName device, OutcomeCode expected) {
        assertThat(retrievals.settled(device, devices.ask(device).delivery())).hasCode(expected);
    }

    @Then("Company Portal delivers the certificates to {namedDevice}")
    public void delivers(DeviceName device) {
        finishes(device, OutcomeCode.CERTIFICATES_DELIVERED);
    }

    /** Refused when the user follows the notification, before Endpoint Manager is asked anything. */
    @Then("automated delivery is refused at once on {namedDevice}: {outcome}")
    public void refusedAtOnce(DeviceName device, OutcomeCode expected) {
        assertThat(retrievals.startedOn(device)).hasCode(expected);
        assertThat(devices.ask(device).delivery().retrievalState()).as("the state after the refusal").hasCode(expected);
    }

    @Then("Company Portal asked Endpoint Manager nothing about {namedDevice}")
    public void askedNothing(DeviceName device) {
        assertThat(endpointManager.intune().requests(device.id())).as("requests about %s: %s", device,
                endpointManager.intune().requested()).isZero();
    }

    @Then("{namedDevice} holds {certificate} with its private key in {store}")
    public void holds(DeviceName device, String certificate, CertificateStore store) {
        assertThat(certificates.seenOn(device)).as("what Outlook can see on %s", device)
                .contains(new DeviceCertificates.Seen(certificate, store, true));
    }

    /** Every certificate Outlook can see on the device, each with its private key, named as the scenario names them. */
    @Then("Outlook on {namedDevice} holds exactly these certificates with their private keys:")
    public void holdsExactly(DeviceName device, List<String> names) {
        assertThat(certificates.seenOn(device)).as("on %s", device).allMatch(DeviceCertificates.Seen::privateKey, "with its private key");
        assertThat(certificates.namesOn(device)).as("the certificates Outlook can see on %s", device).containsExactlyInAnyOrderElementsOf(names);
    }

    @Then("Outlook on {namedDevice} holds no certificate")
    public void holdsNone(DeviceName device) {
        assertThat(certificates.seenOn(device)).as("the certificates Outlook can see on %s", device).isEmpty();
    }

    @Then("on {namedDevice} Outlook chooses {certificate} for {purpose}")
    public void chooses(DeviceName device, String certificate, Purpose purpose) {
        assertThat(certificates.choose(device, purpose).outcome()).hasCode(OutcomeCode.CERT_AVAILABLE);
        assertThat(answers.selection().certificate().map(chosen -> certificates.nameOf(chosen.certificate()))).contains(certificate);
    }

    @Then("on {namedDevice} no certificate is available for {purpose}")
    public void noneAvailable(DeviceName device, Purpose purpose) {
        assertThat(certificates.choose(device, purpose).outcome()).hasCode(OutcomeCode.CERT_NOT_AVAILABLE);
    }

    @Then("the SCEP certificates of {namedDevice} and {namedDevice} differ, and so do their keys")
    public void differ(DeviceName one, DeviceName other) {
        assertThat(certificates.scepSharedBy(one, other)).as("what the SCEP certificates of %s and %s share", one, other).isEmpty();
    }

    /**
     * The private key is read back from the device ({@link ExportedPrivateKey}) and looked for in
     * every request Endpoint Manager received.
     */
    @Then("no request Endpoint Manager received carries the private key of {certificate} on {namedDevice}")
    public void keyNeverLeft(String certificate, DeviceName device) {
        ExportedPrivateKey key = certificates.privateKey(device, certificate);
        assertThat(endpointManager.intune().received()).as("requests Endpoint Manager received").isNotEmpty();
        assertThat(endpointManager.requestsCarrying(key)).as("requests carrying the private key of %s", certificate).isEmpty();
    }
}
