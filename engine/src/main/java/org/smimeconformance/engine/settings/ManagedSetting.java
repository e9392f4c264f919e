package org.smimeconformance.engine.settings;

/**
 * One setting as an applied app configuration policy has it: its value and whether the user may
 * change it, each either as the policy states it or its documented default.
 *
 * @param value             the managed value
 * @param userChangeAllowed "allow user to change"
 */
public record ManagedSetting(boolean value, boolean userChangeAllowed) {
}
