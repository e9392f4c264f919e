package org.smimeconformance.steps.world;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smimeconformance.contract.settings.ManagedConfiguration;

/**
 * One key of an app configuration policy and its value, as a feature writes it: the value in JSON,
 * read with its type ({@link AppConfigurationJson#value}).
 */
public record PolicyValue(String key, Object value) {

    /** A key and a value written as JSON. */
    public static PolicyValue written(String key, String json) {
        return new PolicyValue(key, AppConfigurationJson.value(json));
    }

    /** The policy of these keys and values, in order; a key written twice is a mistake in the scenario. */
    public static ManagedConfiguration configuration(List<PolicyValue> values) {
        Map<String, Object> byKey = new LinkedHashMap<>();
        for (PolicyValue value : values) {
            if (byKey.put(value.key(), value.value()) != null) {
                throw new IllegalArgumentException("the key " + value.key() + " is written twice");
            }
        }
        return ManagedConfiguration.of(byKey);
    }
}
