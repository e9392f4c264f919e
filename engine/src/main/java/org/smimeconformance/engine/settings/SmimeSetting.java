package org.smimeconformance.engine.settings;

/**
 * The three S/MIME settings that both the user and the managed app configuration set, per account,
 * with the configuration keys of the Outlook documentation (CONFIG-KEYS.md). Each is off by default
 * and, by default, the user may change it.
 */
public enum SmimeSetting {
    /** "Enable S/MIME" (CLIENT-1, CLIENT-2, POL-1). */
    ENABLE_SMIME("Enable S/MIME", "com.microsoft.outlook.Mail.SMIMEEnabled"),
    /** "Encrypt all emails": the account encrypts automatically (CLIENT-5, POL-2). */
    ENCRYPT_ALL_MAIL("Encrypt all emails", "com.microsoft.outlook.Mail.SMIMEEnabled.EncryptAllMail"),
    /** "Sign all emails": the account signs automatically (CLIENT-5, POL-3). */
    SIGN_ALL_MAIL("Sign all emails", "com.microsoft.outlook.Mail.SMIMEEnabled.SignAllMail");

    /** The app default of every one of these settings. */
    public static final boolean APP_DEFAULT = false;

    /** The default of every {@code ...UserChangeAllowed} key. */
    public static final boolean USER_CHANGE_ALLOWED_DEFAULT = true;

    private final String label;
    private final String key;

    SmimeSetting(String label, String key) {
        this.label = label;
        this.key = key;
    }

    /** The designer label in Endpoint Manager, e.g. {@code Encrypt all emails}. */
    public String label() {
        return label;
    }

    /** The configuration key of the value. */
    public String key() {
        return key;
    }

    /** The configuration key of "allow user to change". */
    public String userChangeAllowedKey() {
        return key + ".UserChangeAllowed";
    }
}
