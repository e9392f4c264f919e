package org.smimeconformance.steps.world;

import java.util.function.BiFunction;

import org.smimeconformance.fakes.intune.AppConfigurationPolicy;

/**
 * One setting of an Outlook app configuration policy as the Endpoint Manager designer shows it: its
 * label and the choice made. Enable S/MIME, Encrypt all emails and Sign all emails (each also with
 * ": allow user to change") take Yes or No, LDAP endpoint a host; the certificate settings of iOS
 * step 12 to 15 take the designer's words.
 *
 * @param label the label in the designer
 * @param value the choice, as the designer shows it
 */
public record DesignerSetting(String label, String value) {

    private static final String ALLOW = ": allow user to change";

    /** What each label sets in the policy. */
    private static final Wording<BiFunction<AppConfigurationPolicy, String, AppConfigurationPolicy>> SETTINGS = settings();

    /** A setting as a feature writes it; its label must be one the designer shows. */
    public static DesignerSetting written(String label, String value) {
        SETTINGS.valueOf(label);
        return new DesignerSetting(label, value);
    }

    /** The policy with this setting made. */
    AppConfigurationPolicy applyTo(AppConfigurationPolicy policy) {
        return SETTINGS.valueOf(label).apply(policy, value);
    }

    private static Wording<BiFunction<AppConfigurationPolicy, String, AppConfigurationPolicy>> settings() {
        Wording<BiFunction<AppConfigurationPolicy, String, AppConfigurationPolicy>> settings =
                Wording.of("a setting of the Outlook S/MIME policy in the designer");
        for (ManagedSetting setting : ManagedSetting.values()) {
            settings = settings
                    .and(setting.designerLabel(), (policy, value) -> policy.withSetting(setting.key(), yes(value)))
                    .and(setting.designerLabel() + ALLOW,
                            (policy, value) -> policy.withSetting(setting.userChangeAllowedKey(), yes(value)));
        }
        return settings
                .and("LDAP endpoint", (policy, value) -> policy.withSetting(ManagedSetting.LDAP_HOST_NAME, value))
                .and("Deploy S/MIME certificates from Intune",
                        (policy, value) -> policy.withSmimeCertificateSetting("deployFromIntune", yes(value)))
                .and("Signing certificates: Certificate profile type",
                        (policy, value) -> policy.withSmimeCertificateSetting("signingCertificateType", value))
                .and("Encryption certificates: Certificate profile type",
                        (policy, value) -> policy.withSmimeCertificateSetting("encryptionCertificateType", value))
                .and("End-user notifications",
                        (policy, value) -> policy.withSmimeCertificateSetting("endUserNotification", value));
    }

    private static Boolean yes(String value) {
        return Words.YES_NO.valueOf(value);
    }
}
