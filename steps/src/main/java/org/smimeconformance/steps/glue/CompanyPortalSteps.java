package org.smimeconformance.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.smimeconformance.contract.Outcome;
import org.smimeconformance.contract.OutcomeCode;
import org.smimeconformance.contract.delivery.Notification;
import org.smimeconformance.contract.device.CertificateSelection;
import org.smimeconformance.contract.device.CertificateStore;
import org.smimeconformance.contract.device.InstalledCertificate;
import org.smimeconformance.contract.device.OutlookApp;
import org.smimeconformance.contract.device.Pkcs12Export;
import org.smimeconformance.contract.device.Purpose;
import org.smimeconformance.fakes.intune.Intune;
import org.smimeconformance.steps.world.AccountProfiles;
import org.smimeconformance.steps.world.EndpointManager;
import org.smimeconformance.steps.world.OutlookAnswers;
import org.smimeconformance.steps.world.Retrievals;
import org.smimeconformance.steps.world.DeviceModel;
import org.smimeconformance.steps.world.DeviceName;
import org.smimeconformance.steps.world.UserDevices;

/**
 * Company Portal on a device: the user follows a notification, Company Portal retrieves, and what it
 * placed where Outlook finds it (AUTO, POL-4..9); the derived credential flow (AUTO-6).
 */
public final class CompanyPortalSteps {

    /** The password the scenario exports a key with, to look at it; strong, as MAN-3 asks. */
    private static final char[] LOOKING = "L00king-at-the-Key!".toCharArray();

    private final UserDevices devices;
    private final EndpointManager endpointManager;
    private final AccountProfiles accounts;
    private final Retrievals retrievals;
    private final OutlookAnswers answers;

    public CompanyPortalSteps(UserDevices devices, EndpointManager endpointManager, AccountProfiles accounts,
                              Retrievals retrievals, OutlookAnswers answers) {
        this.devices = devices;
        this.endpointManager = endpointManager;
        this.accounts = accounts;
        this.retrievals = retrievals;
        this.answers = answers;
    }

    @When("{person} follows {notification} on {ownDevice}")
    public void follows(String person, Notification notification, DeviceModel model) {
        DeviceName device = new DeviceName(person, model);
        OutlookApp app = devices.ask(device);
        retrievals.started(device, app.delivery().startRetrieval(notification));
    }

    @When("{person} retrieves a derived credential on {ownDevice} through Company Portal")
    public void derivedCredential(String person, DeviceModel model) {
        OutlookApp app = devices.ask(new DeviceName(person, model));
        answers.outcome(app.delivery().retrieveDerivedCredential());
    }

    @Given("{person} has retrieved a derived credential on {ownDevice} through Company Portal")
    public void hasDerivedCredential(String person, DeviceModel model) {
        derivedCredential(person, model);
        if (answers.outcome().code() != OutcomeCode.OK) {
            throw new AssertionError("the derived credential flow did not issue a credential: " + answers.outcome());
        }
    }

    @Then("the derived credential flow answers {outcome}")
    public void derivedCredentialAnswer(OutcomeCode expected) {
        assertThat(answers.outcome().code()).as(answers.outcome().message()).isEqualTo(expected);
    }

    @Then("Company Portal starts retrieving on {namedDevice}")
    public void started(DeviceName device) {
        Outcome outcome = retrievals.startedOn(device);
        assertThat(outcome.code()).as(outcome.message()).isEqualTo(OutcomeCode.RETRIEVAL_STARTED);
    }

    @Then("following the notification on {namedDevice} is answered {outcome}")
    public void startAnswered(DeviceName device, OutcomeCode expected) {
        Outcome outcome = retrievals.startedOn(device);
        assertThat(outcome.code()).as(outcome.message()).isEqualTo(expected);
    }

