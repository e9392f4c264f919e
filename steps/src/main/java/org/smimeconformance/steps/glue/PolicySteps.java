package org.smimeconformance.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.smimeconformance.contract.OutcomeCode;
import org.smimeconformance.contract.lookup.LdapEndpoint;
import org.smimeconformance.contract.settings.ManagedConfiguration;
import org.smimeconformance.contract.settings.PolicyProblem;
import org.smimeconformance.contract.settings.PolicyResult;
import org.smimeconformance.steps.world.AppConfigurationJson;
import org.smimeconformance.steps.world.ManagedSetting;
import org.smimeconformance.steps.world.OutlookAnswers;
import org.smimeconformance.steps.world.OutlookDevice;

/**
 * The app configuration policy an MDM (Microsoft Endpoint Manager) delivers to Outlook: its keys and
 * values, whether Outlook applies it, and what it refuses.
 */
public final class PolicySteps {

    private final OutlookDevice device;
    private final OutlookAnswers answers;

    public PolicySteps(OutlookDevice device, OutlookAnswers answers) {
        this.device = device;
        this.answers = answers;
    }

    @When("the MDM delivers a policy with {policySetting} {yesNo} and allow user to change {yesNo}")
    public void delivers(ManagedSetting setting, Boolean value, Boolean userChangeAllowed) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(setting.key(), value);
        values.put(setting.userChangeAllowedKey(), userChangeAllowed);
        deliver(ManagedConfiguration.of(values));
    }

    @Given("the MDM has delivered a policy with {policySetting} {yesNo} and allow user to change {yesNo}")
    public void delivered(ManagedSetting setting, Boolean value, Boolean userChangeAllowed) {
        delivers(setting, value, userChangeAllowed);
        requireApplied();
    }

    @When("the MDM delivers a policy with {policySetting} {yesNo}")
    public void delivers(ManagedSetting setting, Boolean value) {
        deliver(ManagedConfiguration.of(Map.of(setting.key(), value)));
    }

    /** The policy as JSON, one member per key, each value with its JSON type. */
    @When("the MDM delivers this app configuration:")
    public void deliversJson(String json) {
        deliver(AppConfigurationJson.parse(json));
    }

    @Given("the MDM has delivered this app configuration:")
    public void deliveredJson(String json) {
        deliversJson(json);
        requireApplied();
    }

    @When("the MDM delivers a policy with {policyKey} = {json}")
    public void deliversOne(String key, Object value) {
        deliver(ManagedConfiguration.of(Map.of(key, value)));
    }

    /** One row per key; the second column is the value written as JSON. */
    @When("the MDM delivers a policy with these values:")
    public void deliversTable(DataTable rows) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (List<String> row : rows.asLists()) {
            if (values.put(row.get(0).strip(), AppConfigurationJson.value(row.get(1).strip())) != null) {
                throw new IllegalArgumentException("the key " + row.get(0) + " is written twice");
            }
        }
        deliver(ManagedConfiguration.of(values));
    }

    @Then("the policy is applied")
    public void applied() {
        PolicyResult result = answers.policy();
        assertThat(result.outcome().code()).as("%s %s", result.outcome().message(), result.problems())
                .isEqualTo(OutcomeCode.POLICY_APPLIED);
        assertThat(result.problems()).as("problems of an applied policy").isEmpty();
    }

    @Then("the policy is refused: {outcome} for {policyKey}")
    public void refused(OutcomeCode code, String key) {
        PolicyResult result = answers.policy();
        assertThat(result.outcome().code()).as(result.outcome().message()).isEqualTo(code);
        assertThat(result.problems()).as("the problems found")
                .extracting(PolicyProblem::key, PolicyProblem::code)
                .containsExactly(tuple(key, code));
    }

    /**
     * Every problem, in any order: the policy's outcome is the code of the first problem Outlook
     * lists.
     */
    @Then("the policy is refused with these problems:")
    public void refusedWith(DataTable expected) {
        PolicyResult result = answers.policy();
        assertThat(result.problems()).as("the problems found")
                .extracting(PolicyProblem::key, PolicyProblem::code)
                .containsExactlyInAnyOrderElementsOf(expected.asLists().stream()
                        .map(row -> tuple(row.get(0).strip(), OutcomeCode.valueOf(row.get(1).strip())))
                        .toList());
        assertThat(result.outcome().code()).as("the policy's outcome: the code of the first problem, %s",
                result.outcome().message()).isEqualTo(result.problems().get(0).code());
    }

    @Then("Outlook's LDAP endpoint is {word}")
    public void ldapEndpoint(String expected) {
        URI uri = URI.create(expected);
        Optional<LdapEndpoint> endpoint = device.ask().settings().ldapEndpoint();
        assertThat(endpoint).as("the LDAP endpoint").contains(new LdapEndpoint(uri.getScheme(), uri.getHost(), uri.getPort()));
    }

    @Then("Outlook has no LDAP endpoint")
    public void noLdapEndpoint() {
        assertThat(device.ask().settings().ldapEndpoint()).as("the LDAP endpoint").isEmpty();
    }

    private void deliver(ManagedConfiguration configuration) {
        answers.policy(device.ask().settings().applyManagedConfiguration(configuration));
    }

    private void requireApplied() {
        PolicyResult result = answers.policy();
        if (result.outcome().code() != OutcomeCode.POLICY_APPLIED) {
            throw new AssertionError("Outlook did not apply the policy: " + result.outcome() + " " + result.problems());
        }
    }
}
