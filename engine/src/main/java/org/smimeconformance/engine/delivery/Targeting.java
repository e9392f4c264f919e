package org.smimeconformance.engine.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.smimeconformance.contract.device.Platform;

/**
 * Which of the tenant's app configuration policies and certificate profiles concern this device
 * (POL-8, POL-9). Endpoint Manager hands Company Portal every one with its targeting; what counts is:
 * <ul>
 *   <li>a policy whose targeted app is not Microsoft Outlook is not Outlook's and is passed over;</li>
 *   <li>a policy or profile assigned to no group the user is a member of does nothing: it is
 *       passed over, whatever it says;</li>
 *   <li>one assigned to the user but made for the other platform ("iOS/iPadOS" for iOS and iPadOS,
 *       "Android Enterprise" for Android) is refused.</li>
 * </ul>
 * Group and app names are compared ignoring case and surrounding spaces. Stateless.
 */
final class Targeting {

    static final String IOS = "iOS/iPadOS";
    static final String ANDROID_ENTERPRISE = "Android Enterprise";
    static final String MICROSOFT_OUTLOOK = "Microsoft Outlook";

    /**
     * @param mine          for this device's platform, assigned to the user
     * @param wrongPlatform the names of those assigned to the user but made for another platform
     */
    record Targeted(List<JsonNode> mine, List<String> wrongPlatform) {

        boolean nothingAssigned() {
            return mine.isEmpty() && wrongPlatform.isEmpty();
        }
    }

    private Targeting() {
    }

    /** The Outlook policies for this user on this platform. */
    static Targeted policies(JsonNode value, Set<String> groups, Platform platform) {
        List<JsonNode> outlooks = new ArrayList<>();
        for (JsonNode policy : value) {
            if (name(policy.path("targetedApp").asText("")).equals(name(MICROSOFT_OUTLOOK))) {
                outlooks.add(policy);
            }
        }
        return assigned(outlooks, groups, platform);
    }

    /** The certificate profiles for this user on this platform. */
    static Targeted profiles(JsonNode value, Set<String> groups, Platform platform) {
        List<JsonNode> all = new ArrayList<>();
        value.forEach(all::add);
        return assigned(all, groups, platform);
    }

    /** The user's groups from a {@code memberOf} answer, as compared. */
    static Set<String> groups(JsonNode value) {
        List<String> names = new ArrayList<>();
        value.forEach(group -> names.add(name(group.path("displayName").asText(""))));
        return names.stream().filter(n -> !n.isEmpty()).collect(Collectors.toSet());
    }

    /**
     * A policy's configuration keys and values as delivered: a JSON Boolean as a Boolean, a string as
     * a String, an integral number as an Integer or Long, another number as a BigDecimal, so that a
     * wrong type reaches the policy reader as it arrived.
     */
    static Map<String, Object> settings(JsonNode policy) {
        Map<String, Object> values = new LinkedHashMap<>();
        policy.path("settings").fields().forEachRemaining(field -> values.put(field.getKey(), value(field.getValue())));
        return values;
    }

    private static Object value(JsonNode node) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToInt() ? (Object) node.intValue() : (Object) node.longValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        return node.toString();
    }

    private static Targeted assigned(List<JsonNode> candidates, Set<String> groups, Platform platform) {
        List<JsonNode> mine = new ArrayList<>();
        List<String> wrongPlatform = new ArrayList<>();
        String expected = name(platform == Platform.IOS ? IOS : ANDROID_ENTERPRISE);
        for (JsonNode candidate : candidates) {
            boolean assigned = false;
            for (JsonNode group : candidate.path("assignments")) {
                assigned |= groups.contains(name(group.asText("")));
            }
            if (!assigned) {
                continue;
            }
            if (name(candidate.path("platform").asText("")).equals(expected)) {
                mine.add(candidate);
            } else {
                wrongPlatform.add(candidate.path("displayName").asText("?") + " (" + candidate.path("platform").asText("?") + ")");
            }
        }
        return new Targeted(mine, wrongPlatform);
    }

    private static String name(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