    /** Asked without waiting: the answer is where retrieval stands at this moment. */
    @Then("Company Portal is still retrieving on {namedDevice}")
    public void stillRetrieving(DeviceName device) {
        Outcome state = devices.ask(device).delivery().retrievalState();
        assertThat(state.code()).as(state.message()).isEqualTo(OutcomeCode.RETRIEVAL_IN_PROGRESS);
    }

    @Then("Company Portal finishes retrieving on {namedDevice}: {outcome}")
    public void finishes(DeviceName device, OutcomeCode expected) {
        Outcome settled = retrievals.settled(device, devices.ask(device).delivery());
        assertThat(settled.code()).as(settled.message()).isEqualTo(expected);
    }

    @Then("Company Portal delivers the certificates to {namedDevice}")
    public void delivers(DeviceName device) {
        finishes(device, OutcomeCode.CERTIFICATES_DELIVERED);
    }

    /** Refused when the user follows the notification, before Endpoint Manager is asked anything. */
    @Then("automated delivery is refused at once on {namedDevice}: {outcome}")
    public void refusedAtOnce(DeviceName device, OutcomeCode expected) {
        Outcome start = retrievals.startedOn(device);
        Outcome state = devices.ask(device).delivery().retrievalState();
        assertThat(start.code()).as(start.message()).isEqualTo(expected);
        assertThat(state.code()).as("the state after the refusal: %s", state.message()).isEqualTo(expected);
    }

    @Then("Company Portal asked Endpoint Manager nothing about {namedDevice}")
    public void askedNothing(DeviceName device) {
        assertThat(endpointManager.intune().requests(device.id())).as("requests about %s: %s", device,
                endpointManager.intune().requested()).isZero();
    }

    @Then("{namedDevice} holds {certificate} with its private key in {store}")
    public void holds(DeviceName device, String certificate, CertificateStore store) {
        assertThat(installed(device))
                .as("what Outlook can see on %s", device)
                .anySatisfy(seen -> {
                    assertThat(seen.name()).isEqualTo(certificate);
                    assertThat(seen.store()).isEqualTo(store);
                    assertThat(seen.privateKey()).as("its private key is on the device").isTrue();
                });
    }

    /** Every certificate Outlook can see on the device, each with its private key, named as the scenario names them. */
    @Then("Outlook on {namedDevice} holds exactly these certificates with their private keys:")
    public void holdsExactly(DeviceName device, List<String> certificates) {
        List<Seen> seen = installed(device);
        assertThat(seen).as("on %s", device).allSatisfy(one ->
                assertThat(one.privateKey()).as("the private key of %s", one.name()).isTrue());
        assertThat(seen.stream().map(Seen::name).toList()).as("the certificates Outlook can see on %s", device)
                .containsExactlyInAnyOrderElementsOf(certificates);
    }

    @Then("Outlook on {namedDevice} holds no certificate")
    public void holdsNone(DeviceName device) {
        assertThat(installed(device)).as("the certificates Outlook can see on %s", device).isEmpty();
    }

    @Then("on {namedDevice} Outlook chooses {certificate} for {purpose}")
    public void chooses(DeviceName device, String certificate, Purpose purpose) {
        CertificateSelection selection = select(device, purpose);
        assertThat(selection.outcome().code()).as(selection.outcome().message()).isEqualTo(OutcomeCode.CERT_AVAILABLE);
        assertThat(name(device, selection.certificate().orElseThrow().certificate())).isEqualTo(certificate);
    }

    @Then("on {namedDevice} no certificate is available for {purpose}")
    public void noneAvailable(DeviceName device, Purpose purpose) {
        CertificateSelection selection = select(device, purpose);
        assertThat(selection.outcome().code()).as(selection.outcome().message()).isEqualTo(OutcomeCode.CERT_NOT_AVAILABLE);
    }

