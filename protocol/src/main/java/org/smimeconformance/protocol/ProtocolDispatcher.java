package org.smimeconformance.protocol;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.smimeconformance.contract.Implementation;
import org.smimeconformance.contract.MailClient;
import org.smimeconformance.contract.World;
import org.smimeconformance.protocol.ContractPaths.Link;
import org.smimeconformance.protocol.ContractPaths.Node;
import org.smimeconformance.protocol.ContractPaths.Operation;
import org.smimeconformance.protocol.HandleRegistry.OpenClient;
import org.smimeconformance.protocol.ProtocolError.ErrorCode;

/**
 * The protocol without a network: takes one {@link ProtocolRequest} (method, path, headers, declared
 * length, body) and answers it ({@link ProtocolAnswer}: status, content type, body) by calling the
 * implementation. Routes the path by {@link ContractPaths}, reads the arguments
 * ({@link OperationArguments}), calls the contract's method by reflection, and keeps the clients and
 * handles it opened in a {@link HandleRegistry}.
 *
 * <p>First the {@link RequestGuard} reads the headers (Host, Origin, token, content type) and may
 * refuse ({@link #refusal}, which a transport asks before it reads a body); then a body longer than
 * {@link #maxBodyBytes()} is refused with 413; then a body that would take its client past the bytes
 * the registry keeps for one is refused with 507 before the implementation sees it. Every answer is
 * JSON; {@link #dispatch} never throws, and an error never carries a stack trace. Thread-safe: calls
 * for different clients may come at once.
 */
final class ProtocolDispatcher {

    private final Implementation implementation;
    private final HandleRegistry handles;
    private final int maxBodyBytes;
    private final RequestGuard guard;

    ProtocolDispatcher(Implementation implementation, HandleRegistry handles, int maxBodyBytes, RequestGuard guard) {
        this.implementation = Objects.requireNonNull(implementation, "implementation");
        this.handles = Objects.requireNonNull(handles, "handles");
        this.guard = Objects.requireNonNull(guard, "guard");
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1, not " + maxBodyBytes);
        }
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The implementation it calls. */
    Implementation implementation() {
        return implementation;
    }

    /** The clients and handles it opened. */
    HandleRegistry handles() {
        return handles;
    }

    /** The longest body it reads. */
    int maxBodyBytes() {
        return maxBodyBytes;
    }

    /** The token callers must show. */
    AccessToken token() {
        return guard.token();
    }

    /**
     * The refusal of a request by its headers alone (Host, Origin, token, content type); empty when it
     * may go on. A transport asks this before it reads the body, and reads none of a refused one.
     */
    Optional<ProtocolAnswer> refusal(ProtocolRequest request) {
        try {
            return guard.refusal(request);
        } catch (RuntimeException | Error e) {
            return Optional.of(ProtocolAnswer.serverFailure(e));
        }
    }

    /** The answer to one request. */
    ProtocolAnswer dispatch(ProtocolRequest request) {
        try {
            Optional<ProtocolAnswer> refused = guard.refusal(request);
            if (refused.isPresent()) {
                return refused.get();
            }
            if (request.longerThan(maxBodyBytes)) {
                return ProtocolAnswer.error(ProtocolError.of(ErrorCode.BODY_TOO_LARGE,
                        "the request body is larger than " + maxBodyBytes + " bytes"), null);
            }
            return route(request.method(), request.rawPath(), request.body());
        } catch (RuntimeException | Error e) {
            return ProtocolAnswer.serverFailure(e);
        }
    }

    private ProtocolAnswer route(String method, String rawPath, byte[] body) {
        List<String> segments;
        try {
            segments = segments(rawPath);
        } catch (IllegalArgumentException e) {
            return ProtocolAnswer.error(ProtocolError.of(ErrorCode.UNKNOWN_OPERATION, "not a path of the protocol: "
                    + e.getMessage()), null);
        }
        String path = "/" + String.join("/", segments);
        if (path.equals(ContractPaths.IMPLEMENTATION)) {
            return only("GET", method, path).orElseGet(() -> ProtocolAnswer.ok(ImplementationInfo.of(implementation), path));
        }
        if (path.equals(ContractPaths.OPENAPI)) {
            return only("GET", method, path).orElseGet(() -> ProtocolAnswer.document(OpenApi.document(), path));
        }
        if (path.equals(ContractPaths.CLIENTS)) {
            return only("POST", method, path).orElseGet(() -> openClient(body));
        }
        if (segments.size() >= 3 && segments.get(0).equals("v1") && segments.get(1).equals("clients")) {
            String clientId = segments.get(2);
            if (segments.size() == 3) {
                return only("DELETE", method, ContractPaths.CLIENT).orElseGet(() -> closeClient(clientId));
            }
            return clientPath(method, clientId, segments.subList(3, segments.size()), body);
        }
        return ProtocolAnswer.error(ProtocolError.of(ErrorCode.UNKNOWN_OPERATION, "no operation at "
                + abbreviate(String.valueOf(rawPath)) + "; the protocol's paths are listed at " + ContractPaths.OPENAPI), null);
    }

