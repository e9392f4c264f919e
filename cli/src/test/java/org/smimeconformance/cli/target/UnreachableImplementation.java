package org.smimeconformance.cli.target;

import java.util.EnumSet;
import java.util.Set;

import org.smimeconformance.contract.capability.Capability;
import org.smimeconformance.contract.Implementation;
import org.smimeconformance.contract.MailClient;
import org.smimeconformance.contract.World;
import org.smimeconformance.steps.target.Targets;

/** An adapter that cannot reach the implementation it stands for: misconfigured, not non-conforming. */
public final class UnreachableImplementation implements Implementation {

    @Override
    public String name() {
        return "test-unreachable";
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.allOf(Capability.class);
    }

    @Override
    public MailClient open(World world) {
        throw new IllegalStateException("cannot reach the device farm at 192.0.2.1");
    }
}
