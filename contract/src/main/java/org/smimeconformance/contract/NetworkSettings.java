package org.smimeconformance.contract;

import java.time.Duration;
import java.util.Objects;

/**
 * How the implementation may use the network.
 *
 * @param connectTimeout the longest wait for a connection to an endpoint
 * @param requestTimeout the longest wait for a whole answer, from sending the request to the last
 *                       byte
 * @param offline        when true nothing is fetched: a CRL or intermediate that was not handed
 *                       over is simply not available
 */
public record NetworkSettings(Duration connectTimeout, Duration requestTimeout, boolean offline) {

    public NetworkSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero()
                || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("network timeouts must be positive");
        }
    }

    /** Online, two seconds to connect and two seconds for an answer. */
    public static NetworkSettings defaults() {
        return new NetworkSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), false);
    }

    public NetworkSettings withOffline(boolean value) {
        return new NetworkSettings(connectTimeout, requestTimeout, value);
    }

    public NetworkSettings withTimeouts(Duration connect, Duration request) {
        return new NetworkSettings(connect, request, offline);
    }
}
