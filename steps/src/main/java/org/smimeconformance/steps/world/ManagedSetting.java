package org.smimeconformance.steps.world;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.settings.AppSettings;
import org.smimeconformance.contract.settings.ManagedConfiguration;

/**
 * The three settings that an app configuration policy manages and that the user may also change
 * (POL-1..3), each with its configuration key, its label in the Endpoint Manager designer and its
 * name in the app.
 */
public enum ManagedSetting {

    SMIME("com.microsoft.outlook.Mail.SMIMEEnabled", "Enable S/MIME", "S/MIME"),
    ENCRYPT_ALL("com.microsoft.outlook.Mail.SMIMEEnabled.EncryptAllMail", "Encrypt all emails", "automatic encryption"),
    SIGN_ALL("com.microsoft.outlook.Mail.SMIMEEnabled.SignAllMail", "Sign all emails", "automatic signing");

    /** The LDAP endpoint key, the seventh key of the Outlook documentation. */
    public static final String LDAP_HOST_NAME = "com.microsoft.outlook.Mail.SMIMEEnabled.LDAPHostName";

    /** Every key the Outlook documentation gives for S/MIME, in the documentation's order. */
    public static final List<String> KEYS = List.of(
            SMIME.key, SMIME.userChangeAllowedKey(),
            ENCRYPT_ALL.key, ENCRYPT_ALL.userChangeAllowedKey(),
            SIGN_ALL.key, SIGN_ALL.userChangeAllowedKey(),
            LDAP_HOST_NAME);

    private final String key;
    private final String designerLabel;
    private final String appLabel;

    ManagedSetting(String key, String designerLabel, String appLabel) {
        this.key = key;
        this.designerLabel = designerLabel;
        this.appLabel = appLabel;
    }

    /** The configuration key, e.g. {@code com.microsoft.outlook.Mail.SMIMEEnabled}. */
    public String key() {
        return key;
    }

    /** The key of its "allow user to change" companion. */
    public String userChangeAllowedKey() {
        return key + ".UserChangeAllowed";
    }

    /** Its label in the Endpoint Manager designer, e.g. "Encrypt all emails". */
    public String designerLabel() {
        return designerLabel;
    }

    /** Its name in the app, e.g. "automatic encryption". */
    public String appLabel() {
        return appLabel;
    }

    /** A policy that sets it. */
    public ManagedConfiguration policy(boolean value) {
        return ManagedConfiguration.of(Map.of(key, value));
    }

    /** A policy that sets it, and whether the user may change it. */
    public ManagedConfiguration policy(boolean value, boolean userChangeAllowed) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(key, value);
        values.put(userChangeAllowedKey(), userChangeAllowed);
        return ManagedConfiguration.of(values);
    }

    /** The setting's value for the account now. */
    public boolean value(AppSettings settings, String primarySmtpAddress) {
        return switch (this) {
            case SMIME -> settings.smimeEnabled(primarySmtpAddress);
            case ENCRYPT_ALL -> settings.encryptsAutomatically(primarySmtpAddress);
            case SIGN_ALL -> settings.signsAutomatically(primarySmtpAddress);
        };
    }

    /** The user's toggle for the account. */
    public Outcome set(AppSettings settings, String primarySmtpAddress, boolean on) {
        return switch (this) {
            case SMIME -> settings.setSmimeEnabled(primarySmtpAddress, on);
            case ENCRYPT_ALL -> settings.setEncryptAutomatically(primarySmtpAddress, on);
            case SIGN_ALL -> settings.setSignAutomatically(primarySmtpAddress, on);
        };
    }
}