    /** Empty when the method is the expected one; else 405. */
    private static Optional<ProtocolAnswer> only(String expected, String method, String template) {
        if (expected.equals(method)) {
            return Optional.empty();
        }
        return Optional.of(ProtocolAnswer.error(ProtocolError.of(ErrorCode.METHOD_NOT_ALLOWED, template + " takes "
                + expected + ", not " + abbreviate(method)), template));
    }

    private ProtocolAnswer openClient(byte[] body) {
        String template = ContractPaths.CLIENTS;
        World world;
        try {
            world = ProtocolJson.strict().readValue(body, World.class);
        } catch (IOException e) {
            return ProtocolAnswer.unreadable(e, template, null);
        }
        if (world == null) {
            return ProtocolAnswer.error(ProtocolError.of(ErrorCode.INVALID_ARGUMENT, "the body is a World, not null"), template);
        }
        if (body.length > handles.maxBytesPerClient()) {
            return clientFull(template, "Implementation.open");
        }
        MailClient client;
        try {
            client = implementation.open(world);
        } catch (RuntimeException | Error e) {
            return ProtocolAnswer.failure(e, template, "Implementation.open");
        }
        return ProtocolAnswer.ok(Map.of(ContractPaths.CLIENT_VARIABLE, handles.register(client, body.length)), template);
    }

    private ProtocolAnswer closeClient(String id) {
        if (!handles.close(id)) {
            return unknownClient(id, ContractPaths.CLIENT);
        }
        return ProtocolAnswer.noContent(ContractPaths.CLIENT);
    }

    private ProtocolAnswer clientFull(String template, String operation) {
        return ProtocolAnswer.error(ProtocolError.of(ErrorCode.CLIENT_FULL, "the client has been sent as many bytes as the "
                + "server keeps for one (" + handles.maxBytesPerClient() + ", its world and every body sent to it and its "
                + "devices); close it and open another").in(operation), template);
    }

    private ProtocolAnswer unknownClient(String id, String template) {
        return ProtocolAnswer.error(ProtocolError.of(ErrorCode.UNKNOWN_CLIENT, "no open client " + abbreviate(id)
                + " (never opened, closed, or closed as the oldest when more than " + handles.maxOpenClients()
                + " were open)"), template);
    }

    /** A path under {@code /v1/clients/{client}}: walks parts and handles down to an operation. */
    private ProtocolAnswer clientPath(String method, String clientId, List<String> rest, byte[] body) {
        Optional<OpenClient> client = handles.find(clientId);
        Node node = ContractPaths.root();
        List<String> handleIds = new ArrayList<>();
        for (int i = 0; i < rest.size(); i++) {
            String segment = rest.get(i);
            boolean last = i == rest.size() - 1;
            Operation operation = node.operations().get(segment);
            if (operation != null && last) {
                return call(method, client, clientId, operation, handleIds, body);
            }
            Link part = node.parts().get(segment);
            if (part != null) {
                node = part.target();
                continue;
            }
            Link handle = node.handles().get(segment);
            if (handle != null) {
                if (last) {
                    return openHandle(method, client, clientId, node, handle, handleIds, body);
                }
                handleIds.add(rest.get(++i));
                node = handle.target();
                continue;
            }
            break;
        }
        return ProtocolAnswer.error(ProtocolError.of(ErrorCode.UNKNOWN_OPERATION, "no operation at "
                + abbreviate(String.join("/", rest)) + " of a client; the protocol's paths are listed at "
                + ContractPaths.OPENAPI), null);
    }

