package org.smimeconformance.steps.world;

/** The user's own choice for a setting before any policy arrived (POL-1..3). */
public enum EarlierChoice {

    /** The user never touched the setting. */
    NONE("none"),
    ON("on"),
    /** Turned on, then off again, as a user does in the app. */
    OFF("off");

    private final String label;

    EarlierChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
