package org.smimeconformance.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smimeconformance.protocol.ContractSamples.IPHONE;
import static org.smimeconformance.protocol.ContractSamples.WORLD;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smimeconformance.contract.capability.Capability;
import org.smimeconformance.contract.Implementation;
import org.smimeconformance.contract.MailClient;
import org.smimeconformance.contract.World;
import org.smimeconformance.contract.device.DeviceProfile;
import org.smimeconformance.contract.device.EnrollmentProvider;
import org.smimeconformance.contract.device.EnrollmentType;
import org.smimeconformance.contract.device.Platform;

/**
 * The protocol without a network: requests go straight to the dispatcher and its answers are read
 * as they are (status, content type, JSON, path template). Every answer fits the OpenAPI document.
 */
class ProtocolDispatcherTest {

    private static final int MAX_BODY = 64 * 1024;
    private static final String VERIFY = "/trust/verify";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OpenApiValidator SCHEMAS = new OpenApiValidator();

    private final ScriptedImplementation scripted = new ScriptedImplementation();
    static final AccessToken TOKEN = AccessToken.generate();
    static final RequestGuard GUARD = RequestGuard.of(TOKEN, new InetSocketAddress(InetAddress.getLoopbackAddress(), 8080));

    private final ProtocolDispatcher dispatcher = new ProtocolDispatcher(scripted, new HandleRegistry(2, 2), MAX_BODY, GUARD);
    private final List<ProtocolServer.Exchange> exchanges = new CopyOnWriteArrayList<>();

    @AfterEach
    void everyAnswerFitsTheDocument() {
        assertThat(exchanges).isNotEmpty();
        assertThat(exchanges.stream().flatMap(e -> SCHEMAS.problems(e).stream())).isEmpty();
    }

