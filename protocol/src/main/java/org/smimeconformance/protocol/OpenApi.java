package org.smimeconformance.protocol;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.smimeconformance.contract.Endpoints;
import org.smimeconformance.contract.World;
import org.smimeconformance.protocol.ContractPaths.Link;
import org.smimeconformance.protocol.ContractPaths.Node;
import org.smimeconformance.protocol.ContractPaths.Operation;
import org.smimeconformance.protocol.ProtocolError.ErrorCode;

/**
 * The OpenAPI 3.1 document of the protocol, made from the contract by reflection: the paths by the
 * rule of {@link ContractPaths}, the schemas from the contract's records and enums as
 * {@link ProtocolJson} writes them. The document is committed as
 * {@code protocol/src/main/resources/openapi.json} and served at {@code GET /v1/openapi.json}; a
 * test keeps the committed file equal to what the contract makes.
 *
 * <p>Schema rules: a record is an object of all its components, each required, nothing else
 * allowed; an {@code Optional} (and the few components the contract documents as nullable) may be
 * null; {@code byte[]} is a base64 string; a {@code List} an array, a {@code Set} an array of
 * distinct items; an enum a string of its constants' names; {@code Instant} a date-time and
 * {@code Duration} an ISO-8601 duration string.
 */
public final class OpenApi {

    /** Where the committed document lives, from the repository's root. */
    public static final String COMMITTED = "protocol/src/main/resources/openapi.json";

    /** The command that writes the committed document again from the contract. */
    public static final String REGENERATE = "mvn -B -q -pl contract,protocol -Dtest=OpenApiDocumentTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dopenapi.write=true test";

    /** Components that the contract documents as possibly null although they are not Optional. */
    private static final Set<String> NULLABLE = Set.of(
            Endpoints.class.getSimpleName() + ".globalAddressList",
            Endpoints.class.getSimpleName() + ".intune",
            ProtocolError.class.getSimpleName() + ".capability",
            ProtocolError.class.getSimpleName() + ".operation");

    private static final String REF_PREFIX = "#/components/schemas/";
    private static final String SECURITY_SCHEME = "bearerToken";
    private static final String JSON = "application/json";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final byte[] DOCUMENT = generate().getBytes(StandardCharsets.UTF_8);

    private final Map<String, ObjectNode> schemas = new TreeMap<>();
    private final Map<String, Class<?>> named = new TreeMap<>();

    private OpenApi() {
    }

    /** The document as UTF-8 JSON bytes, made once. */
    public static byte[] document() {
        return DOCUMENT.clone();
    }

