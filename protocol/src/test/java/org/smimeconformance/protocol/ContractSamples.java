package org.smimeconformance.protocol;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.smimeconformance.contract.Endpoints;
import org.smimeconformance.contract.Limits;
import org.smimeconformance.contract.NetworkSettings;
import org.smimeconformance.contract.World;
import org.smimeconformance.contract.device.DeviceProfile;
import org.smimeconformance.contract.device.EnrollmentProvider;
import org.smimeconformance.contract.device.EnrollmentType;
import org.smimeconformance.contract.device.Platform;

/**
 * A value of every type the protocol carries, made from the type itself: a record from a value of
 * each of its components, an enum its last constant, a list or set of one value, an
 * {@code Optional} present (or, with {@code empty}, absent).
 */
final class ContractSamples {

    static final Instant AT = Instant.parse("2026-06-01T09:00:00Z");

    /** A world of a scenario: the clock at {@link #AT}, no roots, the default network, no endpoints. */
    static final World WORLD = new World(Clock.fixed(AT, ZoneOffset.UTC), List.of(), NetworkSettings.defaults(),
            Endpoints.none(), Limits.defaults());

    /** An unenrolled iPhone. */
    static final DeviceProfile IPHONE = new DeviceProfile("Alice's iPhone", Platform.IOS, EnrollmentProvider.NONE,
            EnrollmentType.UNENROLLED);

    private ContractSamples() {
    }

    static Object of(Type type, boolean empty) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type item = parameterized.getActualTypeArguments()[0];
            if (raw == Optional.class) {
                return empty ? Optional.empty() : Optional.of(of(item, false));
            }
            if (raw == List.class) {
                return List.of(of(item, empty));
            }
            if (raw == Set.class) {
                return Set.of(of(item, empty));
            }
            if (raw == Map.class) {
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("com.microsoft.outlook.Mail.SMIMEEnabled", true);
                values.put("com.microsoft.outlook.Mail.SMIMEEnabled.UserChangeAllowed", "false");
                values.put("a number", 7);
                values.put("a large number", 7_000_000_000L);
                values.put("a decimal", new BigDecimal("1.50"));
                values.put("a list", List.of("a", 1));
                return values;
            }
            throw new IllegalArgumentException("no sample of " + type);
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return "alice@contoso.com";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return true;
        }
        if (raw == int.class || raw == Integer.class) {
            return 3;
        }
        if (raw == long.class || raw == Long.class) {
            return 3L;
        }
        if (raw == byte[].class) {
            return new byte[] {0x30, (byte) 0x82, 0x01, (byte) 0xff, 0x00};
        }
        if (raw == char[].class) {
            return "C0ntoso-S/MIME-2026!".toCharArray();
        }
        if (raw == Instant.class) {
            return AT;
        }
        if (raw == Duration.class) {
            return Duration.ofMillis(1500);
        }
        if (raw == URI.class) {
            return empty ? null : URI.create("http://127.0.0.1:8080/gal/s1");
        }
        if (raw == Clock.class) {
            return Clock.fixed(AT, ZoneOffset.UTC);
        }
        if (raw == Object.class) {
            return "a value";
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return constants[constants.length - 1];
        }
        if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values.add(of(components[i].getGenericType(), empty));
            }
            try {
                Constructor<?> canonical = raw.getDeclaredConstructor(types);
                return canonical.newInstance(values.toArray());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot make a " + raw.getSimpleName() + ": " + e.getCause(), e);
            }
        }
        throw new IllegalArgumentException("no sample of " + type);
    }
}