    @Test
    void the_implementation_and_the_document_are_served() throws IOException {
        ProtocolAnswer described = dispatch("GET", "/v1/implementation", "");
        ProtocolAnswer document = dispatch("GET", "/v1/openapi.json", "");

        assertThat(described.status()).isEqualTo(200);
        assertThat(described.path()).isEqualTo(ContractPaths.IMPLEMENTATION);
        assertThat(json(described).path("name").asText()).isEqualTo("scripted");
        assertThat(json(described).path("capabilities").toString()).isEqualTo("[\"TRUST\",\"PLATFORM_IOS\"]");
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body()).isEqualTo(OpenApi.document());
    }

    @Test
    void a_successful_call_answers_its_value_at_the_operations_path() throws IOException {
        String client = open();

        ProtocolAnswer answer = dispatch("POST", "/v1/clients/" + client + VERIFY, check("fine"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("application/json");
        assertThat(answer.path()).isEqualTo("/v1/clients/{client}/trust/verify");
        assertThat(json(answer).path("value").path("outcome").path("code").asText()).isEqualTo("TRUSTED");
        assertThat(json(answer).path("value").path("chain").toString()).isEqualTo("[\"CN=Scripted\"]");
    }

    @Test
    void an_unsupported_capability_is_501_with_the_capability_and_the_operation() throws IOException {
        String client = open();
        String device = openDevice(client, IPHONE);

        ProtocolAnswer lacking = dispatch("POST", "/v1/clients/" + client + VERIFY, check("unsupported"));
        ProtocolAnswer byDefault = dispatch("POST", "/v1/clients/" + client + "/devices/" + device + "/stores/installAttachment",
                "{\"pkcs12\": \"AQ==\", \"password\": \"secret\"}");

        assertError(lacking, 501, "UNSUPPORTED_CAPABILITY");
        assertThat(json(lacking).path("capability").asText()).isEqualTo(Capability.LDAP_LOOKUP.name());
        assertThat(json(lacking).path("operation").asText()).isEqualTo("TrustVerification.verify");
        assertError(byDefault, 501, "UNSUPPORTED_CAPABILITY");
        assertThat(json(byDefault).path("capability").asText()).isEqualTo(Capability.MANUAL_DELIVERY.name());
        assertThat(json(byDefault).path("operation").asText()).isEqualTo("CertificateStores.installAttachment");
    }

    @Test
    void a_refused_argument_is_400_and_any_other_failure_500_naming_the_operation() throws IOException {
        String client = open();

        ProtocolAnswer refused = dispatch("POST", "/v1/clients/" + client + VERIFY, check("invalid"));
        ProtocolAnswer broken = dispatch("POST", "/v1/clients/" + client + VERIFY, check("broken"));

        assertError(refused, 400, "INVALID_ARGUMENT");
        assertThat(json(refused).path("message").asText()).isEqualTo("not a certificate I take");
        assertThat(json(refused).path("capability").isNull()).isTrue();
        assertError(broken, 500, "INTERNAL");
        assertThat(json(broken).path("operation").asText()).isEqualTo("TrustVerification.verify");
        assertThat(json(broken).path("message").asText()).contains("IllegalStateException", "the scripted implementation broke");
    }

    @Test
    void an_unknown_path_is_404_and_names_no_path_of_the_document() throws IOException {
        String client = open();

        for (String path : List.of("/v2/anything", "/", "/v1/clients/" + client + "/trust/forgive",
                "/v1/clients/" + client + "/trust", "/v1/clients/" + client + "/devices/d1/stores/nothing", "/v1/%G1")) {
            ProtocolAnswer answer = dispatch("POST", path, "{}");
            assertError(answer, 404, "UNKNOWN_OPERATION");
            assertThat(answer.path()).as(path).isNull();
        }
        assertThat(json(dispatch("GET", "/v1/%G1", "")).path("message").asText()).startsWith("not a path of the protocol");
    }

    @Test
    void a_malformed_body_is_400_malformed_json_and_json_that_does_not_fit_400_invalid_argument() throws IOException {
        String client = open();
        String verify = "/v1/clients/" + client + VERIFY;

        ProtocolAnswer notJson = dispatch("POST", verify, "{\"check\": ");
        ProtocolAnswer notAnObject = dispatch("POST", verify, "[1]");
        ProtocolAnswer unknown = dispatch("POST", verify, "{\"chek\": {}}");
        ProtocolAnswer wrongShape = dispatch("POST", verify,
                "{\"check\": {\"certificate\": \"AQID\", \"intermediates\": [], \"knownCrls\": [], \"use\": \"NOBODY\"}}");
        ProtocolAnswer missing = dispatch("POST", verify, "{\"check\": null}");
        ProtocolAnswer noWorld = dispatch("POST", "/v1/clients", "null");
        ProtocolAnswer worldNotJson = dispatch("POST", "/v1/clients", "{\"clock\": tru");

        assertError(notJson, 400, "MALFORMED_JSON");
        assertThat(json(notJson).path("operation").asText()).isEqualTo("TrustVerification.verify");
        assertError(notAnObject, 400, "INVALID_ARGUMENT");
        assertThat(json(notAnObject).path("message").asText()).contains("{\"check\": ...}");
        assertError(unknown, 400, "INVALID_ARGUMENT");
        assertThat(json(unknown).path("message").asText()).contains("unknown argument", "check");
        assertError(wrongShape, 400, "INVALID_ARGUMENT");
        assertThat(json(wrongShape).path("message").asText()).contains("NOBODY").doesNotContain("DeserializationFeature");
        assertError(missing, 400, "INVALID_ARGUMENT");
        assertThat(json(missing).path("message").asText()).contains("\"check\" is missing or null");
        assertError(noWorld, 400, "INVALID_ARGUMENT");
        assertError(worldNotJson, 400, "MALFORMED_JSON");
        assertThat(scripted.opened).hasValue(1);
    }

    @Test
    void a_body_over_the_bound_is_413_before_anything_but_the_guard() throws IOException {
        String client = open();
        byte[] over = new byte[MAX_BODY + 1];

        ProtocolAnswer tooLong = record(request("POST", "/v1/clients/" + client + VERIFY, over));
        ProtocolAnswer declaredTooLong = record(new ProtocolRequest("POST", "/v1/clients/" + client + VERIFY,
                admitted("POST"), OptionalLong.of(Integer.MAX_VALUE + 1L), new byte[0]));
        ProtocolAnswer nowhere = record(request("GET", "/v2/anything", over));
        ProtocolAnswer atTheBound = record(request("POST", "/v1/clients/" + client + VERIFY, new byte[MAX_BODY]));

        assertError(tooLong, 413, "BODY_TOO_LARGE");
        assertThat(json(tooLong).path("message").asText()).contains(String.valueOf(MAX_BODY));
        assertThat(tooLong.path()).isNull();
        assertError(declaredTooLong, 413, "BODY_TOO_LARGE");
        assertError(nowhere, 413, "BODY_TOO_LARGE");
        assertError(atTheBound, 400, "MALFORMED_JSON");
    }

    @Test
    void unknown_clients_and_devices_are_404_and_a_wrong_method_405() throws IOException {
        String client = open();

        assertError(dispatch("POST", "/v1/clients/c999" + VERIFY, "{}"), 404, "UNKNOWN_CLIENT");
        assertError(dispatch("DELETE", "/v1/clients/c999", ""), 404, "UNKNOWN_CLIENT");
        assertError(dispatch("POST", "/v1/clients/c999/devices", "{}"), 404, "UNKNOWN_CLIENT");
        assertError(dispatch("POST", "/v1/clients/" + client + "/devices/d9/profile", "{}"), 404, "UNKNOWN_DEVICE");
        ProtocolAnswer wrongMethod = dispatch("GET", "/v1/clients/" + client + VERIFY, "");
        assertError(wrongMethod, 405, "METHOD_NOT_ALLOWED");
        assertThat(wrongMethod.path()).isEqualTo("/v1/clients/{client}/trust/verify");
        assertError(dispatch("POST", "/v1/implementation", "{}"), 405, "METHOD_NOT_ALLOWED");
        assertError(dispatch("PUT", "/v1/clients", "{}"), 405, "METHOD_NOT_ALLOWED");
        assertError(dispatch("POST", "/v1/clients/" + client, "{}"), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void a_closed_client_answers_204_without_a_body_and_is_then_unknown() throws IOException {
        String client = open();

        ProtocolAnswer closed = dispatch("DELETE", "/v1/clients/" + client, "");

        assertThat(closed.status()).isEqualTo(204);
        assertThat(closed.body()).isEmpty();
        assertThat(closed.path()).isEqualTo(ContractPaths.CLIENT);
        assertThat(scripted.closed).hasValue(1);
        assertError(dispatch("POST", "/v1/clients/" + client + VERIFY, check("fine")), 404, "UNKNOWN_CLIENT");
    }

    @Test
    void the_same_device_has_the_same_id_and_past_the_bound_a_client_opens_no_more() throws IOException {
        String client = open();

        String first = openDevice(client, IPHONE);
        String again = openDevice(client, IPHONE);
        String second = openDevice(client, device("b"));
        ProtocolAnswer third = dispatch("POST", "/v1/clients/" + client + "/devices", json(device("c")));

        assertThat(first).isEqualTo(again).isNotEqualTo(second).matches("[A-Za-z0-9_-]{22}");
        assertThat(second).matches("[A-Za-z0-9_-]{22}");
        assertError(third, 429, "TOO_MANY_DEVICES");
        assertThat(json(third).path("operation").asText()).isEqualTo("MailClient.device");
        ProtocolAnswer profile = dispatch("POST", "/v1/clients/" + client + "/devices/" + first + "/profile", "{}");
        assertThat(json(profile).path("value").path("deviceId").asText()).isEqualTo(IPHONE.deviceId());
    }

    @Test
    void past_the_bound_of_open_clients_the_oldest_is_closed() throws IOException {
        String first = open();
        String second = open();
        String third = open();

        assertThat(dispatcher.handles().ids()).containsExactly(second, third);
        assertThat(scripted.closed).hasValue(1);
        ProtocolAnswer evicted = dispatch("POST", "/v1/clients/" + first + VERIFY, check("fine"));
        assertError(evicted, 404, "UNKNOWN_CLIENT");
        assertThat(json(evicted).path("message").asText()).contains("more than 2 were open");
    }

    @Test
    void a_failure_of_the_server_itself_is_500_and_never_thrown() throws IOException {
        Implementation nameless = new Implementation() {
            @Override
            public String name() {
                throw new IllegalStateException("no name today");
            }

            @Override
            public String description() {
                return "fails to say its name";
            }

            @Override
            public Set<Capability> capabilities() {
                return Set.of();
            }

            @Override
            public MailClient open(World world) {
                throw new IllegalArgumentException("this world is not for me");
            }
        };
        ProtocolDispatcher failing = new ProtocolDispatcher(nameless, new HandleRegistry(1, 1), MAX_BODY, GUARD);

        ProtocolAnswer described = record(failing, request("GET", "/v1/implementation", new byte[0]));
        ProtocolAnswer opened = record(failing, request("POST", "/v1/clients",
                ProtocolJson.lenient().writeValueAsBytes(WORLD)));

        assertError(described, 500, "INTERNAL");
        assertThat(json(described).path("message").asText()).startsWith("the server failed").contains("no name today");
        assertError(opened, 400, "INVALID_ARGUMENT");
        assertThat(json(opened).path("operation").asText()).isEqualTo("Implementation.open");
    }

    // ---------------------------------------------------------------------------------------------

    private String open() throws IOException {
        ProtocolAnswer answer = dispatch("POST", "/v1/clients", json(WORLD));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return json(answer).path("client").asText();
    }

    private String openDevice(String client, DeviceProfile profile) throws IOException {
        ProtocolAnswer answer = dispatch("POST", "/v1/clients/" + client + "/devices", json(profile));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return json(answer).path("device").asText();
    }

    private static DeviceProfile device(String id) {
        return new DeviceProfile(id, Platform.IOS, EnrollmentProvider.NONE, EnrollmentType.UNENROLLED);
    }

    private static String check(String certificate) {
        String base64 = java.util.Base64.getEncoder().encodeToString(certificate.getBytes(StandardCharsets.UTF_8));
        return "{\"check\": {\"certificate\": \"" + base64 + "\", \"intermediates\": [], \"knownCrls\": [], \"use\": \"SENDER\"}}";
    }

    private static String json(Object value) throws IOException {
        return ProtocolJson.lenient().writeValueAsString(value);
    }

    private static JsonNode json(ProtocolAnswer answer) throws IOException {
        return JSON.readTree(answer.body());
    }

    private ProtocolAnswer dispatch(String method, String path, String body) {
        return record(request(method, path, body.getBytes(StandardCharsets.UTF_8)));
    }

    /** A request with the headers the guard admits: the Host, the token, JSON for a POST. */
    static ProtocolRequest request(String method, String path, byte[] body) {
        return ProtocolRequest.of(method, path, body).withHeaders(admitted(method));
    }

    /** The headers the guard admits, for this method. */
    static Map<String, List<String>> admitted(String method) {
        return method.equals("POST")
                ? Map.of("Host", List.of("127.0.0.1:8080"), "Authorization", List.of("Bearer " + TOKEN.value()),
                        "Content-Type", List.of("application/json"))
                : Map.of("Host", List.of("127.0.0.1:8080"), "Authorization", List.of("Bearer " + TOKEN.value()));
    }

    private ProtocolAnswer record(ProtocolRequest request) {
        return record(dispatcher, request);
    }

    /** The answer, kept as the exchange the server would show its listener. */
    private ProtocolAnswer record(ProtocolDispatcher to, ProtocolRequest request) {
        ProtocolAnswer answer = to.dispatch(request);
        byte[] received = request.longerThan(to.maxBodyBytes()) ? new byte[0] : request.body();
        exchanges.add(new ProtocolServer.Exchange(request.method(), answer.path(), received, answer.status(), answer.body()));
        return answer;
    }

    private static void assertError(ProtocolAnswer answer, int status, String code) throws IOException {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).isEqualTo("application/json");
        JsonNode error = JSON.readTree(answer.body());
        assertThat(error.path("error").asText()).as(answer.toString()).isEqualTo(code);
        assertThat(error.path("message").asText()).isNotBlank().doesNotContain("\tat ");
    }
}
