package org.smimeconformance.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The committed OpenAPI document is the one the contract makes: a change of the contract that is
 * not in the document fails here, with the command that writes it again.
 */
class OpenApiDocumentTest {

    /** From the module's folder, where Surefire runs. */
    private static final Path COMMITTED = Path.of("src/main/resources/openapi.json");

    @Test
    void the_committed_document_is_the_one_the_contract_makes() throws IOException {
        String generated = OpenApi.generate();
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);

        assertThat(committed)
                .as("%s differs from what the contract makes; write it again with, from the repository's root:%n  %s%n",
                        OpenApi.COMMITTED, OpenApi.REGENERATE)
                .isEqualTo(generated);
    }

    @Test
    void the_served_document_is_the_committed_one() throws IOException {
        assertThat(new String(OpenApi.document(), StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(COMMITTED, StandardCharsets.UTF_8));
    }
}
