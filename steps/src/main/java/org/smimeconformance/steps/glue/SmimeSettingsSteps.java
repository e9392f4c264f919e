package org.smimeconformance.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.smimeconformance.contract.Outcome;
import org.smimeconformance.contract.OutcomeCode;
import org.smimeconformance.contract.settings.AppSettings;
import org.smimeconformance.steps.world.AccountProfiles;
import org.smimeconformance.steps.world.EarlierChoice;
import org.smimeconformance.steps.world.ManagedSetting;
import org.smimeconformance.steps.world.OutlookAnswers;
import org.smimeconformance.steps.world.OutlookDevice;

/**
 * The app's own S/MIME settings as the user sees them under account settings &gt; Security: S/MIME
 * itself, automatic signing and encryption, and the app-wide Organize By Thread.
 */
public final class SmimeSettingsSteps {

    private final AccountProfiles accounts;
    private final OutlookDevice device;
    private final OutlookAnswers answers;

    public SmimeSettingsSteps(AccountProfiles accounts, OutlookDevice device, OutlookAnswers answers) {
        this.accounts = accounts;
        this.device = device;
        this.answers = answers;
    }

    @When("{person} turns {appSetting} {onOff} for {address}")
    public void turns(String person, ManagedSetting setting, Boolean on, String address) {
        answers.outcome(setting.set(settings(), address, on));
    }

    @Given("{person} has turned {appSetting} {onOff} for {address}")
    public void hasTurned(String person, ManagedSetting setting, Boolean on, String address) {
        Outcome outcome = setting.set(settings(), address, on);
        answers.outcome(outcome);
        if (!outcome.isSuccess()) {
            throw new AssertionError("Outlook did not let " + person + " turn " + setting.appLabel() + " "
                    + (on ? "on" : "off") + " for " + address + ": " + outcome);
        }
    }

    /**
     * The user's own choice before any policy arrived. A choice of off is made as in the app: the
     * setting turned on, then off again.
     */
    @Given("{person}'s own choice for {appSetting} was {earlierChoice} before any policy")
    public void earlierChoice(String person, ManagedSetting setting, EarlierChoice choice) {
        String address = accounts.addressOf(person);
        if (choice == EarlierChoice.NONE) {
            device.open();
            return;
        }
        hasTurned(person, setting, true, address);
        if (choice == EarlierChoice.OFF) {
            hasTurned(person, setting, false, address);
        }
    }

    @Then("Outlook answers {outcome}")
    public void answers(OutcomeCode expected) {
        assertThat(answers.outcome().code()).as(answers.outcome().message()).isEqualTo(expected);
    }

    @Then("{appSetting} is {onOff} for {address}")
    public void state(ManagedSetting setting, Boolean on, String address) {
        assertThat(setting.value(settings(), address)).as("%s for %s is on", setting.appLabel(), address).isEqualTo(on);
    }

    @Then("Organize By Thread is {onOff} for every account")
    public void organizeByThread(Boolean on) {
        assertThat(settings().organizeByThread()).as("Organize By Thread is on").isEqualTo(on);
    }

    private AppSettings settings() {
        return device.ask().settings();
    }
}
