package org.smimeconformance.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.smimeconformance.contract.Endpoints;
import org.smimeconformance.contract.Limits;
import org.smimeconformance.contract.NetworkSettings;
import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.World;
import org.smimeconformance.contract.mail.ReadResult;
import org.smimeconformance.contract.settings.ManagedConfiguration;

/** Every value of the protocol survives the trip through JSON, in the shape the OpenAPI document gives. */
class ProtocolJsonTest {

    private static final ObjectMapper CLIENT = ProtocolJson.lenient();
    private static final ObjectMapper SERVER = ProtocolJson.strict();
    private static final OpenApiValidator SCHEMAS = new OpenApiValidator();

    @TestFactory
    Stream<DynamicTest> every_record_and_enum_of_the_protocol_makes_the_round_trip_and_fits_its_schema() {
        Map<String, Class<?>> types = OpenApi.componentTypes();
        assertThat(types).containsKeys("World", "CertificateCheck", "ReadResult", "ComposeResult", "ManagedConfiguration",
                "Outcome", "OutcomeCode", "Clock", "ProtocolError", "ImplementationInfo");
        return types.entrySet().stream().flatMap(entry -> Stream.of(true, false).map(empty -> DynamicTest.dynamicTest(
                entry.getKey() + (empty ? " (optionals empty)" : ""), () -> roundTrip(entry.getKey(), entry.getValue(), empty))));
    }

    private static void roundTrip(String name, Class<?> type, boolean empty) throws JsonProcessingException {
        Object sample = ContractSamples.of(type, empty);
        String written = CLIENT.writeValueAsString(sample);
        Object read = SERVER.readValue(written, type);
        String again = SERVER.writeValueAsString(read);

        assertThat(again).as("%s written, read and written again", name).isEqualTo(written);
        assertThat(SCHEMAS.problems(name, written)).as("%s against its schema", name).isEmpty();
        if (!type.isRecord() || type == Clock.class) {
            assertThat(read).isEqualTo(sample);
        }
    }

    @Test
    void a_world_is_written_as_the_readme_shows() throws JsonProcessingException {
        World world = new World(Clock.fixed(ContractSamples.AT, ZoneOffset.UTC), List.of(new byte[] {1, 2, 3}),
                new NetworkSettings(Duration.ofSeconds(1), Duration.ofMillis(1500), false),
                new Endpoints(java.net.URI.create("http://127.0.0.1:9/gal"), null), Limits.defaults());

        JsonNode json = CLIENT.readTree(CLIENT.writeValueAsString(world));

        assertThat(json.toString()).isEqualTo("{\"clock\":{\"instant\":\"2026-06-01T09:00:00Z\",\"zone\":\"Z\"},"
                + "\"trustedRoots\":[\"AQID\"],"
                + "\"network\":{\"connectTimeout\":\"PT1S\",\"requestTimeout\":\"PT1.5S\",\"offline\":false},"
                + "\"endpoints\":{\"globalAddressList\":\"http://127.0.0.1:9/gal\",\"intune\":null},"
                + "\"limits\":{\"maxChainLength\":8,\"maxAiaFetches\":5,\"maxGroupNestingDepth\":10,\"maxResponseBytes\":1048576,"
                + "\"maxRedirects\":5,\"maxGroupMembers\":10000}}");
        World read = SERVER.treeToValue(json, World.class);
        assertThat(read.clock().instant()).isEqualTo(ContractSamples.AT);
        assertThat(read.trustedRoots().get(0)).containsExactly(1, 2, 3);
        assertThat(read.endpoints().intuneAddress()).isEmpty();
    }

    @Test
    void an_outcome_is_its_code_and_message_and_nothing_derived() throws JsonProcessingException {
        assertThat(CLIENT.writeValueAsString(Outcome.of(OutcomeCode.TRUSTED, "ok")))
                .isEqualTo("{\"code\":\"TRUSTED\",\"message\":\"ok\"}");
    }

    @Test
    void an_empty_optional_is_null_and_null_or_absent_reads_back_as_empty() throws JsonProcessingException {
        ReadResult result = new ReadResult(Outcome.of(OutcomeCode.MALFORMED_MESSAGE, "no"), java.util.Optional.empty(),
                java.util.Optional.empty(), List.of(), org.smimeconformance.contract.mail.MessageForm.UNREADABLE, List.of());
        String json = CLIENT.writeValueAsString(result);

        assertThat(json).contains("\"body\":null", "\"signerCertificate\":null");
        assertThat(CLIENT.readValue("{\"status\":{\"code\":\"MALFORMED_MESSAGE\",\"message\":\"no\"},\"certificateWarnings\":[],"
                + "\"form\":\"UNREADABLE\",\"carriedCertificates\":[]}", ReadResult.class).body()).isEmpty();
    }

    @Test
    void managed_configuration_values_keep_their_type() throws JsonProcessingException {
        ManagedConfiguration policy = (ManagedConfiguration) ContractSamples.of(ManagedConfiguration.class, true);

        ManagedConfiguration read = SERVER.readValue(CLIENT.writeValueAsString(policy), ManagedConfiguration.class);

        assertThat(read.values()).isEqualTo(policy.values());
        assertThat(read.values().get("a decimal")).isEqualTo(new java.math.BigDecimal("1.50"));
        assertThat(read.values().get("a number")).isInstanceOf(Integer.class);
        assertThat(read.values().get("a large number")).isInstanceOf(Long.class);
    }

    @Test
    void the_server_refuses_what_the_protocol_does_not_define() {
        assertThatThrownBy(() -> SERVER.readValue("{\"code\":\"TRUSTED\",\"message\":\"ok\",\"success\":true}", Outcome.class))
                .hasMessageContaining("success");
        assertThatThrownBy(() -> SERVER.readValue("{\"code\":\"TRUSTED\"}", Outcome.class))
                .hasMessageContaining("message");
        assertThatThrownBy(() -> SERVER.readValue("{\"code\":\"TRUSTED\",\"message\":5}", Outcome.class))
                .hasMessageContaining("message");
        assertThatThrownBy(() -> SERVER.readValue("{\"code\":0,\"message\":\"ok\"}", Outcome.class));
        assertThatThrownBy(() -> SERVER.readValue("{\"code\":\"TRUSTED\",\"code\":\"REVOKED\",\"message\":\"ok\"}", Outcome.class))
                .hasMessageContaining("Duplicate");
        assertThatThrownBy(() -> SERVER.readValue("{\"instant\":\"2026-06-01T09:00:00Z\",\"zone\":\"Mars/Olympus\"}", Clock.class))
                .hasMessageContaining("not a clock");
        assertThatThrownBy(() -> SERVER.readValue("{\"maxChainLength\":0,\"maxAiaFetches\":5,\"maxGroupNestingDepth\":10,"
                + "\"maxResponseBytes\":1,\"maxRedirects\":5,\"maxGroupMembers\":10}", Limits.class))
                .hasMessageContaining("limits must be positive");
    }
}
