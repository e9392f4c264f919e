package org.smimeconformance.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smimeconformance.protocol.ContractSamples.IPHONE;
import static org.smimeconformance.protocol.ContractSamples.WORLD;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Who may call, without a socket: the dispatcher's guard reads Host, Origin, the token and the
 * content type, and a caller refused by any of them gets its error and nothing else: no id, no
 * name, no data of the implementation.
 */
class RequestGuardTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOST = "127.0.0.1:8080";
    private static final AccessToken TOKEN = ProtocolDispatcherTest.TOKEN;
    private static final OpenApiValidator SCHEMAS = new OpenApiValidator();

    private final ScriptedImplementation scripted = new ScriptedImplementation();
    private final ProtocolDispatcher dispatcher = new ProtocolDispatcher(scripted, new HandleRegistry(8, 4), 64 * 1024,
            ProtocolDispatcherTest.GUARD);

    @Test
    void the_attack_of_the_issue_a_page_of_another_site_reads_nothing_of_another_clients_device() throws IOException {
        String client = open();
        String device = openDevice(client);
        String export = "/v1/clients/" + client + "/devices/" + device + "/stores/exportPkcs12";
        String body = "{\"certificateId\": \"any\", \"password\": \"secret\"}";

        // as a web page on the same machine can send it: its own Host and Origin, text/plain, no token
        Map<String, List<String>> page = Map.of("Host", List.of("evil.example:8080"), "Origin", List.of("http://evil.example:8080"),
                "Content-Type", List.of("text/plain"));
        Map<String, List<String>> rebound = Map.of("Host", List.of(HOST), "Origin", List.of("http://evil.example:8080"),
                "Content-Type", List.of("text/plain"));
        Map<String, List<String>> noToken = Map.of("Host", List.of(HOST), "Content-Type", List.of("application/json"));
        Map<String, List<String>> plainText = Map.of("Host", List.of(HOST), "Authorization", List.of("Bearer " + TOKEN.value()),
                "Content-Type", List.of("text/plain"));

        assertRefused(send("POST", export, page, body), 403, "FORBIDDEN_HOST", client, device);
        assertRefused(send("POST", export, rebound, body), 403, "FORBIDDEN_ORIGIN", client, device);
        assertRefused(send("POST", export, noToken, body), 401, "UNAUTHORIZED", client, device);
        assertRefused(send("POST", export, plainText, body), 415, "UNSUPPORTED_MEDIA_TYPE", client, device);
        assertRefused(send("POST", "/v1/clients/" + client + "/devices/" + device + "/profile", noToken, "{}"), 401,
                "UNAUTHORIZED", client, device);
        assertRefused(send("GET", "/v1/implementation", Map.of("Host", List.of(HOST)), ""), 401, "UNAUTHORIZED", client, device);
        assertRefused(send("DELETE", "/v1/clients/" + client, Map.of("Host", List.of(HOST)), ""), 401, "UNAUTHORIZED", client,
                device);
        assertRefused(send("POST", "/v1/clients", noToken, json(WORLD)), 401, "UNAUTHORIZED", client, device);
        assertThat(scripted.opened).as("no client opened by a refused caller").hasValue(1);
        assertThat(scripted.closed).hasValue(0);
        assertThat(dispatcher.handles().ids()).containsExactly(client);
    }

    @Test
    void a_wrong_token_of_the_same_length_a_wrong_scheme_or_two_tokens_are_refused() throws IOException {
        String client = open();
        String path = "/v1/clients/" + client + "/devices";
        String right = TOKEN.value();
        char last = right.charAt(right.length() - 1);
        String sameLength = right.substring(0, right.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThat(sameLength).hasSameSizeAs(right).isNotEqualTo(right);

        for (List<String> authorization : List.of(List.of("Bearer " + sameLength), List.of("Bearer " + right.substring(1)),
                List.of("Bearer " + right + "x"), List.of("Basic " + right), List.of(right), List.of("Bearer"), List.of(""),
                List.of("Bearer " + right, "Bearer " + right))) {
            Map<String, List<String>> headers = Map.of("Host", List.of(HOST), "Content-Type", List.of("application/json"),
                    "Authorization", authorization);
            assertRefused(send("POST", path, headers, json(IPHONE)), 401, "UNAUTHORIZED", client);
        }
        assertThat(send("POST", path, headers("bearer " + right, "application/json"), json(IPHONE)).status())
                .as("the scheme in any case").isEqualTo(200);
    }

    @Test
    void the_host_must_be_the_bound_address_or_for_loopback_localhost_with_the_port() {
        for (String host : List.of("127.0.0.1:8080", "localhost:8080", "LocalHost:8080", "[::1]:8080")) {
            assertThat(status(dispatcher, "GET", "/v1/implementation", Map.of("Host", List.of(host)))).as(host).isEqualTo(200);
        }
        for (String host : List.of("evil.example:8080", "127.0.0.1:8081", "127.0.0.1", "localhost", "127.0.0.1.nip.io:8080",
                "127.0.0.2:8080", "[::2]:8080", "user@127.0.0.1:8080", "127.0.0.1:8080/x", "", "[::1:8080", "127.0.0.1:99999",
                "localhost.:8080", "0x7f000001:8080")) {
            assertThat(status(dispatcher, "GET", "/v1/implementation", Map.of("Host", List.of(host)))).as(host).isEqualTo(403);
        }
        assertThat(status(dispatcher, "GET", "/v1/implementation", Map.of())).as("no Host").isEqualTo(403);
        assertThat(status(dispatcher, "GET", "/v1/implementation", Map.of("Host", List.of(HOST, HOST)))).as("two").isEqualTo(403);
    }

    @Test
    void a_bind_elsewhere_takes_its_own_address_and_a_bind_to_every_address_any_ip_address_but_no_name() throws Exception {
        ProtocolDispatcher remote = dispatcher(InetAddress.getByName("192.0.2.10"));
        ProtocolDispatcher everywhere = dispatcher(InetAddress.getByName("0.0.0.0"));

        assertThat(status(remote, "GET", "/v1/implementation", Map.of("Host", List.of("192.0.2.10:8080")))).isEqualTo(200);
        assertThat(status(remote, "GET", "/v1/implementation", Map.of("Host", List.of("localhost:8080")))).isEqualTo(403);
        assertThat(status(remote, "GET", "/v1/implementation", Map.of("Host", List.of("127.0.0.1:8080")))).isEqualTo(403);
        assertThat(status(remote, "GET", "/v1/implementation", Map.of("Host", List.of("build.example:8080")))).isEqualTo(403);
        assertThat(status(everywhere, "GET", "/v1/implementation", Map.of("Host", List.of("10.1.2.3:8080")))).isEqualTo(200);
        assertThat(status(everywhere, "GET", "/v1/implementation", Map.of("Host", List.of("[fe80::1]:8080")))).isEqualTo(200);
        assertThat(status(everywhere, "GET", "/v1/implementation", Map.of("Host", List.of("localhost:8080")))).isEqualTo(200);
        assertThat(status(everywhere, "GET", "/v1/implementation", Map.of("Host", List.of("evil.example:8080")))).isEqualTo(403);
        assertThat(status(everywhere, "GET", "/v1/implementation", Map.of("Host", List.of("10.1.2.3:8081")))).isEqualTo(403);
    }

    @Test
    void an_origin_is_refused_unless_it_is_the_servers_own() {
        assertThat(status(dispatcher, "GET", "/v1/implementation", Map.of("Host", List.of(HOST),
                "Origin", List.of("http://127.0.0.1:8080")))).isEqualTo(200);
        assertThat(status(dispatcher, "GET", "/v1/implementation", Map.of("Host", List.of("localhost:8080"),
                "Origin", List.of("http://LOCALHOST:8080")))).isEqualTo(200);
        for (String origin : List.of("http://evil.example", "http://evil.example:8080", "null", "https://127.0.0.1:8080",
                "http://localhost:8080", "http://127.0.0.1:8081", "http://127.0.0.1", "http://127.0.0.1:8080/path",
                "http://user@127.0.0.1:8080", "file://", "")) {
            assertThat(status(dispatcher, "GET", "/v1/implementation", Map.of("Host", List.of(HOST), "Origin", List.of(origin))))
                    .as(origin).isEqualTo(403);
        }
        assertThat(status(dispatcher, "GET", "/v1/implementation", Map.of("Host", List.of(HOST),
                "Origin", List.of("http://127.0.0.1:8080", "http://127.0.0.1:8080")))).as("two").isEqualTo(403);
    }

    @Test
    void every_post_is_json_with_a_charset_if_any_of_utf_8() throws IOException {
        for (String type : List.of("application/json", "Application/JSON", "application/json; charset=utf-8",
                "application/json;charset=\"UTF-8\"", "application/json; version=1")) {
            assertThat(send("POST", "/v1/clients", headers("Bearer " + TOKEN.value(), type), json(WORLD)).status()).as(type)
                    .isEqualTo(200);
        }
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/jsonp", "application/json; charset=iso-8859-1", "application/json, text/plain", "")) {
            assertRefused(send("POST", "/v1/clients", headers("Bearer " + TOKEN.value(), type), json(WORLD)), 415,
                    "UNSUPPORTED_MEDIA_TYPE");
        }
        Map<String, List<String>> none = Map.of("Host", List.of(HOST), "Authorization", List.of("Bearer " + TOKEN.value()));
        assertRefused(send("POST", "/v1/clients", none, json(WORLD)), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertThat(send("GET", "/v1/implementation", none, "").status()).as("a GET carries nothing").isEqualTo(200);
    }

    @Test
    void the_openapi_document_is_public_but_still_only_at_the_servers_own_host_and_origin() {
        assertThat(status(dispatcher, "GET", "/v1/openapi.json", Map.of("Host", List.of(HOST)))).isEqualTo(200);
        assertThat(status(dispatcher, "GET", "//v1/openapi.json/", Map.of("Host", List.of(HOST)))).isEqualTo(200);
        assertThat(status(dispatcher, "POST", "/v1/openapi.json", Map.of("Host", List.of(HOST),
                "Content-Type", List.of("application/json")))).as("only its GET").isEqualTo(401);
        assertThat(status(dispatcher, "GET", "/v1/openapi.json", Map.of("Host", List.of("evil.example:8080")))).isEqualTo(403);
        assertThat(status(dispatcher, "GET", "/v1/openapi.json", Map.of("Host", List.of(HOST),
                "Origin", List.of("http://evil.example")))).isEqualTo(403);
    }

    @Test
    void the_checks_go_host_origin_token_content_type_and_the_transport_may_ask_before_reading_a_body() throws IOException {
        Map<String, List<String>> everythingWrong = Map.of("Host", List.of("evil.example:8080"), "Origin", List.of("http://x"),
                "Content-Type", List.of("text/plain"));
        Map<String, List<String>> wrongOriginNoToken = Map.of("Host", List.of(HOST), "Origin", List.of("http://x"));
        Map<String, List<String>> noTokenNoJson = Map.of("Host", List.of(HOST), "Content-Type", List.of("text/plain"));

        assertRefused(send("POST", "/v1/clients", everythingWrong, "{}"), 403, "FORBIDDEN_HOST");
        assertRefused(send("POST", "/v1/clients", wrongOriginNoToken, "{}"), 403, "FORBIDDEN_ORIGIN");
        assertRefused(send("POST", "/v1/clients", noTokenNoJson, "{}"), 401, "UNAUTHORIZED");
        ProtocolRequest headersOnly = new ProtocolRequest("POST", "/v1/clients", noTokenNoJson,
                java.util.OptionalLong.of(1L << 40), new byte[0]);
        assertThat(dispatcher.refusal(headersOnly)).hasValueSatisfying(a -> assertThat(a.status()).isEqualTo(401));
        assertThat(dispatcher.refusal(ProtocolDispatcherTest.request("POST", "/v1/clients", new byte[0]))).isEmpty();
    }

    @Test
    void a_clients_devices_are_reached_only_through_that_client() throws IOException {
        String alice = open();
        String bob = open();
        String alicesPhone = openDevice(alice);

        ProtocolAnswer throughBob = send("POST", "/v1/clients/" + bob + "/devices/" + alicesPhone + "/profile",
                headers("Bearer " + TOKEN.value(), "application/json"), "{}");
        ProtocolAnswer throughAlice = send("POST", "/v1/clients/" + alice + "/devices/" + alicesPhone + "/profile",
                headers("Bearer " + TOKEN.value(), "application/json"), "{}");

        assertRefused(throughBob, 404, "UNKNOWN_DEVICE", alice);
        assertThat(throughAlice.status()).isEqualTo(200);
        assertThat(alice).isNotEqualTo(bob).doesNotMatch("c\\d+");
    }

    @Test
    void past_its_bytes_a_client_is_full_and_the_implementation_sees_nothing_more() throws IOException {
        byte[] world = json(WORLD).getBytes(StandardCharsets.UTF_8);
        String verifyBody = "{\"check\": {\"certificate\": \"" + "QUFB".repeat(64)
                + "\", \"intermediates\": [], \"knownCrls\": [], \"use\": \"SENDER\"}}";
        long perClient = world.length + 3L * verifyBody.length();
        ProtocolDispatcher bounded = new ProtocolDispatcher(scripted, new HandleRegistry(8, 4, perClient, perClient * 8),
                64 * 1024, ProtocolDispatcherTest.GUARD);
        Map<String, List<String>> admitted = headers("Bearer " + TOKEN.value(), "application/json");
        String client = JSON.readTree(bounded.dispatch(new ProtocolRequest("POST", "/v1/clients", admitted,
                java.util.OptionalLong.empty(), world)).body()).path("client").asText();
        String verify = "/v1/clients/" + client + "/trust/verify";

        for (int i = 0; i < 3; i++) {
            assertThat(bounded.dispatch(new ProtocolRequest("POST", verify, admitted, java.util.OptionalLong.empty(),
                    verifyBody.getBytes(StandardCharsets.UTF_8))).status()).isEqualTo(200);
        }
        ProtocolAnswer full = bounded.dispatch(new ProtocolRequest("POST", verify, admitted, java.util.OptionalLong.empty(),
                verifyBody.getBytes(StandardCharsets.UTF_8)));
        ProtocolAnswer device = bounded.dispatch(new ProtocolRequest("POST", "/v1/clients/" + client + "/devices", admitted,
                java.util.OptionalLong.empty(), json(IPHONE).getBytes(StandardCharsets.UTF_8)));
        ProtocolAnswer tooLargeAWorld = new ProtocolDispatcher(scripted, new HandleRegistry(8, 4, world.length - 1, world.length),
                64 * 1024, ProtocolDispatcherTest.GUARD).dispatch(new ProtocolRequest("POST", "/v1/clients", admitted,
                java.util.OptionalLong.empty(), world));

        assertThat(full.status()).isEqualTo(507);
        assertThat(JSON.readTree(full.body()).path("error").asText()).isEqualTo("CLIENT_FULL");
        assertThat(JSON.readTree(full.body()).path("operation").asText()).isEqualTo("TrustVerification.verify");
        assertThat(JSON.readTree(full.body()).path("message").asText()).contains(String.valueOf(perClient), "open another");
        assertThat(full.path()).isEqualTo("/v1/clients/{client}/trust/verify");
        assertThat(device.status()).isEqualTo(507);
        assertThat(scripted.verified).as("the refused call never reached the implementation").hasValue(3);
        assertThat(tooLargeAWorld.status()).isEqualTo(507);
        assertThat(scripted.opened).as("a world past the bound opens nothing").hasValue(1);
        for (ProtocolAnswer answer : List.of(full, device, tooLargeAWorld)) {
            assertThat(SCHEMAS.problems(new ProtocolServer.Exchange("POST", answer.path(), new byte[0], answer.status(),
                    answer.body()))).isEmpty();
        }
    }

    // ---------------------------------------------------------------------------------------------

    private ProtocolDispatcher dispatcher(InetAddress bound) {
        return new ProtocolDispatcher(scripted, new HandleRegistry(8, 4), 64 * 1024,
                RequestGuard.of(TOKEN, new InetSocketAddress(bound, 8080)));
    }

    private static int status(ProtocolDispatcher to, String method, String path, Map<String, List<String>> headers) {
        Map<String, List<String>> withToken = new HashMap<>(headers);
        withToken.putIfAbsent("Authorization", List.of("Bearer " + TOKEN.value()));
        if (path.contains("openapi")) {
            withToken.remove("Authorization");
        }
        ProtocolAnswer answer = to.dispatch(new ProtocolRequest(method, path, withToken, java.util.OptionalLong.empty(),
                new byte[0]));
        if (answer.status() == 403 || answer.status() == 401) {
            assertThat(to.refusal(new ProtocolRequest(method, path, withToken, java.util.OptionalLong.empty(), new byte[0])))
                    .as("the transport's early question answers the same").hasValueSatisfying(early -> {
                        assertThat(early.status()).isEqualTo(answer.status());
                        assertThat(early.body()).isEqualTo(answer.body());
                    });
        }
        return answer.status();
    }

    private static Map<String, List<String>> headers(String authorization, String contentType) {
        return Map.of("Host", List.of(HOST), "Authorization", List.of(authorization), "Content-Type", List.of(contentType));
    }

    private ProtocolAnswer send(String method, String path, Map<String, List<String>> headers, String body) {
        return dispatcher.dispatch(new ProtocolRequest(method, path, headers, java.util.OptionalLong.empty(),
                body.getBytes(StandardCharsets.UTF_8)));
    }

    private String open() throws IOException {
        ProtocolAnswer answer = send("POST", "/v1/clients", headers("Bearer " + TOKEN.value(), "application/json"), json(WORLD));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return JSON.readTree(answer.body()).path("client").asText();
    }

    private String openDevice(String client) throws IOException {
        ProtocolAnswer answer = send("POST", "/v1/clients/" + client + "/devices",
                headers("Bearer " + TOKEN.value(), "application/json"), json(IPHONE));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return JSON.readTree(answer.body()).path("device").asText();
    }

    private static String json(Object value) throws IOException {
        return ProtocolJson.lenient().writeValueAsString(value);
    }

    /** The refusal, and nothing else: its error, a message, no capability, no operation, none of what the server holds. */
    static void assertRefused(ProtocolAnswer answer, int status, String code, String... secrets) throws IOException {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).isEqualTo("application/json");
        JsonNode error = JSON.readTree(answer.body());
        Set<String> fields = new java.util.TreeSet<>();
        error.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("capability", "error", "message", "operation");
        assertThat(error.path("error").asText()).isEqualTo(code);
        assertThat(error.path("capability").isNull()).isTrue();
        if (status != 404) {
            assertThat(error.path("operation").isNull()).as("a refusal names no operation").isTrue();
            assertThat(answer.path()).isNull();
        }
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("scripted", TOKEN.value(), "evil.example", "Alice");
        for (String secret : secrets) {
            assertThat(body).doesNotContain(secret);
        }
    }
}
