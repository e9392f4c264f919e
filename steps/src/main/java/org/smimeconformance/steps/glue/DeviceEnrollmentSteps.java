package org.smimeconformance.steps.glue;

import io.cucumber.java.en.Given;
import org.smimeconformance.contract.device.EnrollmentProvider;
import org.smimeconformance.contract.device.EnrollmentType;
import org.smimeconformance.steps.world.DeviceModel;
import org.smimeconformance.steps.world.DeviceName;
import org.smimeconformance.steps.world.EndpointManager;
import org.smimeconformance.steps.world.UserDevices;

/** A user's devices and who manages them: Endpoint Manager, another MDM, or nobody (AUTO-1, AUTO-3, AUTO-8). */
public final class DeviceEnrollmentSteps {

    private final UserDevices devices;
    private final EndpointManager endpointManager;

    public DeviceEnrollmentSteps(UserDevices devices, EndpointManager endpointManager) {
        this.devices = devices;
        this.endpointManager = endpointManager;
    }

    @Given("{person} also uses Outlook on {device}")
    public void also(String person, DeviceModel model) {
        devices.also(person, model);
    }

    /** An iOS or iPadOS device enrolled in Endpoint Manager for its owner. */
    @Given("{namedDevice} is enrolled in Endpoint Manager")
    public void enrolled(DeviceName device) {
        enrolledForIos(device);
    }

    /** The same, said so where Android devices of the same scenario say how they are enrolled. */
    @Given("{namedDevice} is enrolled in Endpoint Manager as an iOS\\/iPadOS device")
    public void enrolledForIos(DeviceName device) {
        devices.enrollIosDeviceInEndpointManager(device);
    }

    @Given("{namedDevice} is enrolled in Endpoint Manager as {androidEnrollment}")
    public void enrolledAs(DeviceName device, EnrollmentType enrollment) {
        devices.enrollInEndpointManager(device, enrollment);
    }

    /** Managed by another MDM product, which Endpoint Manager knows nothing about. */
    @Given("{namedDevice} is enrolled in another MDM")
    public void otherMdm(DeviceName device) {
        devices.enrollInAnotherMdm(device);
    }

    @Given("{namedDevice} is not enrolled in any device management")
    public void notEnrolled(DeviceName device) {
        devices.enroll(device, EnrollmentProvider.NONE, EnrollmentType.UNENROLLED);
    }

    /** The device still believes it is enrolled, but Endpoint Manager has no enrollment for it (retired, removed). */
    @Given("Endpoint Manager no longer has the enrollment of {namedDevice}")
    public void enrollmentRemoved(DeviceName device) {
        endpointManager.unenroll(device);
    }
}
