package org.smimeconformance.engine.settings;

import java.util.Optional;

/**
 * How a managed value meets the user's own choice, for Enable S/MIME, Encrypt all emails and Sign
 * all emails alike (POL-1..3): the replaceable part of the app's settings. A deliberately broken
 * variant may swap it, e.g. to never lock a setting. Must be pure and thread-safe.
 */
@FunctionalInterface
public interface ManagedValueRule {

    /**
     * @param appDefault the setting's value on a fresh install
     * @param userChoice what the user last set, if anything (a refused toggle sets nothing)
     * @param managed    the setting in the applied app configuration policy, if one was applied
     * @return the value in force and whether the user's toggle is locked
     */
    SettingState resolve(boolean appDefault, Optional<Boolean> userChoice, Optional<ManagedSetting> managed);

    /**
     * The documented rule (CONFIG-KEYS.md): with "allow user to change" false the managed value is
     * enforced and the toggle locked; with it true (the default) a value the user chose, before the
     * policy arrived or afterwards, wins, and with no such choice the managed value applies; with no
     * policy the user's choice or the app default. So a managed value equal to the app default
     * changes nothing, unless it locks the setting.
     */
    static ManagedValueRule reference() {
        return (appDefault, userChoice, managed) -> {
            if (managed.isPresent() && !managed.get().userChangeAllowed()) {
                return new SettingState(managed.get().value(), true);
            }
            boolean value = userChoice.orElseGet(() -> managed.map(ManagedSetting::value).orElse(appDefault));
            return new SettingState(value, false);
        };
    }
}
