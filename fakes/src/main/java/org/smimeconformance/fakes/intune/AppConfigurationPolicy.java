package org.smimeconformance.fakes.intune;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An app configuration policy for managed devices as the administrator made it in Endpoint
 * Manager (article, iOS steps 1 to 16, Android steps 3 to 13): its platform, the app it targets,
 * the Azure AD groups it is assigned to, the configuration keys of the Outlook documentation, and
 * the designer's S/MIME certificate settings that have no key. Nothing is checked: a policy for
 * another app, for the other platform, with a setting its platform does not have or a value the
 * designer does not offer is served as stated, for the client to judge. Immutable; the
 * {@code with...} methods return changed copies.
 *
 * @param name              the policy's name on the Basics page
 * @param platform          {@link #IOS} or {@link #ANDROID_ENTERPRISE}, or anything else as stated
 * @param targetedApp       normally {@link #MICROSOFT_OUTLOOK}
 * @param assignedGroups    the Azure AD groups it is assigned to, by display name
 * @param settings          configuration keys and values, values as delivered (Boolean, String, ...)
 * @param smimeCertificates the designer settings without a key, by the names of {@code fakes/README.md}
 *                          ({@code deployFromIntune}, {@code signingCertificateType},
 *                          {@code encryptionCertificateType}, {@code endUserNotification}); empty
 *                          when the policy has none
 */
public record AppConfigurationPolicy(String name, String platform, String targetedApp, List<String> assignedGroups,
                                     Map<String, Object> settings, Optional<Map<String, Object>> smimeCertificates) {

    public static final String IOS = "iOS/iPadOS";
    public static final String ANDROID_ENTERPRISE = "Android Enterprise";
    public static final String MICROSOFT_OUTLOOK = "Microsoft Outlook";

    public AppConfigurationPolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(targetedApp, "targetedApp");
        assignedGroups = List.copyOf(assignedGroups);
        settings = Map.copyOf(settings);
        smimeCertificates = smimeCertificates.map(Map::copyOf);
    }

    /** A policy for Microsoft Outlook on the platform, assigned to no group, with no setting. */
    public static AppConfigurationPolicy forOutlook(String name, String platform) {
        return new AppConfigurationPolicy(name, platform, MICROSOFT_OUTLOOK, List.of(), Map.of(), Optional.empty());
    }

    public AppConfigurationPolicy withTargetedApp(String app) {
        return new AppConfigurationPolicy(name, platform, app, assignedGroups, settings, smimeCertificates);
    }

    /** Also assigned to this group. */
    public AppConfigurationPolicy assignedTo(String group) {
        List<String> all = new ArrayList<>(assignedGroups);
        all.add(group);
        return new AppConfigurationPolicy(name, platform, targetedApp, all, settings, smimeCertificates);
    }

    /** One more configuration key, e.g. {@code com.microsoft.outlook.Mail.SMIMEEnabled}. */
    public AppConfigurationPolicy withSetting(String key, Object value) {
        Map<String, Object> all = new LinkedHashMap<>(settings);
        all.put(key, value);
        return new AppConfigurationPolicy(name, platform, targetedApp, assignedGroups, all, smimeCertificates);
    }

    /** One more S/MIME certificate setting of the designer, e.g. {@code deployFromIntune}. */
    public AppConfigurationPolicy withSmimeCertificateSetting(String setting, Object value) {
        Map<String, Object> all = new LinkedHashMap<>(smimeCertificates.orElse(Map.of()));
        all.put(setting, value);
        return new AppConfigurationPolicy(name, platform, targetedApp, assignedGroups, settings, Optional.of(all));
    }
}
