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
        remote = HttpImplementation.connect(server.uri());
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
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofInputStream(
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
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.uri() + path)).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void assertError(HttpResponse<String> response, int status, String code) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.path("error").asText()).as(response.body()).isEqualTo(code);
        assertThat(error.path("message").asText()).isNotBlank().doesNotContain("\tat ");
    }
}
