package org.smimeconformance.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smimeconformance.protocol.ContractSamples.IPHONE;
import static org.smimeconformance.protocol.ContractSamples.WORLD;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smimeconformance.contract.capability.Capability;
import org.smimeconformance.contract.MailClient;
import org.smimeconformance.contract.capability.UnsupportedCapabilityException;
import org.smimeconformance.contract.device.OutlookApp;
import org.smimeconformance.contract.trust.CertificateCheck;
import org.smimeconformance.contract.trust.CertificateUse;

/**
 * The server on loopback, through {@link HttpImplementation} and through plain HTTP: each error of
 * the contract comes back as the contract's exception, the dispatcher's answers cross the wire with
 * their status and content type, a body over the bound is refused, every exchange reaches the
 * listener and fits the OpenAPI document. What the dispatcher answers to each request is
 * {@link ProtocolDispatcherTest}'s.
 */
class ProtocolServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OpenApiValidator SCHEMAS = new OpenApiValidator();

    private final ScriptedImplementation scripted = new ScriptedImplementation();
    private final List<ProtocolServer.Exchange> exchanges = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ProtocolServer server;
    private HttpImplementation remote;

    @BeforeEach
    void serve() throws IOException {
        server = ProtocolServer.over(scripted).maxOpenClients(2).maxDevicesPerClient(2).maxBodyBytes(64 * 1024)
                .listener(exchanges::add).start();
        remote = HttpImplementation.to(server.uri()).token(server.token()).connect();
    }

    @AfterEach
    void everyAnswerFitsTheDocument() {
        server.close();
        assertThat(exchanges).isNotEmpty();
        assertThat(exchanges.stream().flatMap(e -> SCHEMAS.problems(e).stream())).isEmpty();
    }

    @Test
    void the_implementation_is_described_by_the_server() {
        assertThat(remote.capabilities()).containsExactlyInAnyOrder(Capability.TRUST, Capability.PLATFORM_IOS);
        assertThat(remote.remoteName()).isEqualTo("scripted");
        assertThat(remote.name()).isEqualTo(server.uri().toString());
        assertThat(remote.description()).contains("scripted", "answers as scripted");
    }

    @Test
    void the_contracts_exceptions_come_back_as_themselves() {
        try (MailClient client = remote.open(WORLD)) {
            assertThat(client.trust().verify(check("fine")).trusted()).isTrue();
            assertThatThrownBy(() -> client.trust().verify(check("unsupported")))
                    .isInstanceOfSatisfying(UnsupportedCapabilityException.class,
                            e -> assertThat(e.capability()).isEqualTo(Capability.LDAP_LOOKUP));
            assertThatThrownBy(() -> client.trust().verify(check("invalid")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("not a certificate I take");
            assertThatThrownBy(() -> client.trust().verify(check("broken")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("TrustVerification.verify", "HTTP 500 INTERNAL", "the scripted implementation broke");
        }
        assertThat(scripted.closed).hasValue(1);
        assertThat(server.openClients()).isZero();
    }

    @Test
    void a_default_method_of_the_contract_is_unsupported_with_its_capability() {
        try (MailClient client = remote.open(WORLD)) {
            OutlookApp app = client.device(IPHONE);
            assertThat(app.profile()).isEqualTo(IPHONE);
            assertThatThrownBy(() -> app.stores().installAttachment(new byte[] {1}, "secret".toCharArray()))
                    .isInstanceOfSatisfying(UnsupportedCapabilityException.class,
                            e -> assertThat(e.capability()).isEqualTo(Capability.MANUAL_DELIVERY));
            assertThatThrownBy(() -> app.stores().visibleToOutlook())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("CertificateStores.visibleToOutlook");
        }
    }

    @Test
    void answers_cross_the_wire_with_their_status_and_content_type() throws Exception {
        String client = open();

        assertError(send("GET", "/v2/anything", null), 404, "UNKNOWN_OPERATION");
        assertError(send("POST", "/v1/clients/c999/trust/verify", "{}"), 404, "UNKNOWN_CLIENT");
        assertError(send("GET", "/v1/clients/" + client + "/trust/verify", null), 405, "METHOD_NOT_ALLOWED");
        assertError(send("POST", "/v1/clients/" + client + "/trust/verify", "{\"check\": "), 400, "MALFORMED_JSON");
        HttpResponse<String> closed = send("DELETE", "/v1/clients/" + client, null);

        assertThat(closed.statusCode()).isEqualTo(204);
        assertThat(closed.body()).isEmpty();
        assertThat(server.openClients()).isZero();
    }

    @Test
    void a_body_over_the_bound_is_413() throws Exception {
        String client = open();
        String huge = "{\"check\": \"" + "A".repeat(100 * 1024) + "\"}";

        assertError(send("POST", "/v1/clients/" + client + "/trust/verify", huge), 413, "BODY_TOO_LARGE");
        // without a Content-Length (chunked), the bound is found by reading
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(server.uri() + "/v1/clients/" + client + "/trust/verify"))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + server.token().value())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8)))).build();
        assertError(http.send(chunked, HttpResponse.BodyHandlers.ofString()), 413, "BODY_TOO_LARGE");
        try (MailClient after = remote.open(WORLD)) {
            assertThat(after.trust().verify(check("fine")).trusted()).as("the server goes on answering").isTrue();
        }
    }

    @Test
    void nothing_answers_at_a_closed_server() {
        URI gone = server.uri();
        server.close();

        assertThatThrownBy(() -> HttpImplementation.connect(gone, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(gone.toString());
        assertThatThrownBy(() -> HttpImplementation.connect(URI.create("ftp://127.0.0.1:21")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http://");
    }

    @Test
    void without_the_token_the_client_gets_nothing_and_is_told_why() {
        assertThatThrownBy(() -> HttpImplementation.connect(server.uri()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("HTTP 401 UNAUTHORIZED", "no token was sent", AccessToken.ENVIRONMENT_VARIABLE);
        AccessToken other = AccessToken.generate();
        assertThatThrownBy(() -> HttpImplementation.to(server.uri()).token(other).connect())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("HTTP 401", "does not take the token");
    }

    @Test
    void a_refused_caller_gets_its_error_and_nothing_over_the_wire() throws Exception {
        String client = open();
        String verify = "/v1/clients/" + client + "/trust/verify";
        String right = server.token().value();
        String sameLength = right.substring(0, right.length() - 1) + (right.endsWith("A") ? "B" : "A");

        HttpResponse<String> noToken = send("POST", verify, "{}", Map.of("Content-Type", "application/json"));
        HttpResponse<String> wrongToken = send("POST", verify, "{}", Map.of("Content-Type", "application/json",
                "Authorization", "Bearer " + sameLength));
        HttpResponse<String> foreignOrigin = send("POST", verify, "{}", Map.of("Content-Type", "application/json",
                "Authorization", "Bearer " + right, "Origin", "http://evil.example"));
        HttpResponse<String> plainText = send("POST", verify, "{}", Map.of("Content-Type", "text/plain",
                "Authorization", "Bearer " + right));
        String foreignHost = raw("GET /v1/implementation HTTP/1.1\r\nHost: evil.example:" + server.port()
                + "\r\nAuthorization: Bearer " + right + "\r\n\r\n");

        assertError(noToken, 401, "UNAUTHORIZED");
        assertThat(noToken.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertError(wrongToken, 401, "UNAUTHORIZED");
        assertError(foreignOrigin, 403, "FORBIDDEN_ORIGIN");
        assertError(plainText, 415, "UNSUPPORTED_MEDIA_TYPE");
        assertThat(foreignHost).startsWith("HTTP/1.1 403").contains("FORBIDDEN_HOST").doesNotContain("scripted");
        for (HttpResponse<String> refused : List.of(noToken, wrongToken, foreignOrigin, plainText)) {
            assertThat(refused.body()).doesNotContain(client, "scripted", "CN=Scripted", right);
            assertThat(refused.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
        assertThat(scripted.verified).as("no refused call reached the implementation").hasValue(0);
    }

    @Test
    void a_refused_caller_is_answered_before_its_body_is_read() throws Exception {
        // announces a gigabyte and sends none of it: the refusal comes at once, the connection is closed
        String answer = raw("POST /v1/clients HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                + "\r\nContent-Type: application/json\r\nContent-Length: 1073741824\r\n\r\n{");

        assertThat(answer).startsWith("HTTP/1.1 401").contains("UNAUTHORIZED");
        assertThat(scripted.opened).hasValue(0);
    }

    @Test
    void the_ids_the_server_chooses_cannot_be_guessed() throws Exception {
        String first = open();
        String second = open();

        assertThat(List.of(first, second)).doesNotHaveDuplicates().allMatch(id -> id.matches("[A-Za-z0-9_-]{22}"));
        assertError(send("POST", "/v1/clients/c1/trust/verify", "{}"), 404, "UNKNOWN_CLIENT");
    }

    /** Sends these bytes on a socket of its own and reads one answer: its head and as much body as it declares. */
    private String raw(String request) throws IOException {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(server.uri().getHost(), server.port()), 5_000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return readAnswer(socket.getInputStream());
        }
    }

    /** One HTTP answer from the stream: the head up to its blank line, then Content-Length bytes of body. */
    static String readAnswer(java.io.InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return head.toString();
            }
            head.append((char) b);
        }
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
        int n = length.find() ? Integer.parseInt(length.group(1)) : 0;
        return head + new String(in.readNBytes(n), StandardCharsets.ISO_8859_1);
    }

    private static CertificateCheck check(String certificate) {
        return CertificateCheck.of(certificate.getBytes(StandardCharsets.UTF_8), CertificateUse.SENDER);
    }

    private String open() throws Exception {
        return post("/v1/clients", ProtocolJson.lenient().writeValueAsString(WORLD)).path("client").asText();
    }

    private JsonNode post(String path, String body) throws Exception {
        HttpResponse<String> response = send("POST", path, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return send(method, path, body, body == null
                ? Map.of("Authorization", "Bearer " + server.token().value())
                : Map.of("Authorization", "Bearer " + server.token().value(), "Content-Type", "application/json"));
    }

    private HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.uri() + path)).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertError(HttpResponse<String> response, int status, String code) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.path("error").asText()).as(response.body()).isEqualTo(code);
        assertThat(error.path("message").asText()).isNotBlank().doesNotContain("\tat ");
    }
}
