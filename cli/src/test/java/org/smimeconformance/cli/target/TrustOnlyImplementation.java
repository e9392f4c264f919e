package org.smimeconformance.cli.target;

import java.util.Set;

import org.smimeconformance.contract.capability.Capability;
import org.smimeconformance.contract.Implementation;
import org.smimeconformance.contract.MailClient;
import org.smimeconformance.contract.World;
import org.smimeconformance.steps.target.Targets;

/** The reference engine declaring trust verification only: every other scenario is not applicable to it. */
public final class TrustOnlyImplementation implements Implementation {

    @Override
    public String name() {
        return "test-trust-only";
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.TRUST);
    }

    @Override
    public MailClient open(World world) {
        return Targets.byName(Targets.DEFAULT).open(world);
    }
}
