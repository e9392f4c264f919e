package org.smimeconformance.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.smimeconformance.protocol.ContractSamples.WORLD;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smimeconformance.contract.MailClient;
import org.smimeconformance.contract.trust.CertificateCheck;
import org.smimeconformance.contract.trust.CertificateUse;

/**
 * Slow callers (slowloris): raw sockets that send part of a request, its headers or its body, and
 * hold it. They hold a worker each for at most the server's deadline, never every worker, and a fast
 * caller is answered meanwhile; past the deadline their connections are closed and the workers freed.
 * Every wait is bounded; nothing sleeps.
 */
class SlowCallerTest {

    private final List<Socket> slow = new ArrayList<>();
    private ProtocolServer server;

    @AfterEach
    void stop() throws IOException {
        for (Socket socket : slow) {
            socket.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void sixteen_slow_callers_holding_their_headers_or_body_do_not_stop_a_fast_one() throws IOException {
        server = ProtocolServer.over(new ScriptedImplementation()).ioTimeout(Duration.ofSeconds(60)).start();
        for (int i = 0; i < 8; i++) {
            slow.add(holdingItsHeaders());
            slow.add(holdingItsBody());
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> server.busyWorkers() >= 16);

        HttpImplementation fast = HttpImplementation.to(server.uri()).token(server.token())
                .timeouts(Duration.ofSeconds(5), Duration.ofSeconds(10)).connect();
        try (MailClient client = fast.open(WORLD)) {
            assertThat(client.trust().verify(check()).trusted()).isTrue();
        }

        assertThat(server.busyWorkers()).as("the slow callers are still held, each on a worker of its own")
                .isGreaterThanOrEqualTo(16);
    }

    @Test
    void past_the_deadline_a_slow_caller_is_cut_off_and_its_worker_serves_the_next() throws IOException {
        server = ProtocolServer.over(new ScriptedImplementation()).threads(2, 4).ioTimeout(Duration.ofSeconds(1)).start();
        Socket headers = holdingItsHeaders();
        Socket body = holdingItsBody();
        slow.add(headers);
        slow.add(body);
        await().atMost(Duration.ofSeconds(20)).until(() -> server.busyWorkers() == 2);

        // every worker is held: this one waits in the queue until the deadline frees one
        HttpImplementation fast = HttpImplementation.to(server.uri()).token(server.token())
                .timeouts(Duration.ofSeconds(5), Duration.ofSeconds(20)).connect();

        assertThat(fast.remoteName()).isEqualTo("scripted");
        assertClosedByTheServer(headers);
        assertClosedByTheServer(body);
        try (MailClient client = fast.open(WORLD)) {
            assertThat(client.trust().verify(check()).trusted()).isTrue();
        }
    }

    /** A request line and part of its headers, then nothing. */
    private Socket holdingItsHeaders() throws IOException {
        return holding("POST /v1/clients HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nContent-Ty");
    }

    /** Whole headers of an admitted request that announces 1000 bytes, then 10 of them. */
    private Socket holdingItsBody() throws IOException {
        return holding("POST /v1/clients HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nAuthorization: Bearer "
                + server.token().value() + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"clock\": ");
    }

    private Socket holding(String part) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(server.uri().getHost(), server.port()), 5_000);
        socket.getOutputStream().write(part.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return socket;
    }

    /** The server closes the connection (an end of stream or a reset) well before this side would give up. */
    private static void assertClosedByTheServer(Socket socket) throws IOException {
        socket.setSoTimeout(20_000);
        InputStream in = socket.getInputStream();
        int read;
        try {
            read = in.read();
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server still holds the slow connection", e);
        } catch (SocketException reset) {
            read = -1;
        }
        assertThat(read).as("nothing is answered to a request that never arrived whole").isEqualTo(-1);
    }

    private static CertificateCheck check() {
        return CertificateCheck.of("fine".getBytes(StandardCharsets.UTF_8), CertificateUse.SENDER);
    }
}
