package org.smimeconformance.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The checker of the other tests finds what does not fit the document, so that its silence means something. */
class OpenApiValidatorTest {

    private final OpenApiValidator schemas = new OpenApiValidator();

    @Test
    void a_value_that_does_not_fit_its_schema_is_reported() {
        assertThat(schemas.problems("Outcome", "{\"code\":\"TRUSTED\",\"message\":\"ok\"}")).isEmpty();
        assertThat(schemas.problems("Outcome", "{\"code\":\"TRUSTED\",\"message\":\"ok\",\"success\":true}")).isNotEmpty();
        assertThat(schemas.problems("Outcome", "{\"code\":\"TRUSTED\"}")).isNotEmpty();
        assertThat(schemas.problems("Outcome", "{\"code\":\"ALMOST_TRUSTED\",\"message\":\"ok\"}")).isNotEmpty();
        assertThat(schemas.problems("ReadResult", "{\"status\":{\"code\":\"OK\",\"message\":\"\"},\"body\":null,"
                + "\"signerCertificate\":null,\"certificateWarnings\":[],\"form\":\"PLAIN\",\"carriedCertificates\":[5]}"))
                .isNotEmpty();
    }

    @Test
    void an_exchange_off_the_document_is_reported() {
        byte[] verdict = "{\"value\":{\"outcome\":{\"code\":\"TRUSTED\",\"message\":\"ok\"},\"chain\":[]}}"
                .getBytes(StandardCharsets.UTF_8);
        byte[] request = "{\"check\":{\"certificate\":\"AQID\",\"intermediates\":[],\"knownCrls\":[],\"use\":\"SENDER\"}}"
                .getBytes(StandardCharsets.UTF_8);
        String path = "/v1/clients/{client}/trust/verify";

        assertThat(schemas.problems(new ProtocolServer.Exchange("POST", path, request, 200, verdict))).isEmpty();
        assertThat(schemas.problems(new ProtocolServer.Exchange("POST", path, "{}".getBytes(StandardCharsets.UTF_8), 200,
                verdict))).isNotEmpty();
        assertThat(schemas.problems(new ProtocolServer.Exchange("POST", path, request, 200,
                "{\"outcome\":{\"code\":\"TRUSTED\",\"message\":\"ok\"},\"chain\":[]}".getBytes(StandardCharsets.UTF_8))))
                .isNotEmpty();
        assertThat(schemas.problems(new ProtocolServer.Exchange("POST", path, request, 418, verdict))).isNotEmpty();
    }
}
