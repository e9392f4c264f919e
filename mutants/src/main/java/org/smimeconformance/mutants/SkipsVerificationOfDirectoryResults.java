package org.smimeconformance.mutants;

import java.util.List;
import java.util.Set;

import org.smimeconformance.contract.capability.Capability;
import org.smimeconformance.contract.Implementation;
import org.smimeconformance.contract.MailClient;
import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.World;
import org.smimeconformance.contract.device.DeviceProfile;
import org.smimeconformance.contract.device.OutlookApp;
import org.smimeconformance.contract.identity.AddressMatching;
import org.smimeconformance.contract.trust.CertificateUse;
import org.smimeconformance.contract.trust.TrustVerdict;
import org.smimeconformance.contract.trust.TrustVerification;
import org.smimeconformance.engine.ReferenceImplementation;

/**
 * Trusts every certificate a directory lookup returns without verifying it, as if the directory
 * had done so already. Breaks TRUST-3 ("trust verification is performed on all digital certificates").
 */
public final class SkipsVerificationOfDirectoryResults implements Implementation, Mutant {

    private final Implementation reference = new ReferenceImplementation();

    @Override
    public String name() {
        return "mutant-skips-verification-of-directory-results";
    }

    @Override
    public String description() {
        return "Trusts directory lookup results without verifying them.";
    }

    @Override
    public String breaks() {
        return "TRUST-3";
    }

    @Override
    public Set<Capability> capabilities() {
        return reference.capabilities();
    }

    @Override
    public MailClient open(World world) {
        MailClient client = reference.open(world);
        TrustVerification skipping = check -> check.use() == CertificateUse.DIRECTORY_RESULT
                ? new TrustVerdict(Outcome.of(OutcomeCode.TRUSTED, "the directory vouches for it"), List.of())
                : client.trust().verify(check);
        return new MailClient() {
            @Override
            public TrustVerification trust() {
                return skipping;
            }

            @Override
            public AddressMatching addressMatching() {
                return client.addressMatching();
            }

            @Override
            public OutlookApp device(DeviceProfile profile) {
                return client.device(profile);
            }

            @Override
            public void close() {
                client.close();
            }
        };
    }
}