    private ProtocolAnswer call(String method, Optional<OpenClient> client, String clientId, Operation operation,
                                List<String> handleIds, byte[] body) {
        String template = operation.path();
        String name = operation.describe();
        Optional<ProtocolAnswer> wrongMethod = only("POST", method, template);
        if (wrongMethod.isPresent()) {
            return wrongMethod.get();
        }
        if (client.isEmpty()) {
            return unknownClient(clientId, template);
        }
        Object[] arguments;
        try {
            arguments = OperationArguments.read(operation.method(), body);
        } catch (IOException e) {
            return ProtocolAnswer.unreadable(e, template, name);
        }
        try {
            Object target = resolve(client.get(), operation.route(), handleIds);
            if (target instanceof ProtocolAnswer refusal) {
                return refusal.at(template);
            }
            if (!handles.charge(client.get(), body.length)) {
                return clientFull(template, name);
            }
            Object result = invoke(operation.method(), target, arguments);
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("value", result);
            return ProtocolAnswer.ok(value, template);
        } catch (RuntimeException | Error e) {
            return ProtocolAnswer.failure(e, template, name);
        }
    }

    private ProtocolAnswer openHandle(String method, Optional<OpenClient> client, String clientId, Node from, Link handle,
                                      List<String> handleIds, byte[] body) {
        String template = handle.collectionPath(from);
        String name = handle.describe();
        Optional<ProtocolAnswer> wrongMethod = only("POST", method, template);
        if (wrongMethod.isPresent()) {
            return wrongMethod.get();
        }
        if (client.isEmpty()) {
            return unknownClient(clientId, template);
        }
        Object argument;
        try {
            argument = OperationArguments.readOne(handle.method().getGenericParameterTypes()[0], body);
        } catch (IOException e) {
            return ProtocolAnswer.unreadable(e, template, name);
        }
        if (argument == null) {
            return ProtocolAnswer.error(ProtocolError.of(ErrorCode.INVALID_ARGUMENT, "the body is a "
                    + handle.method().getParameterTypes()[0].getSimpleName() + ", not null").in(name), template);
        }
        try {
            Object target = resolve(client.get(), from.route(), handleIds);
            if (target instanceof ProtocolAnswer refusal) {
                return refusal.at(template);
            }
            if (!handles.charge(client.get(), body.length)) {
                return clientFull(template, name);
            }
            Object opened = invoke(handle.method(), target, new Object[] {argument});
            Optional<String> id = client.get().idFor(handle.segment(), opened);
            if (id.isEmpty()) {
                return ProtocolAnswer.error(ProtocolError.of(ErrorCode.TOO_MANY_DEVICES, "client " + clientId
                        + " already has " + handles.maxHandlesPerClient() + " devices").in(name), template);
            }
            return ProtocolAnswer.ok(Map.of(handle.variable(), id.get()), template);
        } catch (RuntimeException | Error e) {
            return ProtocolAnswer.failure(e, template, name);
        }
    }

    /** The object the route leads to from the client, or a {@link ProtocolAnswer} when a handle is unknown. */
    private static Object resolve(OpenClient client, List<Method> route, List<String> handleIds) {
        Object target = client.client();
        int handle = 0;
        for (Method step : route) {
            if (step.getParameterCount() == 0) {
                target = invoke(step, target, new Object[0]);
            } else {
                String id = handleIds.get(handle++);
                Object found = client.handle(step.getName() + "s", id);
                if (found == null) {
                    return ProtocolAnswer.error(ProtocolError.of(ErrorCode.UNKNOWN_DEVICE, "no " + step.getName() + " "
                            + abbreviate(id) + " in this client; open one with POST .../" + step.getName() + "s"), null);
                }
                target = found;
            }
        }
        return target;
    }

    /** Calls the method; what it throws comes out as itself. */
    private static Object invoke(Method method, Object target, Object[] arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot call " + method + ": " + e.getMessage(), e);
        }
    }

    /** The path as the dispatcher routes it: its decoded segments, each after a slash; null when it cannot be decoded. */
    static String normalised(String rawPath) {
        try {
            return "/" + String.join("/", segments(rawPath));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The decoded segments of a path; empty segments (a trailing or doubled slash) are dropped. */
    private static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        if (rawPath == null) {
            return segments;
        }
        for (String raw : rawPath.split("/")) {
            if (!raw.isEmpty()) {
                // '+' is a plus in a path, not a space
                segments.add(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return segments;
    }

    /** At most 200 characters of something a request sent, for an error's message. */
    static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
