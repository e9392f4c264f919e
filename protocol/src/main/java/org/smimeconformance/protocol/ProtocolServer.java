package org.smimeconformance.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.smimeconformance.contract.Implementation;
import org.smimeconformance.contract.MailClient;
import org.smimeconformance.contract.UnsupportedCapabilityException;
import org.smimeconformance.contract.World;
import org.smimeconformance.protocol.ContractPaths.Link;
import org.smimeconformance.protocol.ContractPaths.Node;
import org.smimeconformance.protocol.ContractPaths.Operation;
import org.smimeconformance.protocol.ProtocolError.ErrorCode;

/**
 * Serves any {@link Implementation} over the protocol ({@link ContractPaths}, {@code protocol/README.md})
 * with the JDK's HTTP server.
 *
 * <p>Clients are opened by {@code POST /v1/clients} and kept by id until {@code DELETE}d; when more
 * than {@link Builder#maxOpenClients} are open, the oldest is closed, so that a driver that forgets
 * to close cannot exhaust memory. Devices are kept per client, at most {@link Builder#maxDevicesPerClient}.
 * A request body is read up to {@link Builder#maxBodyBytes}; a larger one is refused with 413. Requests
 * are answered by a small fixed pool of threads with a bounded queue; past it, connections are closed.
 * Every answer is JSON; an error never carries a stack trace.
 *
 * <p>Thread-safe. {@link #close()} stops the server and closes every open client.
 */
public final class ProtocolServer implements AutoCloseable {

    /** Something that sees every request and its answer, e.g. to check them against the OpenAPI document. */
    @FunctionalInterface
    public interface ExchangeListener {
        void exchanged(Exchange exchange);
    }

    /**
     * One request and its answer.
     *
     * @param method   the HTTP method
     * @param path     the path template of the OpenAPI document the request matched, e.g.
     *                 {@code /v1/clients/{client}/trust/verify}; null when it matched none
     * @param request  the request body as received (empty when none)
     * @param status   the HTTP status answered
     * @param response the answer's body (empty for 204)
     */
    public record Exchange(String method, String path, byte[] request, int status, byte[] response) {
    }

    private static final String JSON = "application/json";
    private static final byte[] NO_BODY = new byte[0];
    /** How much of a body over the bound is read and dropped, in multiples of the bound, before the connection is closed. */
    private static final int DRAIN_FACTOR = 4;

