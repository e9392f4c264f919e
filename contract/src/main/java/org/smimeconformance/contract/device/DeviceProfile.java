package org.smimeconformance.contract.device;

import java.util.Objects;

/**
 * One device of the user's, as the scenario states it.
 *
 * @param deviceId   the scenario's name for the device, unique in the scenario
 * @param platform   iOS/iPadOS or Android
 * @param provider   who manages it
 * @param enrollment how it is enrolled
 */
public record DeviceProfile(String deviceId, Platform platform, EnrollmentProvider provider, EnrollmentType enrollment) {

    public DeviceProfile {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(enrollment, "enrollment");
    }
}
