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
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
 * connect timeout and each call, its whole answer included, by the request timeout. An answer is read
 * up to {@link #MAX_ANSWER_BYTES} (or the bound given to {@link Connector#maxAnswerBytes}): one that
 * announces more is refused at once, one that streams more is cut there; either is an
 * {@link IllegalStateException} naming the operation, never a hang or an exhausted heap.
 *
 * <p>When given a token ({@link Connector#token}), every request carries it as
 * {@code Authorization: Bearer TOKEN}, whatever server answers at the address (the reference
 * server requires it; another may check it or not). Thread-safe.
 */
public final class HttpImplementation implements Implementation {

    /** The longest wait for a connection to the server. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    /**
     * The longest wait for one answer: above any single operation of the contract, whose own network
     * calls are bounded by the world's timeouts (half a second each in the scenarios).
     */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    /** The largest answer read by default: 16 MiB, the largest request body the reference server reads. */
    public static final int MAX_ANSWER_BYTES = 16 << 20;

    private static final String JSON = "application/json";

    private final URI base;
    private final Duration requestTimeout;
    private final int maxAnswerBytes;
    private final AccessToken token;
    private final HttpClient http;
    private final ObjectMapper json = ProtocolJson.lenient();
    private final ImplementationInfo info;

    private HttpImplementation(URI base, Connector settings) {
        this.base = base;
        this.requestTimeout = settings.requestTimeout;
        this.maxAnswerBytes = settings.maxAnswerBytes;
        this.token = settings.token;
        Duration connectTimeout = settings.connectTimeout;
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
        return to(base).connect();
    }

    /** As {@link #connect(URI)}, with these timeouts. */
    public static HttpImplementation connect(URI base, Duration connectTimeout, Duration requestTimeout) {
        return to(base).timeouts(connectTimeout, requestTimeout).connect();
    }

    /** How to connect to the server at this base address: a token, timeouts, the largest answer; then {@link Connector#connect()}. */
    public static Connector to(URI base) {
        return new Connector(Objects.requireNonNull(base, "base"));
    }

    /** The settings of a connection to a protocol server; {@link #connect()} makes the implementation. */
    public static final class Connector {
        private final URI base;
        private Duration connectTimeout = CONNECT_TIMEOUT;
        private Duration requestTimeout = REQUEST_TIMEOUT;
        private int maxAnswerBytes = MAX_ANSWER_BYTES;
        private AccessToken token;

        private Connector(URI base) {
            this.base = base;
        }

        /** Sends this token with every request ({@code Authorization: Bearer TOKEN}); null sends none (the default). */
        public Connector token(AccessToken token) {
            this.token = token;
            return this;
        }

        /** The longest wait for a connection ({@link #CONNECT_TIMEOUT}) and for one whole answer ({@link #REQUEST_TIMEOUT}). */
        public Connector timeouts(Duration connectTimeout, Duration requestTimeout) {
            this.connectTimeout = positive(connectTimeout);
            this.requestTimeout = positive(requestTimeout);
            return this;
        }

        /** The largest answer read ({@link #MAX_ANSWER_BYTES} by default). */
        public Connector maxAnswerBytes(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxAnswerBytes must be at least 1, not " + max);
            }
            this.maxAnswerBytes = max;
            return this;
        }

        /**
         * Connects and asks what the server serves ({@code GET /v1/implementation}).
         *
         * @throws IllegalArgumentException when the address is not an http or https URL
         * @throws IllegalStateException    when no protocol server answers there
         */
        public HttpImplementation connect() {
            return open(base, this);
        }
    }

    private static HttpImplementation open(URI base, Connector settings) {
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
        return new HttpImplementation(normalised, settings);
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
        if (token != null) {
            request.header("Authorization", "Bearer " + token.value());
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", JSON).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        HttpResponse<byte[]> response = send(request.build(), operation);
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

    /** The answer, whole and within the bound, in the request timeout; else the exchange is abandoned. */
    private HttpResponse<byte[]> send(HttpRequest request, String operation) {
        CompletableFuture<HttpResponse<byte[]>> pending = http.sendAsync(request, info -> LimitedBody.of(info, maxAnswerBytes));
        try {
            // the request's own timeout stops at the answer's headers; this bounds its body too
            return pending.get(requestTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new IllegalStateException(operation + ": no whole answer from " + base + " within " + requestTimeout, e);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException(operation + ": interrupted while waiting for " + base, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            for (Throwable c = cause; c != null; c = c.getCause()) {
                if (c instanceof AnswerTooLarge) {
                    throw new IllegalStateException(operation + ": the answer of the server at " + base + " is larger "
                            + "than " + maxAnswerBytes + " bytes, the most this client reads", cause);
                }
            }
            if (cause instanceof HttpConnectTimeoutException) {
                throw new IllegalStateException(operation + ": no connection to " + base + " within "
                        + http.connectTimeout().map(Duration::toString).orElse("the connect timeout"), cause);
            }
            if (cause instanceof HttpTimeoutException) {
                throw new IllegalStateException(operation + ": no answer from " + base + " within " + requestTimeout, cause);
            }
            if (cause instanceof ConnectException) {
                throw new IllegalStateException(operation + ": nothing answers at " + base + " (" + cause + ")", cause);
            }
            throw new IllegalStateException(operation + ": the exchange with " + base + " failed: " + cause, cause);
        }
    }

    /** An answer larger than the client reads. */
    private static final class AnswerTooLarge extends IOException {
        AnswerTooLarge(long max) {
            super("the answer is larger than " + max + " bytes");
        }
    }

    /**
     * An answer's body read up to a bound: one that announces more ({@code Content-Length}) is refused
     * before a byte of it is read, one that streams more is cut at the bound; both cancel the
     * exchange, which closes the connection.
     */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final int max;
        private final boolean refused;
        private byte[] bytes = new byte[0];
        private int length;
        private Flow.Subscription subscription;

        private LimitedBody(int max, boolean refused) {
            this.max = max;
            this.refused = refused;
        }

        static LimitedBody of(HttpResponse.ResponseInfo info, int max) {
            OptionalLong declared;
            try {
                declared = info.headers().firstValueAsLong("Content-Length");
            } catch (NumberFormatException e) {
                declared = OptionalLong.empty();
            }
            return new LimitedBody(max, declared.isPresent() && declared.getAsLong() > max);
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (refused) {
                tooLarge();
            } else {
                subscription.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                int n = item.remaining();
                if (n > max - length) {
                    tooLarge();
                    return;
                }
                if (length + n > bytes.length) {
                    bytes = java.util.Arrays.copyOf(bytes, Math.min(max, Math.max(length + n, bytes.length * 2 + 8192)));
                }
                item.get(bytes, length, n);
                length += n;
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(java.util.Arrays.copyOf(bytes, length));
        }

        @Override
        public java.util.concurrent.CompletionStage<byte[]> getBody() {
            return result;
        }

        private void tooLarge() {
            bytes = new byte[0];
            result.completeExceptionally(new AnswerTooLarge(max));
            subscription.cancel();
        }
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
        if (status == 401) {
            return new IllegalStateException(operation + " failed at " + base + ": HTTP 401"
                    + (code.isEmpty() ? "" : " " + code) + ": " + (token == null ? "no token was sent; set "
                    + AccessToken.ENVIRONMENT_VARIABLE + " to the server's token" : "the server does not take the token sent")
                    + (message.isEmpty() ? "" : " (" + message + ")"));
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
