package org.smimeconformance.mutants;

import org.smimeconformance.engine.ReferenceImplementation;
import org.smimeconformance.engine.settings.ManagedSetting;
import org.smimeconformance.engine.settings.SettingState;

/**
 * Reads "allow user to change" and then ignores it: no setting is ever locked, and the user's own
 * choice always wins over the managed value. Breaks POL-1 (a setting the policy does not allow the
 * user to change is enforced and its toggle refused).
 */
public final class IgnoresUserChangeAllowed extends ReferenceImplementation implements Mutant {

    public IgnoresUserChangeAllowed() {
        super("mutant-ignores-user-change-allowed", "Never locks a setting: the user's toggle always works and "
                + "wins over the managed value.",
                parts -> parts.withManagedValues((appDefault, userChoice, managed) -> new SettingState(
                        userChoice.orElseGet(() -> managed.map(ManagedSetting::value).orElse(appDefault)), false)));
    }

    @Override
    public String breaks() {
        return "POL-1";
    }
}
