package org.smimeconformance.protocol;

import java.util.List;
import java.util.Objects;

import org.smimeconformance.contract.capability.Capability;
import org.smimeconformance.contract.Implementation;

/**
 * The answer to {@code GET /v1/implementation}: what the server serves.
 *
 * @param name         the implementation's name, e.g. {@code reference}
 * @param description  one line for people
 * @param capabilities the parts of the article it supports, in the order of {@link Capability}
 */
public record ImplementationInfo(String name, String description, List<Capability> capabilities) {

    public ImplementationInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        capabilities = List.copyOf(capabilities);
    }

    static ImplementationInfo of(Implementation implementation) {
        return new ImplementationInfo(implementation.name(), implementation.description(),
                implementation.capabilities().stream().sorted().toList());
    }
}
