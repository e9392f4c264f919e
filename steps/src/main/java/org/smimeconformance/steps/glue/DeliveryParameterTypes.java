package org.smimeconformance.steps.glue;

import io.cucumber.java.ParameterType;
import org.smimeconformance.contract.delivery.Notification;
import org.smimeconformance.contract.device.EnrollmentType;
import org.smimeconformance.fakes.intune.AppConfigurationPolicy;
import org.smimeconformance.fakes.intune.CertificateProfile;

/** The words of certificate delivery (MAN, AUTO, POL-4..9), each a parameter type usable in any step. */
public final class DeliveryParameterTypes {

    /** A device by its owner and model: {@code Alice's iPhone}, {@code Alice's Android phone}. */
    @ParameterType("\\p{Lu}\\p{Ll}+'s (?:iPhone|iPad|Android phone|Android tablet)")
    public String namedDevice(String name) {
        return name;
    }

    /** A person's own device, after the person is named: {@code her iPhone}, {@code his Android phone}. */
    @ParameterType("(?:her|his|their) (iPhone|iPad|Android phone|Android tablet)")
    public String ownDevice(String model) {
        return model;
    }

    /** The end-user notification the user follows (POL-7). */
    @ParameterType("the Company Portal notification|the link in the Endpoint Manager email")
    public Notification notification(String text) {
        return text.contains("email") ? Notification.EMAIL : Notification.COMPANY_PORTAL;
    }

    /** The platform of an app configuration policy or certificate profile, as the designer names it. */
    @ParameterType("iOS/iPadOS|Android Enterprise")
    public String policyPlatform(String text) {
        return text.equals("iOS/iPadOS") ? AppConfigurationPolicy.IOS : AppConfigurationPolicy.ANDROID_ENTERPRISE;
    }

    /** How an Android device is enrolled in Endpoint Manager (AUTO-3). */
    @ParameterType("a device administrator|an Android Enterprise work profile|an Android Enterprise fully managed device"
            + "|an Android Enterprise dedicated device")
    public EnrollmentType androidEnrollment(String text) {
        return switch (text) {
            case "a device administrator" -> EnrollmentType.ANDROID_DEVICE_ADMINISTRATOR;
            case "an Android Enterprise work profile" -> EnrollmentType.ANDROID_ENTERPRISE_WORK_PROFILE;
            case "an Android Enterprise fully managed device" -> EnrollmentType.ANDROID_ENTERPRISE_FULLY_MANAGED;
            default -> EnrollmentType.ANDROID_ENTERPRISE_DEDICATED;
        };
    }

    /** The type of a certificate profile (Android step 2). */
    @ParameterType("SCEP|PKCS imported")
    public String profileType(String text) {
        return text.equals("SCEP") ? CertificateProfile.SCEP : CertificateProfile.PKCS_IMPORTED;
    }

    /** The intended purpose of a certificate profile. */
    @ParameterType("S/MIME signing|S/MIME encryption")
    public String profilePurpose(String text) {
        return text.equals("S/MIME signing") ? CertificateProfile.SMIME_SIGNING : CertificateProfile.SMIME_ENCRYPTION;
    }
}