    /** The document as the committed file holds it: pretty-printed with two spaces, one newline at the end. */
    public static String generate() {
        ObjectNode document = new OpenApi().build();
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the OpenAPI document cannot be written", e);
        }
    }

    /** Writes the document to the file given (by default the committed one, from the repository's root). */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : COMMITTED);
        Files.writeString(file, generate(), StandardCharsets.UTF_8);
        System.out.println("wrote " + file.toAbsolutePath().normalize());
    }

    private ObjectNode build() {
        ObjectNode document = NODES.objectNode();
        document.put("openapi", "3.1.0");
        ObjectNode info = document.putObject("info");
        info.put("title", "smime-conformance protocol");
        info.put("version", "1");
        info.put("description", String.join("\n", List.of(
                "The contract of smime-conformance as JSON over HTTP: a server that answers these operations is an "
                        + "implementation under test (`./smime-conformance run --target http://HOST:PORT`).",
                "",
                "Open a client with the scenario's World (`POST /v1/clients`), open devices in it "
                        + "(`POST /v1/clients/{client}/devices`), call operations, close the client "
                        + "(`DELETE /v1/clients/{client}`).",
                "Every operation is a POST of a JSON object of its arguments by name and answers `{\"value\": result}`.",
                "",
                "Every call but `GET /v1/openapi.json` carries the server's token, `Authorization: Bearer TOKEN` "
                        + "(401 UNAUTHORIZED without it); `Host` names the server's address with its port (for a "
                        + "loopback bind also localhost, 127.0.0.1 or [::1]; 403 FORBIDDEN_HOST otherwise); an "
                        + "`Origin`, if sent, is the server's own (403 FORBIDDEN_ORIGIN); every POST is "
                        + "`Content-Type: application/json`, a charset if any UTF-8 (415 UNSUPPORTED_MEDIA_TYPE). "
                        + "A refused request gets nothing but its error.",
                "",
                "Errors answer a ProtocolError: 400 MALFORMED_JSON or INVALID_ARGUMENT, 401 UNAUTHORIZED, "
                        + "403 FORBIDDEN_HOST or FORBIDDEN_ORIGIN, 404 UNKNOWN_CLIENT, UNKNOWN_DEVICE or "
                        + "UNKNOWN_OPERATION, 405, 413, 415, 429, 500 INTERNAL, 501 UNSUPPORTED_CAPABILITY, "
                        + "507 CLIENT_FULL.",
                "Generated from the contract (module `contract`); see protocol/README.md.")));
        document.putArray("security").addObject().putArray(SECURITY_SCHEME);
        ObjectNode paths = document.putObject("paths");

        ObjectNode implementation = paths.putObject(ContractPaths.IMPLEMENTATION).putObject("get");
        implementation.put("operationId", "describeImplementation");
        implementation.put("summary", "The implementation served: its name, description and capabilities");
        implementation.putArray("tags").add("Implementation");
        ok(implementation, ref(ImplementationInfo.class));
        errors(implementation, ErrorCode.UNAUTHORIZED, ErrorCode.FORBIDDEN_HOST, ErrorCode.FORBIDDEN_ORIGIN,
                ErrorCode.METHOD_NOT_ALLOWED, ErrorCode.INTERNAL);

        ObjectNode openapi = paths.putObject(ContractPaths.OPENAPI).putObject("get");
        openapi.put("operationId", "openApiDocument");
        openapi.put("summary", "This document");
        openapi.putArray("tags").add("Implementation");
        openapi.putArray("security");
        ok(openapi, NODES.objectNode().put("type", "object"));
        errors(openapi, ErrorCode.FORBIDDEN_HOST, ErrorCode.FORBIDDEN_ORIGIN, ErrorCode.METHOD_NOT_ALLOWED);

        ObjectNode open = paths.putObject(ContractPaths.CLIENTS).putObject("post");
        open.put("operationId", "openClient");
        open.put("summary", "Implementation.open(World): a fresh client living in the given world");
        open.putArray("tags").add("Implementation");
        body(open, ref(World.class));
        ok(open, handle(ContractPaths.CLIENT_VARIABLE));
        errors(open, ErrorCode.MALFORMED_JSON, ErrorCode.INVALID_ARGUMENT, ErrorCode.UNAUTHORIZED, ErrorCode.FORBIDDEN_HOST,
                ErrorCode.FORBIDDEN_ORIGIN, ErrorCode.METHOD_NOT_ALLOWED, ErrorCode.BODY_TOO_LARGE,
                ErrorCode.UNSUPPORTED_MEDIA_TYPE, ErrorCode.INTERNAL, ErrorCode.UNSUPPORTED_CAPABILITY, ErrorCode.CLIENT_FULL);

        ObjectNode close = paths.putObject(ContractPaths.CLIENT);
        pathVariables(close, List.of(ContractPaths.CLIENT_VARIABLE));
        ObjectNode delete = close.putObject("delete");
        delete.put("operationId", "closeClient");
        delete.put("summary", "MailClient.close(): releases whatever the client holds");
        delete.putArray("tags").add("Implementation");
        delete.putObject("responses").putObject("204").put("description", "closed");
        errors(delete, ErrorCode.UNAUTHORIZED, ErrorCode.FORBIDDEN_HOST, ErrorCode.FORBIDDEN_ORIGIN, ErrorCode.UNKNOWN_CLIENT,
                ErrorCode.METHOD_NOT_ALLOWED);

        addNode(paths, ContractPaths.root());
        // in path order, so that a reader finds the parts of one interface together
        Map<String, com.fasterxml.jackson.databind.JsonNode> sorted = new TreeMap<>();
        paths.properties().forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        paths.removeAll();
        sorted.forEach(paths::set);
        ObjectNode components = document.putObject("components");
        components.set("schemas", schemasNode());
        ObjectNode bearer = components.putObject("securitySchemes").putObject(SECURITY_SCHEME);
        bearer.put("type", "http");
        bearer.put("scheme", "bearer");
        bearer.put("description", "The server's token: `serve` makes one at start and prints it, or takes one from "
                + "--token-file or the environment variable " + AccessToken.ENVIRONMENT_VARIABLE + "; `run --target "
                + "http://...` sends the one in " + AccessToken.ENVIRONMENT_VARIABLE + ".");
        return document;
    }

    private void addNode(ObjectNode paths, Node node) {
        for (Link handle : node.handles().values()) {
            String path = handle.collectionPath(node);
            ObjectNode item = paths.putObject(path);
            pathVariables(item, variables(path));
            ObjectNode post = item.putObject("post");
            Method method = handle.method();
            post.put("operationId", "open" + capitalise(handle.variable()));
            post.put("summary", signature(method) + ": answers the " + handle.variable() + "'s id, the same id for the "
                    + "same " + handle.variable() + "; its operations are under " + path + "/{" + handle.variable() + "}");
            post.putArray("tags").add(method.getDeclaringClass().getSimpleName());
            body(post, schema(method.getGenericParameterTypes()[0]));
            ok(post, handle(handle.variable()));
            errors(post, ErrorCode.MALFORMED_JSON, ErrorCode.INVALID_ARGUMENT, ErrorCode.UNAUTHORIZED, ErrorCode.FORBIDDEN_HOST,
                    ErrorCode.FORBIDDEN_ORIGIN, ErrorCode.UNKNOWN_CLIENT, ErrorCode.UNKNOWN_DEVICE, ErrorCode.METHOD_NOT_ALLOWED,
                    ErrorCode.BODY_TOO_LARGE, ErrorCode.UNSUPPORTED_MEDIA_TYPE, ErrorCode.TOO_MANY_DEVICES, ErrorCode.INTERNAL,
                    ErrorCode.UNSUPPORTED_CAPABILITY, ErrorCode.CLIENT_FULL);
        }
        for (Operation operation : node.operations().values()) {
            ObjectNode item = paths.putObject(operation.path());
            pathVariables(item, variables(operation.path()));
            ObjectNode post = item.putObject("post");
            Method method = operation.method();
            post.put("operationId", operation.operationId());
            post.put("summary", signature(method));
            post.putArray("tags").add(method.getDeclaringClass().getSimpleName());
            ObjectNode arguments = NODES.objectNode();
            arguments.put("type", "object");
            ObjectNode properties = arguments.putObject("properties");
            ArrayNode required = NODES.arrayNode();
            for (java.lang.reflect.Parameter parameter : operation.parameters()) {
                properties.set(parameter.getName(), schema(parameter.getParameterizedType()));
                required.add(parameter.getName());
            }
            arguments.set("required", required);
            arguments.put("additionalProperties", false);
            body(post, arguments);
            ObjectNode value = NODES.objectNode();
            value.put("type", "object");
            value.putObject("properties").set("value", schema(method.getGenericReturnType()));
            value.putArray("required").add("value");
            value.put("additionalProperties", false);
            ok(post, value);
            errors(post, ErrorCode.MALFORMED_JSON, ErrorCode.INVALID_ARGUMENT, ErrorCode.UNAUTHORIZED, ErrorCode.FORBIDDEN_HOST,
                    ErrorCode.FORBIDDEN_ORIGIN, ErrorCode.UNKNOWN_CLIENT, ErrorCode.UNKNOWN_DEVICE, ErrorCode.METHOD_NOT_ALLOWED,
                    ErrorCode.BODY_TOO_LARGE, ErrorCode.UNSUPPORTED_MEDIA_TYPE, ErrorCode.INTERNAL,
                    ErrorCode.UNSUPPORTED_CAPABILITY, ErrorCode.CLIENT_FULL);
        }
        node.parts().values().forEach(link -> addNode(paths, link.target()));
        node.handles().values().forEach(link -> addNode(paths, link.target()));
    }

    private static List<String> variables(String path) {
        return java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path).results().map(m -> m.group(1)).toList();
    }

    private static void pathVariables(ObjectNode item, List<String> variables) {
        if (variables.isEmpty()) {
            return;
        }
        ArrayNode parameters = item.putArray("parameters");
        for (String variable : variables) {
            ObjectNode parameter = parameters.addObject();
            parameter.put("name", variable);
            parameter.put("in", "path");
            parameter.put("required", true);
            parameter.put("description", "the id the server answered when the " + variable + " was opened");
            parameter.putObject("schema").put("type", "string");
        }
    }

    private static String signature(Method method) {
        StringBuilder text = new StringBuilder(method.getDeclaringClass().getSimpleName()).append('.')
                .append(method.getName()).append('(');
        java.lang.reflect.Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            text.append(i == 0 ? "" : ", ").append(parameters[i].getType().getSimpleName()).append(' ')
                    .append(parameters[i].getName());
        }
        return text.append(')').toString();
    }

    private static ObjectNode handle(String variable) {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        schema.putObject("properties").putObject(variable).put("type", "string").put("minLength", 1);
        schema.putArray("required").add(variable);
        schema.put("additionalProperties", false);
        return schema;
    }

    private static void body(ObjectNode operation, ObjectNode schema) {
        ObjectNode body = operation.putObject("requestBody");
        body.put("required", true);
        body.putObject("content").putObject(JSON).set("schema", schema);
    }

    private static void ok(ObjectNode operation, ObjectNode schema) {
        ObjectNode responses = operation.has("responses") ? (ObjectNode) operation.get("responses")
                : operation.putObject("responses");
        ObjectNode ok = responses.putObject("200");
        ok.put("description", "the answer");
        ok.putObject("content").putObject(JSON).set("schema", schema);
    }

    private void errors(ObjectNode operation, ErrorCode... codes) {
        ObjectNode responses = operation.has("responses") ? (ObjectNode) operation.get("responses")
                : operation.putObject("responses");
        ObjectNode reference = ref(ProtocolError.class);
        Map<Integer, List<String>> byStatus = new TreeMap<>();
        for (ErrorCode code : codes) {
            byStatus.computeIfAbsent(code.status(), s -> new java.util.ArrayList<>()).add(code.name());
        }
        byStatus.forEach((status, names) -> {
            ObjectNode response = responses.putObject(String.valueOf(status));
            response.put("description", String.join(", ", names));
            response.putObject("content").putObject(JSON).set("schema", reference.deepCopy());
        });
    }

    // ---------------------------------------------------------------------------------------------

    /** The type behind each schema of {@code components.schemas}, by schema name. */
    static Map<String, Class<?>> componentTypes() {
        OpenApi api = new OpenApi();
        api.build();
        return Map.copyOf(api.named);
    }

    private ObjectNode schemasNode() {
        ObjectNode node = NODES.objectNode();
        schemas.forEach(node::set);
        return node;
    }

    private ObjectNode ref(Class<?> type) {
        component(type);
        return NODES.objectNode().put("$ref", REF_PREFIX + type.getSimpleName());
    }

    /** The schema of a value of this type, as {@link ProtocolJson} writes it. */
    private ObjectNode schema(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw == Optional.class) {
                return nullable(schema(arguments[0]));
            }
            if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw) || raw == Collection.class) {
                ObjectNode array = NODES.objectNode().put("type", "array");
                array.set("items", schema(arguments[0]));
                if (Set.class.isAssignableFrom(raw)) {
                    array.put("uniqueItems", true);
                }
                return array;
            }
            if (Map.class.isAssignableFrom(raw) && arguments[0] == String.class) {
                ObjectNode object = NODES.objectNode().put("type", "object");
                object.set("additionalProperties", schema(arguments[1]));
                return object;
            }
            throw new IllegalStateException("no JSON schema for " + type);
        }
        Class<?> type1 = (Class<?>) type;
        if (type1 == String.class) {
            return NODES.objectNode().put("type", "string");
        }
        if (type1 == boolean.class || type1 == Boolean.class) {
            return NODES.objectNode().put("type", "boolean");
        }
        if (type1 == int.class || type1 == Integer.class) {
            return NODES.objectNode().put("type", "integer").put("format", "int32");
        }
        if (type1 == long.class || type1 == Long.class) {
            return NODES.objectNode().put("type", "integer").put("format", "int64");
        }
        if (type1 == byte[].class) {
            return NODES.objectNode().put("type", "string").put("format", "byte").put("contentEncoding", "base64");
        }
        if (type1 == char[].class) {
            return NODES.objectNode().put("type", "string").put("format", "password");
        }
        if (type1 == Instant.class) {
            return NODES.objectNode().put("type", "string").put("format", "date-time");
        }
        if (type1 == Duration.class) {
            return NODES.objectNode().put("type", "string").put("format", "duration");
        }
        if (type1 == URI.class) {
            return NODES.objectNode().put("type", "string").put("format", "uri");
        }
        if (type1 == Object.class) {
            // a value of the managed configuration, as delivered: anything but null
            ObjectNode any = NODES.objectNode();
            ArrayNode types = any.putArray("type");
            List.of("boolean", "string", "number", "array", "object").forEach(types::add);
            return any;
        }
        if (type1 == Clock.class || type1.isEnum() || type1.isRecord()) {
            return ref(type1);
        }
        throw new IllegalStateException("no JSON schema for " + type1.getName()
                + ": the protocol maps records, enums, strings, numbers, booleans, byte[], char[], Instant, Duration, URI,"
                + " List, Set, Optional and Map<String, ?>");
    }

    private void component(Class<?> type) {
        String name = type.getSimpleName();
        Class<?> known = named.putIfAbsent(name, type);
        if (known != null) {
            if (known != type) {
                throw new IllegalStateException("two types named " + name + " in the protocol: " + known.getName()
                        + " and " + type.getName());
            }
            return;
        }
        schemas.put(name, NODES.objectNode()); // placeholder against recursion
        ObjectNode schema = NODES.objectNode();
        if (type == Clock.class) {
            schema.put("description", "The world's clock, which stands still at the instant, in the zone.");
            schema.put("type", "object");
            ObjectNode properties = schema.putObject("properties");
            properties.putObject("instant").put("type", "string").put("format", "date-time");
            properties.putObject("zone").put("type", "string").put("description", "a zone id, e.g. UTC");
            schema.putArray("required").add("instant").add("zone");
            schema.put("additionalProperties", false);
        } else if (type.isEnum()) {
            schema.put("type", "string");
            ArrayNode values = schema.putArray("enum");
            for (Object constant : type.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
        } else {
            schema.put("type", "object");
            ObjectNode properties = schema.putObject("properties");
            ArrayNode required = schema.putArray("required");
            for (RecordComponent component : type.getRecordComponents()) {
                ObjectNode property = schema(component.getGenericType());
                if (NULLABLE.contains(name + "." + component.getName())) {
                    property = nullable(property);
                }
                properties.set(component.getName(), property);
                required.add(component.getName());
            }
            schema.put("additionalProperties", false);
        }
        schemas.put(name, schema);
    }

    /** The schema, or null. */
    private static ObjectNode nullable(ObjectNode schema) {
        if (schema.has("type") && schema.get("type").isTextual() && !schema.has("$ref")) {
            ObjectNode copy = schema.deepCopy();
            ArrayNode types = NODES.arrayNode().add(schema.get("type").asText()).add("null");
            copy.set("type", types);
            return copy;
        }
        ObjectNode anyOf = NODES.objectNode();
        anyOf.putArray("anyOf").add(schema).addObject().put("type", "null");
        return anyOf;
    }

    private static String capitalise(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
