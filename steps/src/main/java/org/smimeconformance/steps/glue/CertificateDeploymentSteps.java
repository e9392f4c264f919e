package org.smimeconformance.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smimeconformance.steps.world.OutcomeAssert.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.steps.world.DeviceName;
import org.smimeconformance.steps.world.KeyProblem;
import org.smimeconformance.steps.world.Mdm;
import org.smimeconformance.steps.world.OutlookAnswers;

/**
 * The iOS designer's certificate deployment settings, which have no configuration key, as an MDM
 * delivers them to Outlook with the policy (POL-4..7, POL-9).
 */
public final class CertificateDeploymentSteps {

    private final Mdm mdm;
    private final OutlookAnswers answers;

    public CertificateDeploymentSteps(Mdm mdm, OutlookAnswers answers) {
        this.mdm = mdm;
        this.answers = answers;
    }

    /** As {@link Mdm#deliverDeploymentFromIntune} delivers it. */
    @When("the MDM delivers to {namedDevice} a policy with Enable S\\/MIME Yes and Deploy S\\/MIME certificates from Intune Yes")
    public void deliversDeployment(DeviceName device) {
        mdm.deliverDeploymentFromIntune(device);
    }

    /** The policy is refused with one problem, named by its designer label (it has no configuration key). */
    @Then("the policy is refused: {outcome} for the designer setting {string}")
    public void refusedFor(OutcomeCode code, String label) {
        assertThat(answers.policy().outcome()).hasCode(code);
        assertThat(answers.policyProblems()).as("the problems found").containsExactly(new KeyProblem(label, code));
    }
}
