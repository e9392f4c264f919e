package org.smimeconformance.protocol;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.smimeconformance.contract.capability.Capability;
import org.smimeconformance.contract.Implementation;
import org.smimeconformance.contract.MailClient;
import org.smimeconformance.contract.capability.UnsupportedCapabilityException;
import org.smimeconformance.contract.World;
import org.smimeconformance.protocol.ContractPaths.Link;
import org.smimeconformance.protocol.ContractPaths.Node;
import org.smimeconformance.protocol.ContractPaths.Operation;

/**
 * An implementation of the contract that lives behind the protocol, at a base address such as
 * {@code http://127.0.0.1:8080}: every call of the contract is a request to it, by the rule of
 * {@link ContractPaths}.
 *
 * <p>Errors come back as the contract's: 501 {@code UNSUPPORTED_CAPABILITY} is an
 * {@link UnsupportedCapabilityException} of that capability, 400 {@code INVALID_ARGUMENT} an
 * {@link IllegalArgumentException}; anything else (500, 404, no answer in time, an answer that is
 * not the protocol's) is an {@link IllegalStateException} naming the operation.
 *
 * <p>One keep-alive HTTP client serves every call; each connection attempt is bounded by the
 * connect timeout and each call by the request timeout. Thread-safe.
 */
public final class HttpImplementation implements Implementation {

    /** The longest wait for a connection to the server. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    /**
     * The longest wait for one answer: above any single operation of the contract, whose own network
     * calls are bounded by the world's timeouts (half a second each in the scenarios).
     */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private static final String JSON = "application/json";

    private final URI base;
    private final Duration requestTimeout;
    private final HttpClient http;
    private final ObjectMapper json = ProtocolJson.lenient();
    private final ImplementationInfo info;

    private HttpImplementation(URI base, Duration connectTimeout, Duration requestTimeout) {
        this.base = base;
        this.requestTimeout = requestTimeout;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.info = describe();
    }

    /**
     * Connects to the server at this base address and asks what it serves ({@code GET /v1/implementation}).
     *
     * @throws IllegalArgumentException when the address is not an http or https URL
     * @throws IllegalStateException    when no protocol server answers there
     */
    public static HttpImplementation connect(URI base) {
        return connect(base, CONNECT_TIMEOUT, REQUEST_TIMEOUT);
    }

