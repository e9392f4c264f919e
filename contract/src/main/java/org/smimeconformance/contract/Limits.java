package org.smimeconformance.contract;

/**
 * Bounds on work that hostile or broken input could otherwise make endless.
 *
 * @param maxChainLength        the most certificates in a chain, leaf and root included
 * @param maxAiaFetches         the most intermediate certificates fetched through AIA for one
 *                              validation
 * @param maxGroupNestingDepth  how deep nested distribution groups are expanded
 * @param maxResponseBytes      the most bytes read from one answer of an endpoint
 * @param maxRedirects          the most HTTP redirects followed for one fetch (0: none)
 * @param maxGroupMembers       the most members read from the distribution groups of one message,
 *                              all groups and nesting levels together
 */
public record Limits(int maxChainLength, int maxAiaFetches, int maxGroupNestingDepth, int maxResponseBytes,
                     int maxRedirects, int maxGroupMembers) {

    /** Redirects followed by default. */
    public static final int DEFAULT_MAX_REDIRECTS = 5;

    /** Group members read for one message by default. */
    public static final int DEFAULT_MAX_GROUP_MEMBERS = 10_000;

    public Limits {
        if (maxChainLength < 1 || maxAiaFetches < 0 || maxGroupNestingDepth < 0 || maxResponseBytes < 1
                || maxRedirects < 0 || maxGroupMembers < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * Chains of at most 8 certificates, 5 AIA fetches, groups nested 10 deep, 1 MiB per answer, 5
     * redirects per fetch, 10,000 group members per message.
     */
    public static Limits defaults() {
        return new Limits(8, 5, 10, 1 << 20, DEFAULT_MAX_REDIRECTS, DEFAULT_MAX_GROUP_MEMBERS);
    }

    /** These limits with another bound on how deep nested groups are expanded. */
    public Limits withMaxGroupNestingDepth(int value) {
        return new Limits(maxChainLength, maxAiaFetches, value, maxResponseBytes, maxRedirects, maxGroupMembers);
    }
}
