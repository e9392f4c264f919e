package org.smimeconformance.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.smimeconformance.contract.Outcome;
import org.smimeconformance.contract.OutcomeCode;
import org.smimeconformance.contract.device.InstalledCertificate;
import org.smimeconformance.contract.device.OutlookApp;
import org.smimeconformance.contract.device.Pkcs12Export;
import org.smimeconformance.fakes.pki.IssuedCertificate;
import org.smimeconformance.fakes.pki.Pki;
import org.smimeconformance.steps.world.Attachments;
import org.smimeconformance.steps.world.OutlookAnswers;
import org.smimeconformance.steps.world.ScenarioPki;
import org.smimeconformance.steps.world.DeviceModel;
import org.smimeconformance.steps.world.DeviceName;
import org.smimeconformance.steps.world.UserDevices;

/**
 * Manual certificate delivery: a PKCS#12 file mailed to the user and tapped in the app (MAN-1), a
 * certificate exported from one device and mailed to oneself (MAN-2), and the passwords that
 * protect the files (MAN-3).
 */
public final class ManualDeliverySteps {

    /** The password the scenario exports a key with, to compare it; strong, as MAN-3 asks. */
    private static final char[] LOOKING = "L00king-at-the-Key!".toCharArray();

    private final ScenarioPki pki;
    private final UserDevices devices;
    private final Attachments attachments;
    private final OutlookAnswers answers;

    public ManualDeliverySteps(ScenarioPki pki, UserDevices devices, Attachments attachments, OutlookAnswers answers) {
        this.pki = pki;
        this.devices = devices;
        this.attachments = attachments;
        this.answers = answers;
    }

    /** The certificate with its private key and its chain, in a PKCS#12 file protected by the password. */
    @Given("{address} was mailed the certificate {certificate} in a PKCS#12 file protected by the password {string}")
    public void mailed(String address, String certificate, String password) {
        IssuedCertificate issued = pki.issued(certificate);
        List<X509Certificate> chain = pki.chainAbove(certificate).stream().map(IssuedCertificate::certificate).toList();
        attachments.put(certificate, Pki.pkcs12(issued, chain, password.toCharArray()));
    }

    @Given("{address} was mailed the certificate {certificate} in a PKCS#12 file protected by no password")
    public void mailedWithoutPassword(String address, String certificate) {
        mailed(address, certificate, "");
    }

    /** Only the first half of the file arrived. */
    @Given("the attachment {certificate} was cut short on the way")
    public void cutShort(String certificate) {
        byte[] file = attachments.get(certificate);
        attachments.put(certificate, Arrays.copyOf(file, file.length / 2));
    }

    /** Its first bytes were overwritten, so that it no longer begins as a PKCS#12 file. */
    @Given("the attachment {certificate} was damaged on the way")
    public void damaged(String certificate) {
        byte[] file = attachments.get(certificate);
        for (int i = 0; i < Math.min(16, file.length); i++) {
            file[i] = (byte) 0xFF;
        }
        attachments.put(certificate, file);
    }

    /**
     * One byte changed after the file was protected, keeping it well-formed: the last byte of the
     * file, the low bit of the iteration count of its integrity check, so that the check fails.
     */
    @Given("the attachment {certificate} was altered after it was protected")
    public void altered(String certificate) {
        byte[] file = attachments.get(certificate);
        file[file.length - 1] ^= 0x01;
        attachments.put(certificate, file);
    }

    @When("{person} taps the attachment {certificate} on {ownDevice} and types the password {string}")
    public void taps(String person, String certificate, DeviceModel model, String password) {
        OutlookApp app = devices.ask(new DeviceName(person, model));
        answers.outcome(app.stores().installAttachment(attachments.get(certificate), password.toCharArray()));
    }

    @When("{person} taps the attachment {certificate} on {ownDevice} and types no password")
    public void tapsWithoutPassword(String person, String certificate, DeviceModel model) {
        taps(person, certificate, model, "");
    }

