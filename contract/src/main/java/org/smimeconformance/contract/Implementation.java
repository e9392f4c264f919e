package org.smimeconformance.contract;

import java.util.Set;

import org.smimeconformance.contract.capability.Capability;

/**
 * An S/MIME implementation under test, as the scenarios see it.
 *
 * <p>Implementations are discovered with {@link java.util.ServiceLoader} and chosen by
 * {@link #name()}; the reference engine's name is {@code reference}. One instance serves a whole
 * run and must be safe to use from several threads; {@link #open(World)} is called once per
 * scenario and the returned client belongs to that scenario alone.
 */
public interface Implementation {

    /** The name a run selects this implementation by, e.g. {@code reference}. Stable, lower case. */
    String name();

    /** One line for people: what this implementation is. */
    default String description() {
        return name();
    }

    /**
     * The parts of the article this implementation supports. Scenarios that need a capability that
     * is missing are reported as not applicable, never as passed.
     */
    Set<Capability> capabilities();

    /**
     * A fresh client living in the given world: its trusted roots, its clock, its timeouts, the
     * addresses of the endpoints around it. Nothing is shared with clients opened earlier.
     */
    MailClient open(World world);
}
