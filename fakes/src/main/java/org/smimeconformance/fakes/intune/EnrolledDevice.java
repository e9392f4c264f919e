package org.smimeconformance.fakes.intune;

import java.util.Objects;

/**
 * A device enrolled in Endpoint Manager, as its enrollment record has it. Immutable.
 *
 * @param deviceId          the device's id, as the device names itself when it checks in
 * @param userPrincipalName the user who enrolled it, e.g. {@code alice@contoso.com}
 * @param operatingSystem   {@link #IOS} or {@link #ANDROID}
 * @param enrollmentType    how it is enrolled, e.g. {@link #IOS_DEVICE_ENROLLMENT} or
 *                          {@link #ANDROID_ENTERPRISE_WORK_PROFILE}; served as given
 */
public record EnrolledDevice(String deviceId, String userPrincipalName, String operatingSystem, String enrollmentType) {

    public static final String IOS = "iOS";
    public static final String ANDROID = "Android";

    public static final String IOS_DEVICE_ENROLLMENT = "iosDeviceEnrollment";
    public static final String ANDROID_DEVICE_ADMINISTRATOR = "androidDeviceAdministrator";
    public static final String ANDROID_ENTERPRISE_WORK_PROFILE = "androidEnterpriseWorkProfile";
    public static final String ANDROID_ENTERPRISE_FULLY_MANAGED = "androidEnterpriseFullyManaged";
    public static final String ANDROID_ENTERPRISE_DEDICATED = "androidEnterpriseDedicatedDevice";

    public EnrolledDevice {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(userPrincipalName, "userPrincipalName");
        Objects.requireNonNull(operatingSystem, "operatingSystem");
        Objects.requireNonNull(enrollmentType, "enrollmentType");
    }
}