    /** As {@link #connect(URI)}, with these timeouts. */
    public static HttpImplementation connect(URI base, Duration connectTimeout, Duration requestTimeout) {
        Objects.requireNonNull(base, "base");
        String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || base.getHost() == null) {
            throw new IllegalArgumentException("a protocol server is an http:// or https:// URL such as "
                    + "http://127.0.0.1:8080, not " + base);
        }
        if (base.getRawQuery() != null || base.getRawFragment() != null) {
            throw new IllegalArgumentException("the address of a protocol server has no query or fragment: " + base);
        }
        String path = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
        URI normalised = URI.create(scheme + "://" + base.getRawAuthority() + path);
        return new HttpImplementation(normalised, positive(connectTimeout), positive(requestTimeout));
    }

    /** The base address, as the run selects this implementation by: {@code http://127.0.0.1:8080}. */
    @Override
    public String name() {
        return base.toString();
    }

    @Override
    public String description() {
        return info.name() + " at " + base + ": " + info.description();
    }

    /** The name the server gives its implementation, e.g. {@code reference}. */
    public String remoteName() {
        return info.name();
    }

    @Override
    public Set<Capability> capabilities() {
        return info.capabilities().isEmpty() ? EnumSet.noneOf(Capability.class) : EnumSet.copyOf(info.capabilities());
    }

    @Override
    public MailClient open(World world) {
        Objects.requireNonNull(world, "world");
        JsonNode answer = exchange("POST", ContractPaths.CLIENTS, body(world), "Implementation.open");
        String id = handleId(answer, ContractPaths.CLIENT_VARIABLE, "Implementation.open");
        String path = ContractPaths.CLIENTS + "/" + segment(id);
        return (MailClient) proxy(ContractPaths.root(), path);
    }

    @Override
    public String toString() {
        return "HttpImplementation[" + base + "]";
    }

    private ImplementationInfo describe() {
        JsonNode answer = exchange("GET", ContractPaths.IMPLEMENTATION, null, "GET " + ContractPaths.IMPLEMENTATION);
        try {
            ImplementationInfo described = json.treeToValue(answer, ImplementationInfo.class);
            if (described == null) {
                throw new IllegalStateException("the server at " + base + " described no implementation");
            }
            return described;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("the server at " + base + " does not describe its implementation as the "
                    + "protocol does (" + ContractPaths.IMPLEMENTATION + "): " + e.getMessage(), e);
        }
    }

    private Object proxy(Node node, String path) {
        return Proxy.newProxyInstance(HttpImplementation.class.getClassLoader(), new Class<?>[] {node.type()},
                new Remote(node, path));
    }

    /** A part of the contract behind the server: its calls become requests under its path. */
    private final class Remote implements InvocationHandler {
        private final Node node;
        private final String path;
        private final Map<String, Object> parts = new ConcurrentHashMap<>();

        Remote(Node node, String path) {
            this.node = node;
            this.path = path;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "toString" -> node.type().getSimpleName() + " at " + base + path;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                };
            }
            if (ContractPaths.isClose(method)) {
                close();
                return null;
            }
            Optional<Link> link = ContractPaths.linkOf(node, method);
            if (link.isPresent() && !link.get().opensHandle()) {
                Link part = link.get();
                return parts.computeIfAbsent(part.segment(), s -> proxy(part.target(), path + "/" + s));
            }
            if (link.isPresent()) {
                Link handle = link.get();
                String name = handle.describe();
                JsonNode answer = exchange("POST", path + "/" + handle.segment(), body(args[0]), name);
                String id = handleId(answer, handle.variable(), name);
                return proxy(handle.target(), path + "/" + handle.segment() + "/" + segment(id));
            }
            Operation operation = node.operations().get(method.getName());
            if (operation == null || !operation.method().equals(method)) {
                throw new IllegalStateException("the protocol has no operation for " + method);
            }
            return call(operation, args == null ? new Object[0] : args);
        }

        private Object call(Operation operation, Object[] args) {
            Map<String, Object> arguments = new LinkedHashMap<>();
            java.lang.reflect.Parameter[] parameters = operation.method().getParameters();
            for (int i = 0; i < parameters.length; i++) {
                arguments.put(parameters[i].getName(), args[i]);
            }
            String name = operation.describe();
            JsonNode answer = exchange("POST", path + "/" + operation.method().getName(), body(arguments), name);
            JsonNode value = answer.get("value");
            if (value == null) {
                throw new IllegalStateException(name + ": the server at " + base + " answered without a \"value\": "
                        + abbreviate(answer.toString()));
            }
            return value(value, operation.method(), name);
        }

        /** DELETE the client; never throws, as the contract's close. */
        private void close() {
            try {
                exchange("DELETE", path, null, "MailClient.close");
            } catch (RuntimeException e) {
                // the client is gone either way; the server closes forgotten clients itself
            }
        }
    }

    private Object value(JsonNode value, Method method, String name) {
        Type type = method.getGenericReturnType();
        Class<?> raw = method.getReturnType();
        if (value.isNull()) {
            if (raw == Optional.class) {
                return Optional.empty();
            }
            throw new IllegalStateException(name + ": the server at " + base + " answered null, which the contract "
                    + "does not allow here");
        }
        try {
            Object result = json.readerFor(json.constructType(type)).readValue(value);
            if (result == null) {
                throw new IllegalStateException(name + ": the server at " + base + " answered no value");
            }
            return result;
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException(name + ": the answer of the server at " + base + " is not a "
                    + raw.getSimpleName() + " as the protocol writes it: " + e.getMessage(), e);
        }
    }

    private byte[] body(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the arguments as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Sends one request and returns the JSON of a successful answer (an empty object for 204), or
     * throws the contract's exception for the protocol's error.
     */
    private JsonNode exchange(String method, String path, byte[] body, String operation) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(requestTimeout)
                .header("Accept", JSON);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", JSON).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException e) {
            throw new IllegalStateException(operation + ": no connection to " + base + " within "
                    + http.connectTimeout().map(Duration::toString).orElse("the connect timeout"), e);
        } catch (HttpTimeoutException e) {
            throw new IllegalStateException(operation + ": no answer from " + base + " within " + requestTimeout, e);
        } catch (ConnectException e) {
            throw new IllegalStateException(operation + ": nothing answers at " + base + " (" + e + ")", e);
        } catch (IOException e) {
            throw new IllegalStateException(operation + ": the exchange with " + base + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(operation + ": interrupted while waiting for " + base, e);
        }
        int status = response.statusCode();
        if (status == 204) {
            return json.createObjectNode();
        }
        JsonNode answer;
        try {
            answer = response.body().length == 0 ? null : json.readTree(response.body());
        } catch (IOException e) {
            answer = null;
        }
        if (status == 200 && answer != null && answer.isObject()) {
            return answer;
        }
        throw failure(operation, status, answer, response.body());
    }

    private RuntimeException failure(String operation, int status, JsonNode answer, byte[] raw) {
        String code = answer == null ? "" : answer.path("error").asText("");
        String message = answer == null ? abbreviate(new String(raw, StandardCharsets.UTF_8))
                : answer.path("message").asText(abbreviate(answer.toString()));
        if (status == 501 && code.equals(ProtocolError.ErrorCode.UNSUPPORTED_CAPABILITY.name())) {
            String capability = answer.path("capability").asText("");
            try {
                return new UnsupportedCapabilityException(Capability.valueOf(capability));
            } catch (IllegalArgumentException e) {
                return new IllegalStateException(operation + ": the server at " + base + " lacks a capability the "
                        + "contract does not know: \"" + abbreviate(capability) + "\" (" + message + ")");
            }
        }
        if (status == 400 && code.equals(ProtocolError.ErrorCode.INVALID_ARGUMENT.name())) {
            return new IllegalArgumentException(message);
        }
        if (status == 200) {
            return new IllegalStateException(operation + ": the server at " + base + " answered something that is not "
                    + "the protocol's JSON: " + message);
        }
        return new IllegalStateException(operation + " failed at " + base + ": HTTP " + status
                + (code.isEmpty() ? "" : " " + code) + (message.isEmpty() ? "" : ": " + message));
    }

    private String handleId(JsonNode answer, String variable, String operation) {
        JsonNode id = answer.get(variable);
        if (id == null || !id.isTextual() || id.asText().isEmpty()) {
            throw new IllegalStateException(operation + ": the server at " + base + " answered no \"" + variable
                    + "\" id: " + abbreviate(answer.toString()));
        }
        return id.asText();
    }

    /** An id as one path segment: percent-encoded, so that any string the server chose is safe. */
    private static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Duration positive(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive, not " + timeout);
        }
        return timeout;
    }

    private static String abbreviate(String text) {
        return text.length() > 500 ? text.substring(0, 500) + "..." : text;
    }
}
