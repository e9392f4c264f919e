package org.smimeconformance.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import java.util.Optional;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.smimeconformance.contract.OutcomeCode;
import org.smimeconformance.contract.delivery.Notification;
import org.smimeconformance.contract.settings.CertificateDeployment;
import org.smimeconformance.contract.settings.ManagedConfiguration;
import org.smimeconformance.contract.settings.PolicyProblem;
import org.smimeconformance.contract.settings.PolicyResult;
import org.smimeconformance.steps.world.DeviceName;
import org.smimeconformance.steps.world.ManagedSetting;
import org.smimeconformance.steps.world.OutlookAnswers;
import org.smimeconformance.steps.world.UserDevices;

/**
 * The iOS designer's certificate deployment settings, which have no configuration key, as an MDM
 * delivers them to Outlook with the policy (POL-4..7, POL-9).
 */
public final class CertificateDeploymentSteps {

    private final UserDevices devices;
    private final OutlookAnswers answers;

    public CertificateDeploymentSteps(UserDevices devices, OutlookAnswers answers) {
        this.devices = devices;
        this.answers = answers;
    }

    /**
     * Enable S/MIME Yes, and the deployment settings of iOS step 12 to 15: Deploy S/MIME certificates
     * from Intune Yes, SCEP for signing, PKCS imported certificates for encryption, Company Portal
     * notifications.
     */
    @When("the MDM delivers to {namedDevice} a policy with Enable S\\/MIME Yes and Deploy S\\/MIME certificates from Intune Yes")
    public void deliversDeployment(DeviceName device) {
        ManagedConfiguration configuration = new ManagedConfiguration(Map.of(ManagedSetting.SMIME.key(), true),
                Optional.of(new CertificateDeployment(true, CertificateDeployment.SigningProfile.SCEP,
                        CertificateDeployment.EncryptionProfile.PKCS_IMPORTED, Notification.COMPANY_PORTAL)));
        answers.policy(devices.ask(device).settings().applyManagedConfiguration(configuration));
    }

    /** The policy is refused with one problem, named by its designer label (it has no configuration key). */
    @Then("the policy is refused: {outcome} for the designer setting {string}")
    public void refusedFor(OutcomeCode code, String label) {
        PolicyResult result = answers.policy();
        assertThat(result.outcome().code()).as(result.outcome().message()).isEqualTo(code);
        assertThat(result.problems()).as("the problems found")
                .extracting(PolicyProblem::key, PolicyProblem::code)
                .containsExactly(tuple(label, code));
    }
}
