package org.smimeconformance.engine.settings;

/**
 * A setting as the app has it for one account.
 *
 * @param value  the value in force
 * @param locked true when the user's toggle is refused ({@code SETTING_LOCKED})
 */
public record SettingState(boolean value, boolean locked) {
}
