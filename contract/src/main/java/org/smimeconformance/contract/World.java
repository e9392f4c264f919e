package org.smimeconformance.contract;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Everything an implementation may know about the world around it, handed over when a scenario
 * opens a client. Nothing else may be read: not the wall clock, not a system trust store.
 *
 * @param clock        the only source of time; scenarios fix it at a stated instant
 * @param trustedRoots the virtual certificate collection: the root certificates that are trusted,
 *                     each DER or PEM encoded
 * @param network      timeouts and whether the network may be used at all
 * @param endpoints    the addresses of the directory and Intune endpoints; CRL and AIA addresses
 *                     come from the certificates themselves
 * @param limits       bounds on work that could otherwise grow without end
 */
public record World(
        Clock clock,
        List<byte[]> trustedRoots,
        NetworkSettings network,
        Endpoints endpoints,
        Limits limits) {

    public World {
        Objects.requireNonNull(clock, "clock");
        trustedRoots = List.copyOf(trustedRoots);
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(endpoints, "endpoints");
        Objects.requireNonNull(limits, "limits");
    }
}
