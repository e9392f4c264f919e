package org.smimeconformance.engine.device;

import java.util.Optional;

/**
 * Whether a password is strong enough to protect an exported certificate (MAN-3): "ensure that the
 * exported certificate is password-protected with a strong password". The reading (Microsoft's
 * guidance "Create and use strong passwords"): at least {@value #MINIMUM_LENGTH} characters, with
 * upper-case letters, lower-case letters, digits and symbols, all four; anything printable that is
 * neither a letter nor a digit (a space too) is a symbol. Only printable ASCII characters are
 * accepted: a PKCS#12 file protected by another character does not open everywhere (the JDK
 * refuses to protect one with it). Stateless.
 */
public final class PasswordStrength {

    /** The fewest characters a strong password has. */
    public static final int MINIMUM_LENGTH = 12;

    private PasswordStrength() {
    }

    /** Why the password is not strong, or empty when it is. A null or empty password is no password. */
    public static Optional<String> weakness(char[] password) {
        if (password == null || password.length == 0) {
            return Optional.of("there is no password");
        }
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean symbol = false;
        int length = 0;
        for (char c : password) {
            if (c < 0x20 || c > 0x7E) {
                return Optional.of("the password holds a character that is not printable ASCII (" + (c < 0x20 || c == 0x7F
                        ? "a control character" : "'" + c + "'") + "), which a PKCS#12 file cannot be protected with everywhere");
            }
        }
        for (char c : password) {
            length++;
            if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                symbol = true;
            }
        }
        StringBuilder missing = new StringBuilder();
        if (length < MINIMUM_LENGTH) {
            missing.append(", at least ").append(MINIMUM_LENGTH).append(" characters (it has ").append(length).append(')');
        }
        if (!upper) {
            missing.append(", an upper-case letter");
        }
        if (!lower) {
            missing.append(", a lower-case letter");
        }
        if (!digit) {
            missing.append(", a digit");
        }
        if (!symbol) {
            missing.append(", a symbol");
        }
        return missing.length() == 0 ? Optional.empty()
                : Optional.of("the password is not strong: it lacks" + missing.substring(1));
    }
}
