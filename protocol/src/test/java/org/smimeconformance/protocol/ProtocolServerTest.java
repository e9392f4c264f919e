package org.smimeconformance.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smimeconformance.contract.Capability;
import org.smimeconformance.contract.Endpoints;
import org.smimeconformance.contract.Limits;
import org.smimeconformance.contract.MailClient;
import org.smimeconformance.contract.NetworkSettings;
import org.smimeconformance.contract.UnsupportedCapabilityException;
import org.smimeconformance.contract.World;
import org.smimeconformance.contract.device.DeviceProfile;
import org.smimeconformance.contract.device.EnrollmentProvider;
import org.smimeconformance.contract.device.EnrollmentType;
import org.smimeconformance.contract.device.OutlookApp;
import org.smimeconformance.contract.device.Platform;
import org.smimeconformance.contract.trust.CertificateCheck;
import org.smimeconformance.contract.trust.CertificateUse;

/**
 * The server's answers, through {@link HttpImplementation} and through plain HTTP: each error of
 * the contract comes back as the contract's exception, each bound holds, every answer fits the
 * OpenAPI document.
 */
class ProtocolServerTest {

    static final World WORLD = new World(Clock.fixed(ContractSamples.AT, ZoneOffset.UTC), List.of(),
            NetworkSettings.defaults(), Endpoints.none(), Limits.defaults());
    static final DeviceProfile IPHONE = new DeviceProfile("Alice's iPhone", Platform.IOS, EnrollmentProvider.NONE,
            EnrollmentType.UNENROLLED);

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
    void the_same_device_has_the_same_id() throws Exception {
        String client = open();
        String first = post("/v1/clients/" + client + "/devices", JSON.writeValueAsString(IPHONE).replace("\"ANDROID\"", ""))
                .path("device").asText();
        String again = post("/v1/clients/" + client + "/devices", ProtocolJson.lenient().writeValueAsString(IPHONE))
                .path("device").asText();

        assertThat(first).isNotEmpty().isEqualTo(again);
    }

    @Test
    void a_malformed_body_is_400_and_an_unknown_argument_too() throws Exception {
        String client = open();

        HttpResponse<String> notJson = send("POST", "/v1/clients/" + client + "/trust/verify", "{\"check\": ");
        HttpResponse<String> unknown = send("POST", "/v1/clients/" + client + "/trust/verify", "{\"chek\": {}}");
        HttpResponse<String> wrongShape = send("POST", "/v1/clients/" + client + "/trust/verify",
                "{\"check\": {\"certificate\": \"AQID\", \"intermediates\": [], \"knownCrls\": [], \"use\": \"NOBODY\"}}");

        assertError(notJson, 400, "MALFORMED_JSON");
        assertError(unknown, 400, "INVALID_ARGUMENT");
        assertThat(unknown.body()).contains("unknown argument", "check");
        assertError(wrongShape, 400, "INVALID_ARGUMENT");
        assertThat(wrongShape.body()).contains("NOBODY");
    }

    @Test
    void unknown_clients_devices_and_paths_are_404_and_a_wrong_method_405() throws Exception {
        String client = open();

        assertError(send("POST", "/v1/clients/c999/trust/verify", "{}"), 404, "UNKNOWN_CLIENT");
        assertError(send("DELETE", "/v1/clients/c999", null), 404, "UNKNOWN_CLIENT");
        assertError(send("POST", "/v1/clients/" + client + "/devices/d9/profile", "{}"), 404, "UNKNOWN_DEVICE");
        assertError(send("POST", "/v1/clients/" + client + "/trust/forgive", "{}"), 404, "UNKNOWN_OPERATION");
        assertError(send("GET", "/v2/anything", null), 404, "UNKNOWN_OPERATION");
        assertError(send("GET", "/v1/clients/" + client + "/trust/verify", null), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void a_body_over_the_bound_is_413() throws Exception {
        String client = open();
        String huge = "{\"check\": \"" + "A".repeat(100 * 1024) + "\"}";

        assertError(send("POST", "/v1/clients/" + client + "/trust/verify", huge), 413, "BODY_TOO_LARGE");
    }

    @Test
    void past_the_bound_of_open_clients_the_oldest_is_closed() throws Exception {
        String first = open();
        String second = open();
        String third = open();

        assertThat(server.openClientIds()).containsExactly(second, third);
        assertThat(scripted.closed).hasValue(1);
        assertError(send("POST", "/v1/clients/" + first + "/trust/verify", "{\"check\": null}"), 404, "UNKNOWN_CLIENT");
    }

    @Test
    void past_the_bound_of_devices_a_client_opens_no_more() throws Exception {
        String client = open();
        for (String name : List.of("a", "b")) {
            post("/v1/clients/" + client + "/devices", ProtocolJson.lenient().writeValueAsString(
                    new DeviceProfile(name, Platform.IOS, EnrollmentProvider.NONE, EnrollmentType.UNENROLLED)));
        }
        HttpResponse<String> third = send("POST", "/v1/clients/" + client + "/devices", ProtocolJson.lenient()
                .writeValueAsString(new DeviceProfile("c", Platform.IOS, EnrollmentProvider.NONE, EnrollmentType.UNENROLLED)));

        assertError(third, 429, "TOO_MANY_DEVICES");
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
