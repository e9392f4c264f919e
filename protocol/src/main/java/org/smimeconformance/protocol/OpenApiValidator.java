package org.smimeconformance.protocol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * Checks requests and answers of the protocol against the schemas of its OpenAPI document, with
 * networknt's JSON Schema validator (draft 2020-12, the dialect of OpenAPI 3.1). Thread-safe.
 *
 * <p>Used by the tests of the protocol, here and in {@code steps}, to check every exchange of a
 * run against the document. {@code com.networknt:json-schema-validator} is an optional dependency
 * of this module: a user of this class puts it on the class path.
 */
public final class OpenApiValidator {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    public OpenApiValidator() {
        try {
            this.document = JSON.readTree(OpenApi.document());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What is wrong with one exchange: an undocumented path, method or status, a request body
     * (of an answered request) or an answer that does not fit its schema. Empty when nothing is.
     */
    public List<String> problems(ProtocolServer.Exchange exchange) {
        List<String> problems = new ArrayList<>();
        String what = exchange.method() + " " + exchange.path() + " -> " + exchange.status();
        if (exchange.path() == null) {
            // refused by the request's headers before routing (401, 403, 415), or no path of the document
            if (!java.util.Set.of(401, 403, 404, 413, 415, 500).contains(exchange.status())) {
                problems.add(what + ": a path outside the document must answer 404");
            }
            problems.addAll(check("#/components/schemas/ProtocolError", exchange.response(), what + " answer"));
            return problems;
        }
        JsonNode operation = document.path("paths").path(exchange.path()).path(exchange.method().toLowerCase(Locale.ROOT));
        if (operation.isMissingNode()) {
            if (exchange.status() != 405) {
                problems.add(what + ": no such operation in the document");
            }
            problems.addAll(check("#/components/schemas/ProtocolError", exchange.response(), what + " answer"));
            return problems;
        }
        JsonNode response = operation.path("responses").path(String.valueOf(exchange.status()));
        if (response.isMissingNode()) {
            problems.add(what + ": status not documented for this operation; answer: "
                    + new String(exchange.response(), StandardCharsets.UTF_8));
            return problems;
        }
        JsonNode answerSchema = response.path("content").path("application/json").path("schema");
        if (!answerSchema.isMissingNode()) {
            problems.addAll(check(answerSchema, exchange.response(), what + " answer"));
        } else if (exchange.response().length > 0) {
            problems.add(what + ": an answer body where the document has none");
        }
        boolean answered = exchange.status() < 300 || exchange.status() == 501;
        JsonNode requestSchema = operation.path("requestBody").path("content").path("application/json").path("schema");
        if (answered && !requestSchema.isMissingNode()) {
            problems.addAll(check(requestSchema, exchange.request(), what + " request"));
        }
        return problems;
    }

    /** What is wrong with this JSON as a value of the named component schema. */
    public List<String> problems(String componentName, String json) {
        return check("#/components/schemas/" + componentName, json.getBytes(StandardCharsets.UTF_8), componentName);
    }

    private List<String> check(String reference, byte[] body, String what) {
        return check(JSON.createObjectNode().put("$ref", reference), body, what);
    }

    private List<String> check(JsonNode schema, byte[] body, String what) {
        String text = new String(body, StandardCharsets.UTF_8);
        Schema compiledSchema = compiled.computeIfAbsent(schema.toString(), key -> compile(schema));
        List<String> problems = new ArrayList<>();
        try {
            compiledSchema.validate(text, InputFormat.JSON).forEach(error -> problems.add(what + ": " + error
                    + " in " + abbreviate(text)));
        } catch (RuntimeException e) {
            problems.add(what + ": not JSON (" + e.getMessage() + "): " + abbreviate(text));
        }
        return problems;
    }

    /** The schema at the root of a document that also holds the components it refers to. */
    private Schema compile(JsonNode schema) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        for (Map.Entry<String, JsonNode> field : schema.properties()) {
            root.set(field.getKey(), field.getValue());
        }
        root.set("components", document.path("components"));
        return registry.getSchema(root.toString(), InputFormat.JSON);
    }

    private static String abbreviate(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "..." : text;
    }
}
