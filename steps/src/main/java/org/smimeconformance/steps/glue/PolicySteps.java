package org.smimeconformance.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smimeconformance.steps.world.OutcomeAssert.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.lookup.LdapEndpoint;
import org.smimeconformance.contract.settings.ManagedConfiguration;
import org.smimeconformance.steps.world.AppConfigurationJson;
import org.smimeconformance.steps.world.KeyProblem;
import org.smimeconformance.steps.world.ManagedSetting;
import org.smimeconformance.steps.world.Mdm;
import org.smimeconformance.steps.world.OutlookAnswers;
import org.smimeconformance.steps.world.OutlookDevice;
import org.smimeconformance.steps.world.PolicyValue;

/**
 * The app configuration policy an MDM (Microsoft Endpoint Manager) delivers to Outlook: its keys and
 * values, whether Outlook applies it, and what it refuses.
 */
public final class PolicySteps {

    private final Mdm mdm;
    private final OutlookDevice device;
    private final OutlookAnswers answers;

    public PolicySteps(Mdm mdm, OutlookDevice device, OutlookAnswers answers) {
        this.mdm = mdm;
        this.device = device;
        this.answers = answers;
    }

    @When("the MDM delivers a policy with {policySetting} {yesNo} and allow user to change {yesNo}")
    public void delivers(ManagedSetting setting, Boolean value, Boolean userChangeAllowed) {
        mdm.deliver(setting.policy(value, userChangeAllowed));
    }

    @Given("the MDM has delivered a policy with {policySetting} {yesNo} and allow user to change {yesNo}")
    public void delivered(ManagedSetting setting, Boolean value, Boolean userChangeAllowed) {
        mdm.deliverApplied(setting.policy(value, userChangeAllowed), "the policy");
    }

    @When("the MDM delivers a policy with {policySetting} {yesNo}")
    public void delivers(ManagedSetting setting, Boolean value) {
        mdm.deliver(setting.policy(value));
    }

    /** The policy as JSON, one member per key, each value with its JSON type. */
    @When("the MDM delivers this app configuration:")
    public void deliversJson(String json) {
        mdm.deliver(AppConfigurationJson.parse(json));
    }

    @Given("the MDM has delivered this app configuration:")
    public void deliveredJson(String json) {
        mdm.deliverApplied(AppConfigurationJson.parse(json), "the policy");
    }

    @When("the MDM delivers a policy with {policyKey} = {json}")
    public void deliversOne(String key, Object value) {
        mdm.deliver(ManagedConfiguration.of(Map.of(key, value)));
    }

    /** One row per key; the second column is the value written as JSON. */
    @When("the MDM delivers a policy with these values:")
    public void deliversTable(List<PolicyValue> values) {
        mdm.deliver(PolicyValue.configuration(values));
    }

    @Then("the policy is applied")
    public void applied() {
        assertThat(answers.policy().outcome()).as("problems %s", answers.policy().problems()).hasCode(OutcomeCode.POLICY_APPLIED);
        assertThat(answers.policy().problems()).as("problems of an applied policy").isEmpty();
    }

    @Then("the policy is refused: {outcome} for {policyKey}")
    public void refused(OutcomeCode code, String key) {
        assertThat(answers.policy().outcome()).hasCode(code);
        assertThat(answers.policyProblems()).as("the problems found").containsExactly(new KeyProblem(key, code));
    }

    /**
     * Every problem, in any order: the policy's outcome is the code of the first problem Outlook
     * lists.
     */
    @Then("the policy is refused with these problems:")
    public void refusedWith(List<KeyProblem> expected) {
        assertThat(answers.policyProblems()).as("the problems found").containsExactlyInAnyOrderElementsOf(expected);
        assertThat(answers.policy().outcome()).as("the code of the first problem").hasCode(answers.policyProblems().get(0).code());
    }

    @Then("Outlook's LDAP endpoint is {word}")
    public void ldapEndpoint(String expected) {
        URI uri = URI.create(expected);
        assertThat(device.ask().settings().ldapEndpoint()).as("the LDAP endpoint")
                .contains(new LdapEndpoint(uri.getScheme(), uri.getHost(), uri.getPort()));
    }

    @Then("Outlook has no LDAP endpoint")
    public void noLdapEndpoint() {
        assertThat(device.ask().settings().ldapEndpoint()).as("the LDAP endpoint").isEmpty();
    }
}