    @Then("the SCEP certificates of {namedDevice} and {namedDevice} differ, and so do their keys")
    public void differ(DeviceName one, DeviceName other) {
        X509Certificate first = scep(one);
        X509Certificate second = scep(other);
        assertThat(first.getSerialNumber()).as("serial numbers").isNotEqualTo(second.getSerialNumber());
        assertThat(first.getPublicKey()).as("public keys").isNotEqualTo(second.getPublicKey());
        assertThat(installed(other).stream().map(Seen::name)).as("on %s", other)
                .doesNotContain("the SCEP certificate of " + one);
        assertThat(installed(one).stream().map(Seen::name)).as("on %s", one)
                .doesNotContain("the SCEP certificate of " + other);
    }

    /**
     * The private key is read back from the device through an export (the only way the contract
     * gives it), and looked for in every request Endpoint Manager received: in its PKCS#8 encoding
     * and as the raw private value.
     */
    @Then("no request Endpoint Manager received carries the private key of {certificate} on {namedDevice}")
    public void keyNeverLeft(String certificate, DeviceName device) throws Exception {
        OutlookApp app = devices.ask(device);
        String id = idOf(device, certificate);
        Pkcs12Export export = app.stores().export(id, LOOKING.clone());
        assertThat(export.outcome().code()).as(export.outcome().message()).isEqualTo(OutcomeCode.OK);
        PrivateKey key = privateKeyIn(export.pkcs12().orElseThrow());
        List<String> secrets = new ArrayList<>();
        secrets.add(HexFormat.of().formatHex(key.getEncoded()));
        if (key instanceof ECPrivateKey ec) {
            secrets.add(HexFormat.of().formatHex(unsigned(ec.getS().toByteArray())));
        } else if (key instanceof RSAPrivateCrtKey rsa) {
            secrets.add(HexFormat.of().formatHex(unsigned(rsa.getPrivateExponent().toByteArray())));
        }
        List<Intune.Received> received = endpointManager.intune().received();
        assertThat(received).as("requests Endpoint Manager received").isNotEmpty();
        for (Intune.Received request : received) {
            String body = HexFormat.of().formatHex(request.body());
            for (String secret : secrets) {
                assertThat(body).as("the body of %s %s", request.method(), request.path()).doesNotContain(secret);
            }
        }
    }

    /** A certificate Outlook can see on a device, as the scenario names it. */
    private record Seen(String name, CertificateStore store, boolean privateKey) {
    }

    private List<Seen> installed(DeviceName device) {
        return devices.ask(device).stores().visibleToOutlook().stream()
                .map(c -> new Seen(name(device, c.certificate()), c.store(), c.hasPrivateKey()))
                .toList();
    }

    private String idOf(DeviceName device, String certificate) {
        return devices.ask(device).stores().visibleToOutlook().stream()
                .filter(c -> name(device, c.certificate()).equals(certificate))
                .map(InstalledCertificate::id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("Outlook on " + device + " does not hold \"" + certificate + "\""));
    }

    private CertificateSelection select(DeviceName device, Purpose purpose) {
        String address = accounts.addressOf(device.owner());
        CertificateSelection selection = devices.ask(device).stores().certificateFor(accounts.account(address), purpose);
        answers.selection(selection);
        return selection;
    }

    private String name(DeviceName device, byte[] der) {
        return endpointManager.nameOf(der, devices.names()).orElse("a certificate this scenario did not mint nor "
                + "Endpoint Manager issue");
    }

    private X509Certificate scep(DeviceName device) {
        List<X509Certificate> issued = endpointManager.intune().scepIssued(device.id());
        assertThat(issued).as("SCEP certificates issued to %s", device).hasSize(1);
        assertThat(installed(device).stream().map(Seen::name)).as("on %s", device).contains("the SCEP certificate of " + device);
        return issued.get(0);
    }

    private static PrivateKey privateKeyIn(byte[] pkcs12) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(pkcs12), LOOKING.clone());
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                return (PrivateKey) store.getKey(alias, LOOKING.clone());
            }
        }
        throw new AssertionError("the exported file holds no private key");
    }

    private static byte[] unsigned(byte[] value) {
        return value.length > 1 && value[0] == 0 ? java.util.Arrays.copyOfRange(value, 1, value.length) : value;
    }
}
