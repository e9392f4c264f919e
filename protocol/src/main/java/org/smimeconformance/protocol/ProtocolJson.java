package org.smimeconformance.protocol;

import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON mapping of the contract's values, shared by the server, the client and the OpenAPI
 * document:
 *
 * <ul>
 *   <li>a record is an object of its components, by name, and nothing else (no {@code isSuccess()}
 *       or other derived property);</li>
 *   <li>{@code byte[]} is a base64 string (RFC 4648, with padding); {@code char[]} a string;</li>
 *   <li>{@code Optional} is the value or {@code null};</li>
 *   <li>{@code Instant} and {@code Duration} are ISO-8601 strings ({@code 2026-06-01T09:00:00Z},
 *       {@code PT1S});</li>
 *   <li>an enum is its constant's name;</li>
 *   <li>the world's {@link Clock} is {@code {"instant": "...", "zone": "UTC"}}: the clock stands
 *       still at that instant, as every scenario's does;</li>
 *   <li>numbers of the managed configuration keep their type: an integer that fits an int stays
 *       one, a decimal is a {@code BigDecimal} of the scale written.</li>
 * </ul>
 *
 * <p>{@link #strict()} is the server's reading: unknown properties, duplicate keys, trailing tokens,
 * absent record components, nulls for primitives and scalars of the wrong type are refused.
 * {@link #lenient()} is the client's: it ignores properties a newer server may add. Both mappers are
 * thread-safe and shared.
 */
public final class ProtocolJson {

    /** The most characters of one JSON string; a whole request is bounded by the server anyway. */
    private static final int MAX_STRING_LENGTH = 32 << 20;

    /** How deep JSON may nest; the contract's values nest a handful of levels. */
    private static final int MAX_NESTING_DEPTH = 64;

    private static final ObjectMapper STRICT = build(true);
    private static final ObjectMapper LENIENT = build(false);

    private ProtocolJson() {
    }

    /** The server's mapper: refuses anything the protocol does not define. */
    public static ObjectMapper strict() {
        return STRICT;
    }

    /** The client's mapper: ignores properties it does not know. */
    public static ObjectMapper lenient() {
        return LENIENT;
    }

    private static ObjectMapper build(boolean strict) {
        JsonMapper.Builder builder = JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("smime-conformance-protocol")
                        .addSerializer(Clock.class, new ClockSerializer())
                        .addDeserializer(Clock.class, new ClockDeserializer()))
                // records are their components (their fields), not their other methods (Outcome.isSuccess())
                .visibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, strict)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, strict)
                .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, strict)
                .configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, !strict);
        ObjectMapper mapper = builder.build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .build());
        if (strict) {
            // A string is a string: no number or boolean stands in for one (the other scalars
            // already refuse strings through ALLOW_COERCION_OF_SCALARS).
            mapper.coercionConfigFor(LogicalType.Textual)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        return mapper;
    }

    /** The world's clock, which stands still: its instant and its zone. */
    private static final class ClockSerializer extends JsonSerializer<Clock> {
        @Override
        public void serialize(Clock clock, JsonGenerator out, SerializerProvider serializers) throws IOException {
            out.writeStartObject();
            out.writeStringField("instant", clock.instant().toString());
            out.writeStringField("zone", clock.getZone().getId());
            out.writeEndObject();
        }
    }

    /** {@code {"instant": "2026-06-01T09:00:00Z", "zone": "UTC"}}, both required, nothing else. */
    private static final class ClockDeserializer extends JsonDeserializer<Clock> {
        @Override
        public Clock deserialize(JsonParser in, DeserializationContext context) throws IOException {
            if (in.currentToken() != JsonToken.START_OBJECT) {
                return (Clock) context.handleUnexpectedToken(Clock.class, in);
            }
            String instant = null;
            String zone = null;
            for (JsonToken token = in.nextToken(); token == JsonToken.FIELD_NAME; token = in.nextToken()) {
                String field = in.currentName();
                JsonToken value = in.nextToken();
                if (value != JsonToken.VALUE_STRING) {
                    return (Clock) context.reportInputMismatch(Clock.class, "clock.%s must be a string", field);
                }
                switch (field) {
                    case "instant" -> instant = in.getText();
                    case "zone" -> zone = in.getText();
                    default -> {
                        return (Clock) context.reportInputMismatch(Clock.class,
                                "unknown property clock.%s: a clock is {\"instant\": ..., \"zone\": ...}", field);
                    }
                }
            }
            if (instant == null || zone == null) {
                return (Clock) context.reportInputMismatch(Clock.class,
                        "a clock needs both \"instant\" (ISO-8601) and \"zone\" (e.g. UTC)");
            }
            try {
                return Clock.fixed(Instant.parse(instant), ZoneId.of(zone));
            } catch (DateTimeException e) {
                return (Clock) context.reportInputMismatch(Clock.class, "not a clock: %s", e.getMessage());
            }
        }
    }
}
