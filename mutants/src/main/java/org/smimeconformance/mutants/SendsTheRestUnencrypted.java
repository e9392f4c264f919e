package org.smimeconformance.mutants;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.smimeconformance.contract.capability.Capability;
import org.smimeconformance.contract.Implementation;
import org.smimeconformance.contract.MailClient;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.World;
import org.smimeconformance.contract.device.OutlookApp;
import org.smimeconformance.contract.mail.ComposeResult;
import org.smimeconformance.contract.mail.Composer;
import org.smimeconformance.contract.mail.Draft;
import org.smimeconformance.engine.ReferenceImplementation;

/**
 * When an encrypted message has recipients without a valid certificate, takes them out itself and
 * sends the message to the remaining recipients unencrypted, instead of holding it and offering
 * their removal. Breaks SEND-11 (the message is never sent unencrypted unless the sender turns
 * encryption off).
 *
 * <p>Built around the reference engine from the outside: everything passes through, except the
 * composer's {@code send}.
 */
public final class SendsTheRestUnencrypted implements Implementation, Mutant {

    private final Implementation reference = new ReferenceImplementation();

    @Override
    public String name() {
        return "mutant-sends-the-rest-unencrypted";
    }

    @Override
    public String description() {
        return "Sends an encrypted message unencrypted to the recipients that have a certificate when others have none.";
    }

    @Override
    public String breaks() {
        return "SEND-11";
    }

    @Override
    public Set<Capability> capabilities() {
        return reference.capabilities();
    }

    @Override
    public MailClient open(World world) {
        MailClient client = reference.open(world);
        return wrap(MailClient.class, client, (method, args) -> {
            Object answer = invoke(method, client, args);
            return answer instanceof OutlookApp app ? withBrokenComposer(app) : answer;
        });
    }

    private static OutlookApp withBrokenComposer(OutlookApp app) {
        return wrap(OutlookApp.class, app, (method, args) -> {
            Object answer = invoke(method, app, args);
            return answer instanceof Composer composer ? sendingTheRestUnencrypted(composer) : answer;
        });
    }

    private static Composer sendingTheRestUnencrypted(Composer composer) {
        return wrap(Composer.class, composer, (method, args) -> {
            if (!method.getName().equals("send")) {
                return invoke(method, composer, args);
            }
            Draft draft = (Draft) args[0];
            ComposeResult result = composer.send(draft);
            if (!draft.encrypt() || result.outcome().code() != OutcomeCode.NO_RECIPIENT_CERTIFICATE) {
                return result;
            }
            Set<String> without = result.recipientsWithoutValidCertificate().stream()
                    .map(address -> address.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            List<String> remaining = draft.to().stream()
                    .filter(address -> !without.contains(address.strip().toLowerCase(Locale.ROOT))).toList();
            if (remaining.isEmpty()) {
                return result;
            }
            return composer.send(new Draft(draft.from(), remaining, draft.subject(), draft.body(), draft.sign(), false));
        });
    }

    /** What a wrapped method does instead, given the method called and its arguments. */
    @FunctionalInterface
    private interface Handler {
        Object handle(Method method, Object[] args) throws Throwable;
    }

    private static <T> T wrap(Class<T> type, T target, Handler handler) {
        InvocationHandler invocation = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(target, args);
            }
            return handler.handle(method, args == null ? new Object[0] : args);
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, invocation));
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
