package org.smimeconformance.protocol;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.smimeconformance.contract.capability.Capability;
import org.smimeconformance.contract.Implementation;
import org.smimeconformance.contract.MailClient;
import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.capability.UnsupportedCapabilityException;
import org.smimeconformance.contract.World;
import org.smimeconformance.contract.device.CertificateStores;
import org.smimeconformance.contract.device.DeviceProfile;
import org.smimeconformance.contract.device.OutlookApp;
import org.smimeconformance.contract.trust.TrustVerdict;
import org.smimeconformance.contract.trust.TrustVerification;

/**
 * An implementation whose answers are scripted, to see each kind of failure cross the protocol:
 * trust verification of the "certificate" {@code unsupported} lacks LDAP, {@code invalid} refuses
 * its argument, {@code broken} fails; any other is trusted. Devices have an app whose stores
 * implement nothing but the contract's defaults.
 */
final class ScriptedImplementation implements Implementation {

    final AtomicInteger opened = new AtomicInteger();
    final AtomicInteger closed = new AtomicInteger();
    /** How many trust verifications it was asked for. */
    final AtomicInteger verified = new AtomicInteger();

    @Override
    public String name() {
        return "scripted";
    }

    @Override
    public String description() {
        return "answers as scripted";
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.TRUST, Capability.PLATFORM_IOS);
    }

    @Override
    public MailClient open(World world) {
        opened.incrementAndGet();
        Map<String, OutlookApp> apps = new ConcurrentHashMap<>();
        TrustVerification trust = check -> switch (verifiedOne(check.certificate())) {
            case "unsupported" -> throw new UnsupportedCapabilityException(Capability.LDAP_LOOKUP);
            case "invalid" -> throw new IllegalArgumentException("not a certificate I take");
            case "broken" -> throw new IllegalStateException("the scripted implementation broke");
            default -> new TrustVerdict(Outcome.of(OutcomeCode.TRUSTED, "scripted"), List.of("CN=Scripted"));
        };
        return stub(MailClient.class, Map.of(
                "trust", args -> trust,
                "device", args -> apps.computeIfAbsent(((DeviceProfile) args[0]).deviceId(), id -> app((DeviceProfile) args[0])),
                "close", args -> {
                    closed.incrementAndGet();
                    return null;
                }));
    }

    private String verifiedOne(byte[] certificate) {
        verified.incrementAndGet();
        return new String(certificate, StandardCharsets.UTF_8);
    }

    private static OutlookApp app(DeviceProfile profile) {
        CertificateStores stores = stub(CertificateStores.class, Map.of());
        return stub(OutlookApp.class, Map.of(
                "profile", args -> profile,
                "addAccount", args -> Outcome.of(OutcomeCode.OK, "added"),
                "stores", args -> stores));
    }

    /** An instance of the interface answering as scripted; a default method does what the contract says. */
    static <T> T stub(Class<T> type, Map<String, Function<Object[], Object>> answers) {
        InvocationHandler handler = (proxy, method, args) -> {
            Function<Object[], Object> answer = answers.get(method.getName());
            if (answer != null) {
                return answer.apply(args);
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> type.getSimpleName() + " (scripted)";
                };
            }
            throw new UnsupportedOperationException("not scripted: " + method.getName());
        };
        return type.cast(Proxy.newProxyInstance(ScriptedImplementation.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
