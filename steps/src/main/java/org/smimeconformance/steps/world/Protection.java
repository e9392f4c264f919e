package org.smimeconformance.steps.world;

/** What the sender chose for a message: whether it is signed and whether it is encrypted. */
public enum Protection {

    SIGNED_AND_ENCRYPTED("a signed and encrypted", true, true),
    SIGNED("a signed", true, false),
    ENCRYPTED("an encrypted", false, true),
    PLAIN("a plain", false, false);

    private final String label;
    private final boolean sign;
    private final boolean encrypt;

    Protection(String label, boolean sign, boolean encrypt) {
        this.label = label;
        this.sign = sign;
        this.encrypt = encrypt;
    }

    /** As in "Alice sends a signed message to ...". */
    public String label() {
        return label;
    }

    public boolean sign() {
        return sign;
    }

    public boolean encrypt() {
        return encrypt;
    }
}
