package org.smimeconformance.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smimeconformance.steps.world.OutcomeAssert.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.steps.world.EarlierChoice;
import org.smimeconformance.steps.world.ManagedSetting;
import org.smimeconformance.steps.world.OutlookAnswers;
import org.smimeconformance.steps.world.SecuritySettings;

/**
 * The app's own S/MIME settings as the user sees them under account settings &gt; Security: S/MIME
 * itself, automatic signing and encryption, and the app-wide Organize By Thread.
 */
public final class SmimeSettingsSteps {

    private final SecuritySettings settings;
    private final OutlookAnswers answers;

    public SmimeSettingsSteps(SecuritySettings settings, OutlookAnswers answers) {
        this.settings = settings;
        this.answers = answers;
    }

    @When("{person} turns {appSetting} {onOff} for {address}")
    public void turns(String person, ManagedSetting setting, Boolean on, String address) {
        settings.turn(setting, address, on);
    }

    @Given("{person} has turned {appSetting} {onOff} for {address}")
    public void hasTurned(String person, ManagedSetting setting, Boolean on, String address) {
        settings.haveTurned(person, setting, on, address);
    }

    /** As {@link SecuritySettings#choseBeforeAnyPolicy} makes it. */
    @Given("{person}'s own choice for {appSetting} was {earlierChoice} before any policy")
    public void earlierChoice(String person, ManagedSetting setting, EarlierChoice choice) {
        settings.choseBeforeAnyPolicy(person, setting, choice);
    }

    @Then("Outlook answers {outcome}")
    public void answers(OutcomeCode expected) {
        assertThat(answers.outcome()).hasCode(expected);
    }

    @Then("{appSetting} is {onOff} for {address}")
    public void state(ManagedSetting setting, Boolean on, String address) {
        assertThat(settings.isOn(setting, address)).as("%s for %s is on", setting.appLabel(), address).isEqualTo(on);
    }

    @Then("Organize By Thread is {onOff} for every account")
    public void organizeByThread(Boolean on) {
        assertThat(settings.organizeByThread()).as("Organize By Thread is on").isEqualTo(on);
    }
}
