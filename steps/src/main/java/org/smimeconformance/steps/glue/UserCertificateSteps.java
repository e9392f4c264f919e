package org.smimeconformance.steps.glue;

import java.util.List;

import io.cucumber.java.en.Given;
import org.smimeconformance.contract.device.CertificateStore;
import org.smimeconformance.steps.world.CertificateDescription;
import org.smimeconformance.steps.world.CertificateField;
import org.smimeconformance.steps.world.OutlookAnswers;
import org.smimeconformance.steps.world.OutlookDevice;
import org.smimeconformance.steps.world.ScenarioPki;

/** The user's own certificates: what a CA issued, and how they reached the device. */
public final class UserCertificateSteps {

    private final ScenarioPki pki;
    private final OutlookDevice device;
    private final OutlookAnswers answers;

    public UserCertificateSteps(ScenarioPki pki, OutlookDevice device, OutlookAnswers answers) {
        this.pki = pki;
        this.device = device;
        this.answers = answers;
    }

    @Given("{ca} issued the certificate {certificate} for {address}")
    public void issuedFor(String ca, String certificate, String address) {
        pki.certificate(certificate, ca, CertificateDescription.forAddress(address));
    }

    /** A certificate described field by field, one row each, as {@link CertificateField} reads them. */
    @Given("{ca} issued the certificate {certificate} with:")
    public void issuedWith(String ca, String certificate, List<CertificateField.Value> fields) {
        pki.certificate(certificate, ca, CertificateDescription.of(fields));
    }

    @Given("{person} installed the certificate {certificate} with its private key")
    public void installed(String person, String certificate) {
        device.installWithPrivateKey(certificate, device.outlooksStore());
        answers.requireSuccess("Outlook did not install the certificate \"" + certificate + "\"");
    }

    @Given("the certificate {certificate} with its private key is in {store}")
    public void inStore(String certificate, CertificateStore store) {
        device.installWithPrivateKey(certificate, store);
        answers.requireSuccess("Outlook did not install the certificate \"" + certificate + "\"");
    }

    @Given("the certificate {certificate} is in {store} without its private key")
    public void publicOnly(String certificate, CertificateStore store) {
        device.installPublic(certificate, store);
        answers.requireSuccess("Outlook did not install the certificate \"" + certificate + "\"");
    }
}
