package org.smimeconformance.fakes.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GraphJsonTest {

    @Test
    void an_error_is_graphs_error_response_with_the_code_before_the_message() {
        HttpAnswer answer = GraphJson.error(404, "Request_ResourceNotFound", "No user with the address \"x\".");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).isEqualTo("application/json");
        assertThat(answer.fault()).isNull();
        assertThat(new String(answer.body(), StandardCharsets.UTF_8))
                .isEqualTo("{\"error\":{\"code\":\"Request_ResourceNotFound\",\"message\":\"No user with the address \\\"x\\\".\"}}");
    }

    @Test
    void a_body_is_written_as_given_in_the_order_of_its_map() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", "1");
        body.put("status", "pending");
        body.put("value", List.of(true, 2, "three"));

        HttpAnswer ok = GraphJson.ok(body);
        HttpAnswer accepted = GraphJson.answer(202, body);

        assertThat(ok.status()).isEqualTo(200);
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(new String(accepted.body(), StandardCharsets.UTF_8))
                .isEqualTo("{\"id\":\"1\",\"status\":\"pending\",\"value\":[true,2,\"three\"]}");
        assertThat(ok.body()).isEqualTo(accepted.body());
    }
}
