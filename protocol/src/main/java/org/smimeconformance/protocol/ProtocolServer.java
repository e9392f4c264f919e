package org.smimeconformance.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.smimeconformance.contract.Implementation;

/**
 * Serves any {@link Implementation} over the protocol ({@link ContractPaths}, {@code protocol/README.md})
 * with the JDK's HTTP server: a thin transport that asks the {@link ProtocolDispatcher} whether the
 * request's headers are admitted, reads its body (at most one byte over the bound of a body), hands
 * it to the dispatcher, writes back its answer and shows the exchange to the {@link ExchangeListener}.
 * What the protocol answers is the dispatcher's.
 *
 * <p>Every call but {@code GET /v1/openapi.json} carries the server's {@link #token()} as
 * {@code Authorization: Bearer TOKEN}; {@code Host} must name the server's address, an {@code Origin}
 * must be its own, a {@code POST} must be JSON ({@link RequestGuard}). A refused request is answered
 * without reading its body, and its connection closed.
 *
 * <p>Clients are opened by {@code POST /v1/clients} and kept by id until {@code DELETE}d; when more
 * than {@link Builder#maxOpenClients} are open, the oldest is closed, so that a driver that forgets
 * to close cannot exhaust memory. Devices are kept per client, at most {@link Builder#maxDevicesPerClient};
 * a client is sent at most {@link Builder#maxBytesPerClient} bytes, all open clients together at most
 * {@link Builder#maxBytesInAll} (past that the oldest are closed). A request body is read up to
 * {@link Builder#maxBodyBytes}; a larger one is refused with 413. Requests are answered by a pool of
 * workers with a bounded queue; past it, connections are closed. A worker waits at most
 * {@link Builder#ioTimeout} for a request to arrive whole (from its first byte) and as long for its
 * answer to be taken; past that, the connection is closed ({@link ExchangeDeadlines}). Every answer
 * is JSON; an error never carries a stack trace.
 *
 * <p>The JDK's server writes an answer's headers and body apart: unless the JVM runs with
 * {@code -Dsun.net.httpserver.nodelay=true}, each answer waits out the client's delayed
 * acknowledgement (some 40 ms on Linux). The JDK reads that property once, when its server is first
 * used, so whoever starts the JVM sets it (the command line's main, a build's test configuration);
 * this class sets no system property.
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

    private static final byte[] NO_BODY = new byte[0];
    /** How much of a body over the bound is read and dropped, in multiples of the bound, before the connection is closed. */
    private static final int DRAIN_FACTOR = 4;

    private final ProtocolDispatcher dispatcher;
    private final ExchangeListener listener;
    private final HttpServer server;
    private final ExchangeDeadlines workers;

    private ProtocolServer(Builder settings) throws IOException {
        this.listener = settings.listener;
        this.server = HttpServer.create(new InetSocketAddress(settings.bind, settings.port), settings.queue);
        AtomicInteger threadNumber = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(settings.threads, settings.threads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(settings.queue), task -> {
                    Thread thread = new Thread(task, "protocol-server-" + threadNumber.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        this.workers = new ExchangeDeadlines(executor, settings.ioTimeout);
        AccessToken token = settings.token == null ? AccessToken.generate() : settings.token;
        this.dispatcher = new ProtocolDispatcher(settings.implementation, new HandleRegistry(settings.maxOpenClients,
                settings.maxDevicesPerClient, settings.maxBytesPerClient, settings.maxBytesInAll), settings.maxBodyBytes,
                RequestGuard.of(token, server.getAddress()));
        server.createContext("/", this::handle);
        server.setExecutor(workers);
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

    /** The token every call but {@code GET /v1/openapi.json} must carry; made at start unless one was given. */
    public AccessToken token() {
        return dispatcher.token();
    }

    /** The implementation it serves. */
    public Implementation implementation() {
        return dispatcher.implementation();
    }

    /** How many clients are open now. */
    public int openClients() {
        return dispatcher.handles().size();
    }

    /** How many workers are serving an exchange now (reading a request, working on it or writing its answer). */
    int busyWorkers() {
        return workers.busy();
    }

    /** Stops listening, then closes every open client. */
    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
        dispatcher.handles().closeAll();
    }

    // ---------------------------------------------------------------------------------------------

    /**
     * One exchange: the headers to the guard, the request to the dispatcher, its answer back, then the
     * listener. The worker's deadline runs while the request is read and while the answer is written,
     * not while the implementation works.
     */
    private void handle(HttpExchange exchange) throws IOException {
        ExchangeDeadlines.Watch watch = workers.current();
        String method = exchange.getRequestMethod();
        String rawPath = exchange.getRequestURI().getRawPath();
        OptionalLong declared = contentLength(exchange);
        ProtocolRequest request = new ProtocolRequest(method, rawPath, exchange.getRequestHeaders(), declared, NO_BODY);
        ProtocolAnswer answer;
        try {
            Optional<ProtocolAnswer> refused = dispatcher.refusal(request);
            if (refused.isPresent()) {
                // nothing more is read from a caller that may not call
                exchange.getResponseHeaders().set("Connection", "close");
                answer = refused.get();
            } else {
                request = new ProtocolRequest(method, rawPath, request.headers(), declared, readBody(exchange, declared));
                watch.disarm();
                answer = dispatcher.dispatch(request);
            }
        } catch (RuntimeException | Error e) {
            request = new ProtocolRequest(method, rawPath, request.headers(), declared, NO_BODY);
            answer = ProtocolAnswer.serverFailure(e);
        }
        watch.arm();
        try {
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            if (answer.status() == ProtocolError.ErrorCode.UNAUTHORIZED.status()) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"smime-conformance\"");
            }
            byte[] body = answer.body();
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } finally {
            exchange.close();
            watch.disarm();
            if (listener != null) {
                byte[] received = request.longerThan(dispatcher.maxBodyBytes()) ? NO_BODY : request.body();
                listener.exchanged(new Exchange(method, answer.path(), received, answer.status(), answer.body()));
            }
        }
    }

    /** The length the request declares; empty when it declares none (chunked) or one that is not a number. */
    private static OptionalLong contentLength(HttpExchange exchange) {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                return OptionalLong.of(Long.parseLong(declared.strip()));
            } catch (NumberFormatException e) {
                // the server itself refuses such a request before it reaches here; read what comes
            }
        }
        return OptionalLong.empty();
    }

    /**
     * The body, at most one byte over the dispatcher's bound (so that it sees the body is too large).
     * The rest of a body over the bound is read and dropped, up to {@link #DRAIN_FACTOR} times the
     * bound, so that the client can read the 413 on the same connection; past that, or when the
     * declared length is already past that, the connection is closed without reading more.
     */
    private byte[] readBody(HttpExchange exchange, OptionalLong declared) throws IOException {
        int max = dispatcher.maxBodyBytes();
        long drainable = (long) max * DRAIN_FACTOR;
        if (declared.orElse(0) > drainable) {
            exchange.getResponseHeaders().set("Connection", "close");
            return NO_BODY;
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(max + 1);
            if (body.length <= max) {
                return body;
            }
            long dropped = body.length;
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n > 0 && dropped <= drainable; n = in.read(buffer)) {
                dropped += n;
            }
            if (dropped > drainable) {
                exchange.getResponseHeaders().set("Connection", "close");
            }
            return body;
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
        private long maxBytesPerClient = HandleRegistry.DEFAULT_MAX_BYTES_PER_CLIENT;
        private long maxBytesInAll = HandleRegistry.DEFAULT_MAX_BYTES_IN_ALL;
        private int threads = 32;
        private int queue = 64;
        private Duration ioTimeout = Duration.ofSeconds(10);
        private AccessToken token;
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

        /**
         * The most bytes sent to one client (32 MiB by default): its world and every body sent to it or its
         * devices; past it a call is refused with 507 {@code CLIENT_FULL}, before the implementation sees it.
         */
        public Builder maxBytesPerClient(long max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxBytesPerClient must be at least 1, not " + max);
            }
            this.maxBytesPerClient = max;
            return this;
        }

        /** The most bytes sent to all open clients together (256 MiB by default); past it the oldest are closed. */
        public Builder maxBytesInAll(long max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxBytesInAll must be at least 1, not " + max);
            }
            this.maxBytesInAll = max;
            return this;
        }

        /**
         * The longest a worker waits for a request to arrive whole, from its first byte (line, headers and
         * body), and as long for its answer to be taken (10 seconds by default); past it the connection is closed.
         */
        public Builder ioTimeout(Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("ioTimeout must be positive, not " + timeout);
            }
            this.ioTimeout = timeout;
            return this;
        }

        /** The token callers must show; by default one is made at start ({@link AccessToken#generate()}). */
        public Builder token(AccessToken token) {
            this.token = Objects.requireNonNull(token, "token");
            return this;
        }

        /**
         * How many requests are served at once (32 by default) and how many wait (64). A worker is held
         * while a request arrives, while the implementation works on it and while its answer is taken.
         */
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
            if (maxBytesInAll < maxBytesPerClient) {
                throw new IllegalArgumentException("maxBytesInAll (" + maxBytesInAll + ") must be at least "
                        + "maxBytesPerClient (" + maxBytesPerClient + ")");
            }
            ProtocolServer server = new ProtocolServer(this);
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
}