    static {
        // The JDK's server writes an answer's headers and body apart; without TCP_NODELAY each answer
        // waits out the client's delayed acknowledgement (some 40 ms on Linux). Read once, when the
        // JDK's server configuration loads; a value set on the command line wins.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final Implementation implementation;
    private final HttpServer server;
    private final ThreadPoolExecutor executor;
    private final Builder settings;
    private final ObjectMapper json = ProtocolJson.strict();
    private final AtomicLong clientIds = new AtomicLong();
    /** Open clients, oldest first. Guarded by itself. */
    private final LinkedHashMap<String, OpenClient> clients = new LinkedHashMap<>();

    private ProtocolServer(Implementation implementation, Builder settings) throws IOException {
        this.implementation = implementation;
        this.settings = settings;
        AtomicInteger threadNumber = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(settings.threads, settings.threads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(settings.queue), task -> {
                    Thread thread = new Thread(task, "protocol-server-" + threadNumber.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.server = HttpServer.create(new InetSocketAddress(settings.bind, settings.port), settings.queue);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
    }

    /** A server for this implementation, on loopback and a free port unless told otherwise. */
    public static Builder over(Implementation implementation) {
        return new Builder(Objects.requireNonNull(implementation, "implementation"));
    }

    /** The port it listens on (the one chosen when port 0 was asked for). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Its base address, e.g. {@code http://127.0.0.1:8080}; the protocol's paths start with {@code /v1}. */
    public URI uri() {
        InetAddress address = server.getAddress().getAddress();
        String host = address.getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + port());
    }

    /** The implementation it serves. */
    public Implementation implementation() {
        return implementation;
    }

    /** How many clients are open now. */
    public int openClients() {
        synchronized (clients) {
            return clients.size();
        }
    }

    /** Stops listening, then closes every open client. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        List<OpenClient> open;
        synchronized (clients) {
            open = new ArrayList<>(clients.values());
            clients.clear();
        }
        open.forEach(OpenClient::close);
    }

    // ---------------------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        byte[] request = NO_BODY;
        Answer answer;
        try {
            Optional<byte[]> body = readBody(exchange);
            if (body.isEmpty()) {
                answer = error(ProtocolError.of(ErrorCode.BODY_TOO_LARGE,
                        "the request body is larger than " + settings.maxBodyBytes + " bytes"), null);
            } else {
                request = body.get();
                answer = route(method, exchange.getRequestURI().getRawPath(), request);
            }
        } catch (RuntimeException | Error e) {
            answer = error(ProtocolError.of(ErrorCode.INTERNAL, "the server failed: " + describe(e)), null);
        }
        try {
            exchange.getResponseHeaders().set("Content-Type", JSON);
            byte[] body = answer.body();
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } finally {
            exchange.close();
            if (settings.listener != null) {
                settings.listener.exchanged(new Exchange(method, answer.path(), request, answer.status(), answer.body()));
            }
        }
    }

    /**
     * The body, or empty when it is larger than the bound. The rest of a body over the bound is read
     * and dropped, up to {@link #DRAIN_FACTOR} times the bound, so that the client can read the 413
     * on the same connection; past that the connection is closed without reading more.
     */
    private Optional<byte[]> readBody(HttpExchange exchange) throws IOException {
        long drainable = (long) settings.maxBodyBytes * DRAIN_FACTOR;
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.strip()) > drainable) {
                    exchange.getResponseHeaders().set("Connection", "close");
                    return Optional.empty();
                }
            } catch (NumberFormatException e) {
                // the server itself refuses such a request before it reaches here; read what comes
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(settings.maxBodyBytes + 1);
            if (body.length <= settings.maxBodyBytes) {
                return Optional.of(body);
            }
            long dropped = body.length;
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n > 0 && dropped <= drainable; n = in.read(buffer)) {
                dropped += n;
            }
            if (dropped > drainable) {
                exchange.getResponseHeaders().set("Connection", "close");
            }
            return Optional.empty();
        }
    }

    private Answer route(String method, String rawPath, byte[] body) {
        List<String> segments;
        try {
            segments = segments(rawPath);
        } catch (IllegalArgumentException e) {
            return error(ProtocolError.of(ErrorCode.UNKNOWN_OPERATION, "not a path of the protocol: " + e.getMessage()), null);
        }
        String path = "/" + String.join("/", segments);
        if (path.equals(ContractPaths.IMPLEMENTATION)) {
            return only("GET", method, path).orElseGet(this::describeImplementation);
        }
        if (path.equals(ContractPaths.OPENAPI)) {
            return only("GET", method, path).orElseGet(() -> new Answer(200, OpenApi.document(), path));
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
        return error(ProtocolError.of(ErrorCode.UNKNOWN_OPERATION, "no operation at " + abbreviate(rawPath)
                + "; the protocol's paths are listed at " + ContractPaths.OPENAPI), null);
    }

    private Optional<Answer> only(String expected, String method, String template) {
        if (expected.equals(method)) {
            return Optional.empty();
        }
        return Optional.of(error(ProtocolError.of(ErrorCode.METHOD_NOT_ALLOWED, template + " takes " + expected + ", not "
                + abbreviate(method)), template));
    }

    private Answer describeImplementation() {
        return ok(ImplementationInfo.of(implementation), ContractPaths.IMPLEMENTATION);
    }

    private Answer openClient(byte[] body) {
        String template = ContractPaths.CLIENTS;
        World world;
        try {
            world = json.readValue(body, World.class);
        } catch (IOException e) {
            return badJson(e, template, null);
        }
        if (world == null) {
            return error(ProtocolError.of(ErrorCode.INVALID_ARGUMENT, "the body is a World, not null"), template);
        }
        MailClient client;
        try {
            client = implementation.open(world);
        } catch (RuntimeException | Error e) {
            return failure(e, template, "Implementation.open");
        }
        String id = "c" + clientIds.incrementAndGet();
        OpenClient evicted = null;
        synchronized (clients) {
            clients.put(id, new OpenClient(client));
            if (clients.size() > settings.maxOpenClients) {
                Iterator<OpenClient> oldest = clients.values().iterator();
                evicted = oldest.next();
                oldest.remove();
            }
        }
        if (evicted != null) {
            evicted.close();
        }
        return ok(Map.of(ContractPaths.CLIENT_VARIABLE, id), template);
    }

    private Answer closeClient(String id) {
        OpenClient client;
        synchronized (clients) {
            client = clients.remove(id);
        }
        if (client == null) {
            return unknownClient(id, ContractPaths.CLIENT);
        }
        client.close();
        return new Answer(204, NO_BODY, ContractPaths.CLIENT);
    }

    private Answer unknownClient(String id, String template) {
        return error(ProtocolError.of(ErrorCode.UNKNOWN_CLIENT, "no open client " + abbreviate(id)
                + " (never opened, closed, or closed as the oldest when more than " + settings.maxOpenClients
                + " were open)"), template);
    }

    /** A path under {@code /v1/clients/{client}}: walks parts and handles down to an operation. */
    private Answer clientPath(String method, String clientId, List<String> rest, byte[] body) {
        OpenClient client;
        synchronized (clients) {
            client = clients.get(clientId);
        }
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
        return error(ProtocolError.of(ErrorCode.UNKNOWN_OPERATION, "no operation at " + abbreviate(String.join("/", rest))
                + " of a client; the protocol's paths are listed at " + ContractPaths.OPENAPI), null);
    }

    private Answer call(String method, OpenClient client, String clientId, Operation operation, List<String> handleIds,
                        byte[] body) {
        String template = operation.path();
        String name = operation.describe();
        Optional<Answer> wrongMethod = only("POST", method, template);
        if (wrongMethod.isPresent()) {
            return wrongMethod.get();
        }
        if (client == null) {
            return unknownClient(clientId, template);
        }
        Object[] arguments;
        try {
            arguments = arguments(operation.method(), body);
        } catch (IOException e) {
            return badJson(e, template, name);
        }
        try {
            Object target = resolve(client, operation.route(), handleIds);
            if (target instanceof Answer refusal) {
                return refusal.withPath(template);
            }
            Object result = invoke(operation.method(), target, arguments);
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("value", result);
            return ok(value, template);
        } catch (RuntimeException | Error e) {
            return failure(e, template, name);
        }
    }

    private Answer openHandle(String method, OpenClient client, String clientId, Node from, Link handle,
                              List<String> handleIds, byte[] body) {
        String template = handle.collectionPath(from);
        String name = handle.describe();
        Optional<Answer> wrongMethod = only("POST", method, template);
        if (wrongMethod.isPresent()) {
            return wrongMethod.get();
        }
        if (client == null) {
            return unknownClient(clientId, template);
        }
        Object argument;
        try {
            argument = json.readerFor(json.constructType(handle.method().getGenericParameterTypes()[0])).readValue(body);
        } catch (IOException e) {
            return badJson(e, template, name);
        }
        if (argument == null) {
            return error(ProtocolError.of(ErrorCode.INVALID_ARGUMENT, "the body is a "
                    + handle.method().getParameterTypes()[0].getSimpleName() + ", not null").in(name), template);
        }
        try {
            Object target = resolve(client, from.route(), handleIds);
            if (target instanceof Answer refusal) {
                return refusal.withPath(template);
            }
            Object opened = invoke(handle.method(), target, new Object[] {argument});
            Optional<String> id = client.handleFor(handle.segment(), handle.variable(), opened, settings.maxDevicesPerClient);
            if (id.isEmpty()) {
                return error(ProtocolError.of(ErrorCode.TOO_MANY_DEVICES, "client " + clientId + " already has "
                        + settings.maxDevicesPerClient + " devices").in(name), template);
            }
            return ok(Map.of(handle.variable(), id.get()), template);
        } catch (RuntimeException | Error e) {
            return failure(e, template, name);
        }
    }

    /** The object the route leads to from the client, or an {@link Answer} when a handle is unknown. */
    private Object resolve(OpenClient client, List<Method> route, List<String> handleIds) {
        Object target = client.client;
        int handle = 0;
        for (Method step : route) {
            if (step.getParameterCount() == 0) {
                target = invoke(step, target, new Object[0]);
            } else {
                String id = handleIds.get(handle++);
                Object found = client.handle(step.getName() + "s", id);
                if (found == null) {
                    return error(ProtocolError.of(ErrorCode.UNKNOWN_DEVICE, "no " + step.getName() + " " + abbreviate(id)
                            + " in this client; open one with POST .../" + step.getName() + "s"), null);
                }
                target = found;
            }
        }
        return target;
    }

    /** The operation's arguments from the body: a JSON object with one member per parameter, by name. */
    private Object[] arguments(Method method, byte[] body) throws IOException {
        Parameter[] parameters = method.getParameters();
        JsonNode tree = body.length == 0 && parameters.length == 0 ? json.createObjectNode() : json.readTree(body);
        if (tree == null || tree.isMissingNode()) {
            tree = json.createObjectNode();
        }
        if (!(tree instanceof ObjectNode members)) {
            throw new ArgumentException("the body is a JSON object of the arguments by name, e.g. "
                    + example(parameters));
        }
        List<String> names = new ArrayList<>();
        for (Parameter parameter : parameters) {
            names.add(parameter.getName());
        }
        for (Iterator<String> fields = members.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            if (!names.contains(field)) {
                throw new ArgumentException("unknown argument \"" + abbreviate(field) + "\"; the arguments are "
                        + (names.isEmpty() ? "none" : String.join(", ", names)));
            }
        }
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Parameter parameter = parameters[i];
            JsonNode member = members.get(parameter.getName());
            if (member == null || member.isNull()) {
                throw new ArgumentException("the argument \"" + parameter.getName() + "\" is missing or null");
            }
            arguments[i] = json.readerFor(json.constructType(parameter.getParameterizedType())).readValue(member);
        }
        return arguments;
    }

    private static String example(Parameter[] parameters) {
        if (parameters.length == 0) {
            return "{}";
        }
        List<String> members = new ArrayList<>();
        for (Parameter parameter : parameters) {
            members.add("\"" + parameter.getName() + "\": ...");
        }
        return "{" + String.join(", ", members) + "}";
    }

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

    // ---------------------------------------------------------------------------------------------

    private Answer ok(Object value, String template) {
        try {
            return new Answer(200, json.writeValueAsBytes(value), template);
        } catch (JsonProcessingException e) {
            return error(ProtocolError.of(ErrorCode.INTERNAL, "the answer cannot be written as JSON: " + e.getOriginalMessage()),
                    template);
        }
    }

    private Answer badJson(IOException e, String template, String operation) {
        ProtocolError error;
        if (e instanceof ArgumentException) {
            error = ProtocolError.of(ErrorCode.INVALID_ARGUMENT, e.getMessage());
        } else if (e instanceof StreamReadException read) {
            error = ProtocolError.of(ErrorCode.MALFORMED_JSON, "the body is not JSON: " + read.getOriginalMessage());
        } else if (e instanceof DatabindException bind) {
            error = ProtocolError.of(ErrorCode.INVALID_ARGUMENT, "the body does not fit the operation: " + databindMessage(bind));
        } else {
            error = ProtocolError.of(ErrorCode.MALFORMED_JSON, "the body cannot be read: " + e.getMessage());
        }
        return error(operation == null ? error : error.in(operation), template);
    }

    /** Jackson's message, with the contract's own refusal when a record's checks refused a value. */
    private static String databindMessage(DatabindException e) {
        // Jackson's hints name its Java settings, which mean nothing to a caller in another language
        StringBuilder message = new StringBuilder(Objects.requireNonNullElse(e.getOriginalMessage(), "")
                .replaceAll(";? ?`DeserializationFeature\\.\\w+` enabled", "")
                .replaceAll(" ?\\(set `[^`]*` to [^)]*\\)", ""));
        String path = e instanceof com.fasterxml.jackson.databind.JsonMappingException m ? m.getPathReference() : null;
        if (path != null && !path.isEmpty()) {
            message.append(" (at ").append(path.replace("org.smimeconformance.contract.", "")).append(")");
        }
        return message.toString();
    }

    private Answer failure(Throwable e, String template, String operation) {
        if (e instanceof UnsupportedCapabilityException unsupported) {
            return error(new ProtocolError(ErrorCode.UNSUPPORTED_CAPABILITY, String.valueOf(unsupported.getMessage()),
                    unsupported.capability(), operation), template);
        }
        if (e instanceof IllegalArgumentException) {
            return error(ProtocolError.of(ErrorCode.INVALID_ARGUMENT, String.valueOf(e.getMessage())).in(operation), template);
        }
        return error(ProtocolError.of(ErrorCode.INTERNAL, "the implementation failed: " + describe(e)).in(operation), template);
    }

    private Answer error(ProtocolError error, String template) {
        try {
            return new Answer(error.error().status(), json.writeValueAsBytes(error), template);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Throwable e) {
        return e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
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

    /** What the server answers: the status, the JSON body and the path template it matched, if any. */
    private record Answer(int status, byte[] body, String path) {
        Answer withPath(String template) {
            return new Answer(status, body, template);
        }
    }

    /** Arguments that are JSON but not the operation's. */
    private static final class ArgumentException extends IOException {
        private static final long serialVersionUID = 1L;

        ArgumentException(String message) {
            super(message);
        }
    }

    /** An open client and the handles opened in it. */
    private static final class OpenClient {
        private final MailClient client;
        /** Collection segment ({@code devices}) to id to object; guarded by {@code this}. */
        private final Map<String, Map<String, Object>> handles = new LinkedHashMap<>();
        /** Object to id, by identity: the contract returns the same app for the same device. Guarded by {@code this}. */
        private final Map<Object, String> ids = new IdentityHashMap<>();

        OpenClient(MailClient client) {
            this.client = client;
        }

        synchronized Object handle(String collection, String id) {
            return handles.getOrDefault(collection, Map.of()).get(id);
        }

        /** The id of an opened object: the one it already has, or a new one; empty when the collection is full. */
        synchronized Optional<String> handleFor(String collection, String variable, Object opened, int max) {
            String known = ids.get(opened);
            if (known != null) {
                return Optional.of(known);
            }
            Map<String, Object> collected = handles.computeIfAbsent(collection, c -> new LinkedHashMap<>());
            if (collected.size() >= max) {
                return Optional.empty();
            }
            String id = variable.charAt(0) + String.valueOf(collected.size() + 1);
            collected.put(id, opened);
            ids.put(opened, id);
            return Optional.of(id);
        }

        void close() {
            try {
                client.close();
            } catch (RuntimeException e) {
                // the contract says close never throws; one that does must not stop the server
            }
        }
    }

    /** How to serve; {@link #start()} binds the port. */
    public static final class Builder {
        private final Implementation implementation;
        private InetAddress bind = InetAddress.getLoopbackAddress();
        private int port;
        private int maxOpenClients = 64;
        private int maxDevicesPerClient = 16;
        private int maxBodyBytes = 16 << 20;
        private int threads = 8;
        private int queue = 64;
        private ExchangeListener listener;

        private Builder(Implementation implementation) {
            this.implementation = implementation;
        }

        /** The address to listen on; loopback by default. */
        public Builder bind(InetAddress address) {
            this.bind = Objects.requireNonNull(address, "address");
            return this;
        }

        /** The port; 0 (the default) picks a free one, read back with {@link ProtocolServer#port()}. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("a port is 0 to 65535, not " + port);
            }
            this.port = port;
            return this;
        }

        /** The most clients open at once (64 by default); opening one more closes the oldest. */
        public Builder maxOpenClients(int max) {
            this.maxOpenClients = positive(max, "maxOpenClients");
            return this;
        }

        /** The most devices one client keeps (16 by default); one more is refused with 429. */
        public Builder maxDevicesPerClient(int max) {
            this.maxDevicesPerClient = positive(max, "maxDevicesPerClient");
            return this;
        }

        /** The largest request body read (16 MiB by default); a larger one is refused with 413. */
        public Builder maxBodyBytes(int max) {
            this.maxBodyBytes = positive(max, "maxBodyBytes");
            return this;
        }

        /** How many requests are served at once (8 by default) and how many wait (64). */
        public Builder threads(int threads, int queue) {
            this.threads = positive(threads, "threads");
            this.queue = positive(queue, "queue");
            return this;
        }

        /** Sees every request and answer; called on the server's threads, after the answer is sent. */
        public Builder listener(ExchangeListener listener) {
            this.listener = listener;
            return this;
        }

        /** Binds the port and starts serving. */
        public ProtocolServer start() throws IOException {
            ProtocolServer server = new ProtocolServer(implementation, this);
            server.server.start();
            return server;
        }

        private static int positive(int value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, not " + value);
            }
            return value;
        }
    }

    /** For tests and tools: the ids of the open clients, oldest first. */
    List<String> openClientIds() {
        synchronized (clients) {
            return Collections.unmodifiableList(new ArrayList<>(clients.keySet()));
        }
    }
}
