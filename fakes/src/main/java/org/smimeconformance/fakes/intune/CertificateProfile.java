package org.smimeconformance.fakes.intune;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A certificate profile of Endpoint Manager (Android step 2: "Create a SCEP certificate profile or
 * PKCS certificate profile and assign it to your mobile users"). Served as stated. Immutable.
 *
 * @param name            the profile's name
 * @param platform        {@link AppConfigurationPolicy#ANDROID_ENTERPRISE}, {@link AppConfigurationPolicy#IOS}, ...
 * @param type            {@link #SCEP} or {@link #PKCS_IMPORTED}
 * @param intendedPurpose {@link #SMIME_SIGNING} or {@link #SMIME_ENCRYPTION}
 * @param assignedGroups  the Azure AD groups it is assigned to, by display name
 */
public record CertificateProfile(String name, String platform, String type, String intendedPurpose,
                                 List<String> assignedGroups) {

    public static final String SCEP = "SCEP";
    public static final String PKCS_IMPORTED = "PKCS imported";
    public static final String SMIME_SIGNING = "S/MIME signing";
    public static final String SMIME_ENCRYPTION = "S/MIME encryption";

    public CertificateProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(intendedPurpose, "intendedPurpose");
        assignedGroups = List.copyOf(assignedGroups);
    }

    /** Also assigned to this group. */
    public CertificateProfile assignedTo(String group) {
        List<String> all = new ArrayList<>(assignedGroups);
        all.add(group);
        return new CertificateProfile(name, platform, type, intendedPurpose, all);
    }
}
