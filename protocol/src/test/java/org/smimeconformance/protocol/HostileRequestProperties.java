package org.smimeconformance.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.smimeconformance.contract.Endpoints;
import org.smimeconformance.contract.Implementation;
import org.smimeconformance.contract.Limits;
import org.smimeconformance.contract.NetworkSettings;
import org.smimeconformance.contract.World;

/**
 * The server over the reference engine meets hostile requests: random bytes and random JSON at
 * every operation, random paths and methods. Each must end in a JSON answer of the protocol within
 * the client's timeout: a success, or a 4xx or 501 error with a message and no stack trace; never a
 * 500. Seeds are fixed so that every build tries the same requests.
 */
class HostileRequestProperties {

    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final Set<Integer> ALLOWED = Set.of(200, 204, 400, 404, 405, 413, 429, 501);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ProtocolServer server;
    private static HttpClient http;
    /** Every operation's path, with the ids of an open client and device in it; and a few that exist nowhere. */
    private static List<String> paths;
    /** Every operation's argument names, by the index of its path. */
    private static List<List<String>> argumentNames;

    @BeforeContainer
    static void serveTheReferenceEngine() throws Exception {
        Implementation reference = ServiceLoader.load(Implementation.class).stream().map(ServiceLoader.Provider::get)
                .filter(i -> i.name().equals("reference")).findFirst().orElseThrow();
        server = ProtocolServer.over(reference).maxBodyBytes(64 * 1024).start();
        http = HttpClient.newBuilder().connectTimeout(BOUND).build();
        World world = new World(Clock.fixed(ContractSamples.AT, ZoneOffset.UTC), List.of(),
                NetworkSettings.defaults().withOffline(true), Endpoints.none(), Limits.defaults());
        String client = JSON.readTree(send("POST", "/v1/clients", ProtocolJson.lenient().writeValueAsBytes(world)).body())
                .path("client").asText();
        String device = JSON.readTree(send("POST", "/v1/clients/" + client + "/devices",
                ProtocolJson.lenient().writeValueAsBytes(ContractSamples.IPHONE)).body()).path("device").asText();
        send("POST", "/v1/clients/" + client + "/devices/" + device + "/addAccount",
                "{\"account\": {\"primarySmtpAddress\": \"alice@contoso.com\", \"proxyAddresses\": []}}"
                        .getBytes(StandardCharsets.UTF_8));
        paths = new ArrayList<>();
        argumentNames = new ArrayList<>();
        for (ContractPaths.Operation operation : ContractPaths.operations()) {
            paths.add(operation.path().replace("{client}", client).replace("{device}", device));
            argumentNames.add(operation.parameters().stream().map(java.lang.reflect.Parameter::getName).toList());
        }
        for (String path : List.of("/v1/clients", "/v1/clients/" + client + "/devices", "/v1/clients/c0/trust/verify",
                "/v1/clients/" + client + "/devices/d0/profile", "/v1/implementation", "/v1/nothing")) {
            paths.add(path);
            argumentNames.add(List.of("world", "profile", "check"));
        }
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    @Property(tries = 300, seed = "20260601")
    void random_bytes_at_any_operation_are_refused_in_json(@ForAll("pathIndex") int path, @ForAll("bytes") byte[] body)
            throws Exception {
        assertAnswered(send("POST", paths.get(path), body));
    }

    @Property(tries = 600, seed = "1129")
    void random_json_arguments_are_answered_or_refused_in_json(@ForAll("pathIndex") int path,
                                                               @ForAll("jsonSeeds") long seed) throws Exception {
        String body = arguments(argumentNames.get(path), new java.util.Random(seed));
        assertAnswered(send("POST", paths.get(path), body.getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 300, seed = "42")
    void random_paths_and_methods_are_refused_in_json(@ForAll("methods") String method, @ForAll("rawPaths") String path)
            throws Exception {
        assertAnswered(send(method, path, "{}".getBytes(StandardCharsets.UTF_8)));
    }

    @Provide
    Arbitrary<Integer> pathIndex() {
        return Arbitraries.integers().between(0, paths.size() - 1);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000),
                Arbitraries.strings().withChars("{}[]\":,0123456789.eE+-truefalsn \\u").ofMaxLength(300)
                        .map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.integers().between(64 * 1024 - 10, 64 * 1024 + 10).map(n -> new byte[n]));
    }

    @Provide
    Arbitrary<Long> jsonSeeds() {
        return Arbitraries.longs();
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");
    }

    @Provide
    Arbitrary<String> rawPaths() {
        Arbitrary<String> segment = Arbitraries.oneOf(
                Arbitraries.of("v1", "clients", "c1", "c999", "devices", "d1", "trust", "verify", "stores", "%2F", "..", "%E2%82", "+", "implementation", "openapi.json"),
                Arbitraries.strings().alpha().numeric().ofMaxLength(12));
        return Combinators.combine(segment.list().ofMaxSize(8), Arbitraries.of("", "/", "?x=1", "//"))
                // a request target that starts with "//" is refused by the JDK's HTTP server itself, in HTML
                .as((segments, tail) -> ("/" + String.join("/", segments) + tail).replaceFirst("^/+", "/"));
    }

    /** A JSON object with the operation's argument names (and sometimes others), each a random JSON value. */
    private static String arguments(List<String> names, java.util.Random random) {
        StringBuilder json = new StringBuilder("{");
        List<String> keys = new ArrayList<>(names);
        if (random.nextInt(4) == 0) {
            keys.add("extra");
        }
        for (int i = 0; i < keys.size(); i++) {
            if (random.nextInt(6) == 0) {
                continue;
            }
            json.append(json.length() > 1 ? "," : "").append('"').append(keys.get(i)).append("\":");
            value(json, random, 0);
        }
        return json.append('}').toString();
    }

    private static void value(StringBuilder json, java.util.Random random, int depth) {
        switch (random.nextInt(depth > 3 ? 6 : 8)) {
            case 0 -> json.append("null");
            case 1 -> json.append(random.nextBoolean());
            case 2 -> json.append(random.nextInt(2) == 0 ? random.nextInt() : random.nextDouble() * 1e6);
            case 3 -> json.append('"').append(List.of("", "AQID", "alice@contoso.com", "IOS", "SIGNING", "MICROSOFT_PUBLISHER_KEYCHAIN",
                    "PT1S", "2026-06-01T09:00:00Z", "TRUSTED", "MIIB", "=", "\\u0000").get(random.nextInt(12))).append('"');
            case 4 -> json.append('"').append(java.util.Base64.getEncoder().encodeToString(randomBytes(random))).append('"');
            case 5 -> json.append("\"com.microsoft.outlook.Mail.SMIMEEnabled\"");
            case 6 -> {
                json.append('[');
                int n = random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    json.append(i > 0 ? "," : "");
                    value(json, random, depth + 1);
                }
                json.append(']');
            }
            default -> {
                json.append('{');
                List<String> keys = List.of("code", "message", "certificate", "intermediates", "knownCrls", "use",
                        "primarySmtpAddress", "proxyAddresses", "values", "deployment", "from", "to", "subject", "body",
                        "sign", "encrypt", "deviceId", "platform", "provider", "enrollment", "clock", "instant", "zone");
                int n = random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    json.append(i > 0 ? "," : "").append('"').append(keys.get(random.nextInt(keys.size()))).append("\":");
                    value(json, random, depth + 1);
                }
                json.append('}');
            }
        }
    }

    private static byte[] randomBytes(java.util.Random random) {
        byte[] bytes = new byte[random.nextInt(64)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static void assertAnswered(HttpResponse<String> response) throws IOException {
        String what = response.request().method() + " " + response.request().uri() + " -> " + response.statusCode()
                + ": " + response.body();
        assertThat(response.statusCode()).as(what).isIn(ALLOWED);
        if (response.statusCode() == 204) {
            return;
        }
        assertThat(response.headers().firstValue("Content-Type")).as(what).hasValue("application/json");
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.isObject()).as(what).isTrue();
        if (response.statusCode() >= 400) {
            assertThat(answer.path("error").asText()).as(what).isNotEmpty();
            assertThat(answer.path("message").asText()).as(what).isNotEmpty().doesNotContain("\tat ", "\n\tat");
        }
    }

    private static HttpResponse<String> send(String method, String path, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.uri() + path)).timeout(BOUND)
                .header("Authorization", "Bearer " + server.token().value()).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