    @Given("{person} has installed the attachment {certificate} on {ownDevice} with the password {string}")
    public void hasInstalled(String person, String certificate, DeviceModel model, String password) {
        taps(person, certificate, model, password);
        if (!answers.outcome().isSuccess()) {
            throw new AssertionError("Outlook did not install the attachment \"" + certificate + "\": " + answers.outcome());
        }
    }

    @Then("the certificate is installed")
    public void installed() {
        assertThat(answers.outcome().code()).as(answers.outcome().message()).isEqualTo(OutcomeCode.OK);
    }

    @Then("nothing is installed: {outcome}")
    public void nothingInstalled(OutcomeCode expected) {
        assertThat(answers.outcome().code()).as(answers.outcome().message()).isEqualTo(expected);
    }

    /** The exported file becomes the attachment of that certificate, as the user mails it to themselves. */
    @When("{person} exports {certificate} from {ownDevice} with the password {string} and mails it to {word}")
    public void exports(String person, String certificate, DeviceModel model, String password, String whom) {
        DeviceName device = new DeviceName(person, model);
        Pkcs12Export export = devices.ask(device).stores().export(idOf(device, certificate), password.toCharArray());
        answers.outcome(export.outcome());
        export.pkcs12().ifPresent(file -> attachments.put(certificate, file));
    }

    @When("{person} exports {certificate} from {ownDevice} with no password")
    public void exportsWithoutPassword(String person, String certificate, DeviceModel model) {
        exports(person, certificate, model, "", "nobody");
    }

    @Then("the export is done")
    public void exported() {
        assertThat(answers.outcome().code()).as(answers.outcome().message()).isEqualTo(OutcomeCode.OK);
    }

    @Then("the export is refused: {outcome}")
    public void exportRefused(OutcomeCode expected) {
        assertThat(answers.outcome().code()).as(answers.outcome().message()).isEqualTo(expected);
    }

    /**
     * Both devices hold the certificate with a private key, the same one, and it is the private half
     * of the certificate's public key (a signature made with it verifies with the certificate).
     */
    @Then("{namedDevice} holds the same key pair for {certificate} as {namedDevice}")
    public void sameKeyPair(DeviceName device, String certificate, DeviceName other) throws Exception {
        PrivateKey here = privateKey(device, certificate);
        PrivateKey there = privateKey(other, certificate);
        assertThat(here.getEncoded()).as("the private key of %s on %s and on %s", certificate, device, other)
                .isEqualTo(there.getEncoded());
        X509Certificate issued = pki.issued(certificate).certificate();
        String algorithm = "EC".equals(here.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
        Signature signer = Signature.getInstance(algorithm);
        signer.initSign(here);
        signer.update(certificate.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(issued.getPublicKey());
        verifier.update(certificate.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(verifier.verify(signature)).as("a signature by the key on %s verifies with %s", device, certificate)
                .isTrue();
    }

    private PrivateKey privateKey(DeviceName device, String certificate) throws Exception {
        Pkcs12Export export = devices.ask(device).stores().export(idOf(device, certificate), LOOKING.clone());
        Outcome outcome = export.outcome();
        assertThat(outcome.code()).as("exporting %s from %s to look at its key: %s", certificate, device, outcome.message())
                .isEqualTo(OutcomeCode.OK);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(export.pkcs12().orElseThrow()), LOOKING.clone());
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                return (PrivateKey) store.getKey(alias, LOOKING.clone());
            }
        }
        throw new AssertionError("the file exported from " + device + " holds no private key");
    }

    private String idOf(DeviceName device, String certificate) {
        byte[] der = pki.issued(certificate).der();
        return devices.ask(device).stores().visibleToOutlook().stream()
                .filter(installed -> Arrays.equals(installed.certificate(), der))
                .map(InstalledCertificate::id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("Outlook on " + device + " does not hold \"" + certificate + "\""));
    }
}
