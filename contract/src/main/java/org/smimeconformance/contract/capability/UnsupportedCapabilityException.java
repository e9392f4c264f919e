package org.smimeconformance.contract.capability;

/**
 * Thrown by an implementation asked for something it declared it does not support. The harness
 * reports the scenario as not applicable, never as passed or failed.
 */
public class UnsupportedCapabilityException extends RuntimeException {

    private final Capability capability;

    public UnsupportedCapabilityException(Capability capability) {
        super("not supported by this implementation: " + capability);
        this.capability = capability;
    }

    public Capability capability() {
        return capability;
    }
}
