package org.smimeconformance.contract.device;

/** Who manages the device. Automated delivery needs Microsoft Endpoint Manager (AUTO-1). */
public enum EnrollmentProvider {
    /** Microsoft Endpoint Manager (Intune). */
    ENDPOINT_MANAGER,
    /** Any other mobile device management product. */
    OTHER_MDM,
    /** The device is not enrolled. */
    NONE
}
