package org.smimeconformance.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;
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
 * with the JDK's HTTP server: a thin transport that reads each request (at most one byte over the
 * bound of a body), hands it to a {@link ProtocolDispatcher}, writes back its answer and shows the
 * exchange to the {@link ExchangeListener}. What the protocol answers is the dispatcher's.
 *
 * <p>Clients are opened by {@code POST /v1/clients} and kept by id until {@code DELETE}d; when more
 * than {@link Builder#maxOpenClients} are open, the oldest is closed, so that a driver that forgets
 * to close cannot exhaust memory. Devices are kept per client, at most {@link Builder#maxDevicesPerClient}.
 * A request body is read up to {@link Builder#maxBodyBytes}; a larger one is refused with 413. Requests
 * are answered by a small fixed pool of threads with a bounded queue; past it, connections are closed.
 * Every answer is JSON; an error never carries a stack trace.
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
    private final ThreadPoolExecutor executor;

    private ProtocolServer(ProtocolDispatcher dispatcher, Builder settings) throws IOException {
        this.dispatcher = dispatcher;
        this.listener = settings.listener;
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
        return dispatcher.implementation();
    }

    /** How many clients are open now. */
    public int openClients() {
        return dispatcher.handles().size();
    }

    /** Stops listening, then closes every open client. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        dispatcher.handles().closeAll();
    }

    // ---------------------------------------------------------------------------------------------

    /** One exchange: the request to the dispatcher, its answer back, then the listener. */
    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String rawPath = exchange.getRequestURI().getRawPath();
        OptionalLong declared = contentLength(exchange);
        ProtocolRequest request;
        ProtocolAnswer answer;
        try {
            request = new ProtocolRequest(method, rawPath, declared, readBody(exchange, declared));
            answer = dispatcher.dispatch(request);
        } catch (RuntimeException | Error e) {
            request = new ProtocolRequest(method, rawPath, declared, NO_BODY);
            answer = ProtocolAnswer.serverFailure(e);
        }
        try {
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            byte[] body = answer.body();
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } finally {
            exchange.close();
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
            ProtocolDispatcher dispatcher = new ProtocolDispatcher(implementation,
                    new HandleRegistry(maxOpenClients, maxDevicesPerClient), maxBodyBytes);
            ProtocolServer server = new ProtocolServer(dispatcher, this);
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
