package org.smimeconformance.mutants;

import org.smimeconformance.contract.device.DeviceProfile;
import org.smimeconformance.contract.device.EnrollmentProvider;
import org.smimeconformance.engine.ReferenceImplementation;
import org.smimeconformance.engine.delivery.EnrollmentRule;

/**
 * Retrieves certificates automatically on a device managed by another MDM, as if Endpoint Manager
 * managed it. Breaks AUTO-1 (automated delivery only when Endpoint Manager is the enrollment provider).
 */
public final class DeliversUnderAnyMdm extends ReferenceImplementation implements Mutant {

    public DeliversUnderAnyMdm() {
        super("mutant-delivers-under-any-mdm", "Delivers certificates automatically to a device managed by another "
                + "MDM, as if Endpoint Manager were its enrollment provider.",
                parts -> parts.withDelivery(delivery -> delivery.withEnrollment(profile ->
                        EnrollmentRule.reference().refusal(profile.provider() == EnrollmentProvider.OTHER_MDM
                                ? new DeviceProfile(profile.deviceId(), profile.platform(),
                                        EnrollmentProvider.ENDPOINT_MANAGER, profile.enrollment())
                                : profile))));
    }

    @Override
    public String breaks() {
        return "AUTO-1";
    }
}
