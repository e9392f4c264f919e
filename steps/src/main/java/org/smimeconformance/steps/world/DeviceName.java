package org.smimeconformance.steps.world;

import java.util.Objects;

/**
 * A device of the scenario by the name the features give it: its owner and its model, written
 * {@code Alice's iPhone}. That name is also the device's id in the contract and in Endpoint Manager.
 *
 * @param owner the first name of the person whose device it is
 * @param model the kind of device
 */
public record DeviceName(String owner, DeviceModel model) {

    public DeviceName {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(model, "model");
    }

    /** The device's id, e.g. {@code Alice's iPhone}. */
    public String id() {
        return owner + "'s " + model.modelName();
    }

    @Override
    public String toString() {
        return id();
    }
}
