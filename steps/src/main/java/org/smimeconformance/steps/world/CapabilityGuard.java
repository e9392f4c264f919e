package org.smimeconformance.steps.world;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;

import org.opentest4j.TestAbortedException;
import org.smimeconformance.contract.capability.Capability;
import org.smimeconformance.contract.capability.UnsupportedCapabilityException;

/**
 * Wraps the implementation under test so that an {@link UnsupportedCapabilityException} thrown in
 * the middle of a step ends its scenario as skipped, with the capability named, never as passed or
 * failed, provided the implementation does not declare that capability. One that declares it and
 * then refuses it fails the scenario: the declaration is what runs are planned on. Every part of the
 * contract reached from the client (its trust verification, a device and the device's stores,
 * settings, composer...) is wrapped the same way.
 */
final class CapabilityGuard implements InvocationHandler {

    private static final String CONTRACT_PACKAGE = "org.smimeconformance.contract";

    private final Object target;
    private final Set<Capability> declared;

    private CapabilityGuard(Object target, Set<Capability> declared) {
        this.target = target;
        this.declared = declared;
    }

    /**
     * The same part of the contract, answering an undeclared unsupported capability by skipping the
     * scenario.
     */
    static <T> T guard(Class<T> type, T target, Set<Capability> declared) {
        return type.cast(guardAny(type, target, Set.copyOf(declared)));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return objectMethod(proxy, method, args);
        }
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UnsupportedCapabilityException unsupported) {
                throw refusal(unsupported, method);
            }
            throw cause;
        }
        Class<?> type = method.getReturnType();
        if (result != null && type.isInterface() && type.getPackageName().startsWith(CONTRACT_PACKAGE)) {
            return guardAny(type, result, declared);
        }
        return result;
    }

    private Object objectMethod(Object proxy, Method method, Object[] args) throws Throwable {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> method.invoke(target, args);
        };
    }

    private static Object guardAny(Class<?> type, Object target, Set<Capability> declared) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                new CapabilityGuard(target, declared));
    }

    private Throwable refusal(UnsupportedCapabilityException e, Method method) {
        String call = method.getDeclaringClass().getSimpleName() + "." + method.getName();
        if (declared.contains(e.capability())) {
            return new AssertionError("the implementation under test declares " + e.capability()
                + " but refused " + call + " as unsupported", e);
        }
        TestAbortedException aborted = new TestAbortedException("not applicable: the implementation under test "
                + "does not support " + e.capability() + " (" + call + " refused it)");
        aborted.initCause(e);
        return aborted;
    }
}
