package org.smimeconformance.contract;

/**
 * Bounds on work that hostile or broken input could otherwise make endless.
 *
 * @param maxChainLength        the most certificates in a chain, leaf and root included
 * @param maxAiaFetches         the most intermediate certificates fetched through AIA for one
 *                              validation
 * @param maxGroupNestingDepth  how deep nested distribution groups are expanded
 * @param maxResponseBytes      the most bytes read from one answer of an endpoint
 */
public record Limits(int maxChainLength, int maxAiaFetches, int maxGroupNestingDepth, int maxResponseBytes) {

    public Limits {
        if (maxChainLength < 1 || maxAiaFetches < 0 || maxGroupNestingDepth < 0 || maxResponseBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** Chains of at most 8 certificates, 5 AIA fetches, groups nested 10 deep, 1 MiB per answer. */
    public static Limits defaults() {
        return new Limits(8, 5, 10, 1 << 20);
    }
}
