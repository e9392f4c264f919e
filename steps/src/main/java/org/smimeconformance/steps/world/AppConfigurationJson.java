package org.smimeconformance.steps.world;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import org.smimeconformance.contract.settings.ManagedConfiguration;

/**
 * Reads an app configuration policy written as JSON: one object whose members are the keys and
 * values an MDM delivers to Outlook, e.g. {@code {"com.microsoft.outlook.Mail.SMIMEEnabled": true}}.
 *
 * <p>Values keep the type they are written with, so that a wrong type reaches the implementation
 * as it would arrive from an MDM: {@code true} is a Boolean, {@code "true"} a String, {@code 1} an
 * Integer (a Long or a BigInteger when larger), {@code 1.0} a BigDecimal of that scale; arrays and objects become
 * Lists and Maps. A {@code null} value is refused: an MDM does not deliver a key without a value.
 * A key written twice is refused too. Stateless and thread-safe.
 */
public final class AppConfigurationJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private AppConfigurationJson() {
    }

    /** The policy in this JSON text. */
    public static ManagedConfiguration parse(String json) {
        return ManagedConfiguration.of(values(json));
    }

    /** The policy in this JSON file, read as UTF-8. */
    public static ManagedConfiguration read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the app configuration " + file, e);
        }
    }

    /** The keys and values of the JSON object, in the order written. */
    public static Map<String, Object> values(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the app configuration is not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("an app configuration is a JSON object of keys and values");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        root.fields().forEachRemaining(field -> values.put(field.getKey(), value(field.getKey(), field.getValue())));
        return values;
    }

    /** One JSON value as a Java value, e.g. {@code "yes"} as the String yes, {@code 1} as the Integer 1. */
    public static Object value(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new IllegalArgumentException("no JSON value: " + json);
            }
            return value("the value", node);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON value: " + json + " (" + e.getOriginalMessage() + ")", e);
        }
    }

    private static Object value(String key, JsonNode node) {
        JsonNodeType type = node.getNodeType();
        return switch (type) {
            case BOOLEAN -> node.booleanValue();
            case STRING -> node.textValue();
            case NUMBER -> node.isIntegralNumber()
                    ? (node.canConvertToInt() ? (Object) node.intValue()
                    : node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue())
                    : node.decimalValue();
            case ARRAY -> {
                List<Object> items = new ArrayList<>();
                node.elements().forEachRemaining(item -> items.add(value(key, item)));
                yield List.copyOf(items);
            }
            case OBJECT -> {
                Map<String, Object> members = new LinkedHashMap<>();
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                fields.forEachRemaining(field -> members.put(field.getKey(), value(key, field.getValue())));
                yield Map.copyOf(members);
            }
            case NULL -> throw new IllegalArgumentException(key + " is null: an app configuration has no keys without a value");
            default -> throw new IllegalArgumentException(key + " has a JSON value of an unexpected kind: " + type);
        };
    }
}
