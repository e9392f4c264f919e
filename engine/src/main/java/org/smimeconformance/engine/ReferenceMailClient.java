package org.smimeconformance.engine;

import java.util.Objects;

import org.smimeconformance.contract.Capability;
import org.smimeconformance.contract.MailClient;
import org.smimeconformance.contract.UnsupportedCapabilityException;
import org.smimeconformance.contract.device.DeviceProfile;
import org.smimeconformance.contract.device.OutlookApp;
import org.smimeconformance.contract.device.Platform;
import org.smimeconformance.contract.trust.TrustVerification;

/**
 * The reference engine placed in one world, for one scenario. Trust verification only, so far:
 * asking for a device is unsupported. Holds nothing of its own to release; the HTTP clients it
 * uses belong to the {@link ReferenceImplementation} and outlive it.
 */
public final class ReferenceMailClient implements MailClient {

    private final TrustVerification trust;

    public ReferenceMailClient(TrustVerification trust) {
        this.trust = Objects.requireNonNull(trust, "trust");
    }

    @Override
    public TrustVerification trust() {
        return trust;
    }

    /** @throws UnsupportedCapabilityException always, naming the device's platform */
    @Override
    public OutlookApp device(DeviceProfile profile) {
        throw new UnsupportedCapabilityException(
                profile.platform() == Platform.IOS ? Capability.PLATFORM_IOS : Capability.PLATFORM_ANDROID);
    }

    /** Nothing to release: the shared HTTP clients are not this client's to close. */
    @Override
    public void close() {
        // nothing held
    }
}
