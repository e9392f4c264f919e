package org.smimeconformance.steps.world;

import org.smimeconformance.contract.mail.ComposeOptions;

/** How a new message starts on the compose screen: whether it is signed and whether it is encrypted. */
public enum ComposeStart {

    SIGNED_AND_ENCRYPTED("signed and encrypted", true, true),
    SIGNED("signed, not encrypted", true, false),
    ENCRYPTED("encrypted, not signed", false, true),
    NEITHER("neither signed nor encrypted", false, false);

    private final String label;
    private final boolean signed;
    private final boolean encrypted;

    ComposeStart(String label, boolean signed, boolean encrypted) {
        this.label = label;
        this.signed = signed;
        this.encrypted = encrypted;
    }

    public String label() {
        return label;
    }

    /** How a message with these options starts. */
    public static ComposeStart of(ComposeOptions options) {
        for (ComposeStart start : values()) {
            if (start.signed == options.signByDefault() && start.encrypted == options.encryptByDefault()) {
                return start;
            }
        }
        throw new IllegalStateException("every combination of signed and encrypted has a name");
    }
}
