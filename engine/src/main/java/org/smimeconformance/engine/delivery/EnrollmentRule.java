package org.smimeconformance.engine.delivery;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.device.DeviceProfile;
import org.smimeconformance.contract.device.EnrollmentProvider;
import org.smimeconformance.contract.device.EnrollmentType;
import org.smimeconformance.contract.device.Platform;

/**
 * Whether automated delivery can happen on a device at all, judged on the device before Endpoint
 * Manager is asked anything (AUTO-1, AUTO-3, AUTO-8's "devices must be enrolled"). A replaceable
 * part of the reference engine; implementations must be stateless and thread-safe.
 */
@FunctionalInterface
public interface EnrollmentRule {

    /** The Android enrollments that support automated delivery (AUTO-3). */
    Set<EnrollmentType> ANDROID_SUPPORTED = EnumSet.of(EnrollmentType.ANDROID_DEVICE_ADMINISTRATOR,
            EnrollmentType.ANDROID_ENTERPRISE_WORK_PROFILE, EnrollmentType.ANDROID_ENTERPRISE_FULLY_MANAGED);

    /** Why automated delivery cannot happen on the device, or empty when it can. */
    Optional<Outcome> refusal(DeviceProfile profile);

    /**
     * The article's: a device that is not enrolled at all is {@code DEVICE_NOT_ENROLLED}; one managed
     * by another MDM is {@code NOT_MANAGED_BY_ENDPOINT_MANAGER} ("only supports automated certificate
     * delivery when Microsoft Endpoint Manager is the enrollment provider"); on Android only device
     * administrator, Android Enterprise work profile and fully managed are supported, any other
     * enrollment is {@code ENROLLMENT_NOT_SUPPORTED}; on iOS the enrollment is the iOS device
     * enrollment.
     */
    static EnrollmentRule reference() {
        return profile -> {
            if (profile.provider() == EnrollmentProvider.NONE || profile.enrollment() == EnrollmentType.UNENROLLED) {
                return Optional.of(Outcome.of(OutcomeCode.DEVICE_NOT_ENROLLED, profile.deviceId() + " is not enrolled "
                        + "in device management; devices must be enrolled to receive certificates automatically from "
                        + "Endpoint Manager (manual delivery still works)"));
            }
            if (profile.provider() != EnrollmentProvider.ENDPOINT_MANAGER) {
                return Optional.of(Outcome.of(OutcomeCode.NOT_MANAGED_BY_ENDPOINT_MANAGER, profile.deviceId()
                        + " is managed by " + profile.provider() + "; automated certificate delivery needs Microsoft "
                        + "Endpoint Manager as the enrollment provider (manual delivery still works)"));
            }
            boolean supported = profile.platform() == Platform.ANDROID
                    ? ANDROID_SUPPORTED.contains(profile.enrollment())
                    : profile.enrollment() == EnrollmentType.IOS_DEVICE_ENROLLMENT;
            if (!supported) {
                return Optional.of(Outcome.of(OutcomeCode.ENROLLMENT_NOT_SUPPORTED, profile.deviceId() + " is enrolled "
                        + "as " + profile.enrollment() + ", which does not support automated certificate delivery on "
                        + profile.platform() + (profile.platform() == Platform.ANDROID ? " (supported: device "
                        + "administrator, Android Enterprise work profile, Android Enterprise fully managed)" : "")));
            }
            return Optional.empty();
        };
    }
}
