package org.smimeconformance.steps.world;

import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.settings.AppSettings;

/**
 * The app's own S/MIME settings as the user sees and changes them under account settings &gt;
 * Security: S/MIME itself, automatic signing and encryption, and the app-wide Organize By Thread.
 * What Outlook answers to a change is kept in {@link OutlookAnswers}. One per scenario.
 */
public final class SecuritySettings {

    private final OutlookDevice device;
    private final AccountProfiles accounts;
    private final OutlookAnswers answers;

    public SecuritySettings(OutlookDevice device, AccountProfiles accounts, OutlookAnswers answers) {
        this.device = device;
        this.accounts = accounts;
        this.answers = answers;
    }

    /** The user turns the setting on or off for the account. */
    public Outcome turn(ManagedSetting setting, String address, boolean on) {
        Outcome outcome = setting.set(settings(), address, on);
        answers.outcome(outcome);
        return outcome;
    }

    /**
     * The same, for a "Given" step that needs it done.
     *
     * @throws AssertionError when Outlook does not let the person change it
     */
    public void haveTurned(String person, ManagedSetting setting, boolean on, String address) {
        turn(setting, address, on);
        answers.requireSuccess("Outlook did not let " + person + " turn " + setting.appLabel() + " "
                + Words.ON_OFF.labelOf(on) + " for " + address);
    }

    /**
     * The person's own choice for the setting of their one account before any policy arrived. A
     * choice of off is made as in the app: the setting turned on, then off again; with no choice
     * the app is only opened.
     */
    public void choseBeforeAnyPolicy(String person, ManagedSetting setting, EarlierChoice choice) {
        String address = accounts.addressOf(person);
        if (choice == EarlierChoice.NONE) {
            device.open();
            return;
        }
        haveTurned(person, setting, true, address);
        if (choice == EarlierChoice.OFF) {
            haveTurned(person, setting, false, address);
        }
    }

    /** Whether the setting is on for the account now. */
    public boolean isOn(ManagedSetting setting, String address) {
        return setting.value(settings(), address);
    }

    /** Whether Organize By Thread is on, for every account. */
    public boolean organizeByThread() {
        return settings().organizeByThread();
    }

    private AppSettings settings() {
        return device.ask().settings();
    }
}
