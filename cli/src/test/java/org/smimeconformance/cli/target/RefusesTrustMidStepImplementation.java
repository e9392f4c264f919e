package org.smimeconformance.cli.target;

import java.util.Set;

import org.smimeconformance.contract.capability.Capability;
import org.smimeconformance.contract.Implementation;
import org.smimeconformance.contract.MailClient;
import org.smimeconformance.contract.capability.UnsupportedCapabilityException;
import org.smimeconformance.contract.World;
import org.smimeconformance.contract.device.DeviceProfile;
import org.smimeconformance.contract.device.OutlookApp;
import org.smimeconformance.contract.identity.AddressMatching;
import org.smimeconformance.contract.trust.TrustVerification;
import org.smimeconformance.steps.target.Targets;

/**
 * The reference engine, except that trust verification is refused as unsupported only when it is
 * asked for, in the middle of a step. This one does not declare {@link Capability#TRUST}.
 */
public class RefusesTrustMidStepImplementation implements Implementation {

    @Override
    public String name() {
        return "test-refuses-trust-mid-step";
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.ADDRESS_MATCHING);
    }

    @Override
    public MailClient open(World world) {
        MailClient reference = Targets.byName(Targets.DEFAULT).open(world);
        return new MailClient() {
            @Override
            public TrustVerification trust() {
                throw new UnsupportedCapabilityException(Capability.TRUST);
            }

            @Override
            public AddressMatching addressMatching() {
                return reference.addressMatching();
            }

            @Override
            public OutlookApp device(DeviceProfile profile) {
                return reference.device(profile);
            }

            @Override
            public void close() {
                reference.close();
            }
        };
    }

    /** The same, but declaring {@link Capability#TRUST} it then refuses: a misdeclaration. */
    public static final class Declaring extends RefusesTrustMidStepImplementation {

        @Override
        public Set<Capability> capabilities() {
            return Set.of(Capability.ADDRESS_MATCHING, Capability.TRUST);
        }
    }
}
