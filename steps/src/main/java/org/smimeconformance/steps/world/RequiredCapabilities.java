package org.smimeconformance.steps.world;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.smimeconformance.contract.capability.Capability;

/**
 * Which capability of the implementation a scenario needs, read from its tags: the feature tags
 * name the part of the article ({@code @trust}, {@code @compose}, ...), {@code @ios} and
 * {@code @android} the platform.
 */
public final class RequiredCapabilities {

    private static final Map<String, Capability> BY_TAG = Map.ofEntries(
            Map.entry("@trust", Capability.TRUST),
            Map.entry("@identity", Capability.ADDRESS_MATCHING),
            Map.entry("@settings", Capability.CLIENT_SETTINGS),
            Map.entry("@policy", Capability.MANAGED_CONFIGURATION),
            Map.entry("@compose", Capability.SEND),
            Map.entry("@recipients", Capability.SEND),
            Map.entry("@read", Capability.VIEW),
            Map.entry("@lookup", Capability.LDAP_LOOKUP),
            Map.entry("@manual", Capability.MANUAL_DELIVERY),
            Map.entry("@automated", Capability.AUTOMATED_DELIVERY),
            Map.entry("@ios", Capability.PLATFORM_IOS),
            Map.entry("@android", Capability.PLATFORM_ANDROID));

    private RequiredCapabilities() {
    }

    /** The capabilities the tags call for. */
    public static Set<Capability> of(Iterable<String> tags) {
        Set<Capability> needed = EnumSet.noneOf(Capability.class);
        for (String tag : tags) {
            Capability capability = BY_TAG.get(tag);
            if (capability != null) {
                needed.add(capability);
            }
        }
        return needed;
    }

    /** The capabilities the tags call for that the implementation does not declare, in the contract's order. */
    public static Set<Capability> missing(Iterable<String> tags, Set<Capability> declared) {
        Set<Capability> missing = of(tags);
        missing.removeAll(declared);
        return missing;
    }
}
