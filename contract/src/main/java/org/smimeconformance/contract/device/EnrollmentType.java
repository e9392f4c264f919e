package org.smimeconformance.contract.device;

/** How a device is enrolled. On Android only three of these allow automated delivery (AUTO-3). */
public enum EnrollmentType {
    /** An iOS or iPadOS device enrolled in device management. */
    IOS_DEVICE_ENROLLMENT,
    /** Android device administrator. */
    ANDROID_DEVICE_ADMINISTRATOR,
    /** Android Enterprise work profile. */
    ANDROID_ENTERPRISE_WORK_PROFILE,
    /** Android Enterprise fully managed. */
    ANDROID_ENTERPRISE_FULLY_MANAGED,
    /** Android Enterprise dedicated device. */
    ANDROID_ENTERPRISE_DEDICATED,
    /** Not enrolled at all. */
    UNENROLLED
}
