package org.smimeconformance.protocol;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The arguments of a method of the contract read from a request's body, with the server's strict
 * JSON mapping ({@link ProtocolJson#strict()}): an operation's body is a JSON object with exactly one
 * member per parameter, by name, none null; a handle's body is its one argument itself.
 */
final class OperationArguments {

    private static final ObjectMapper JSON = ProtocolJson.strict();

    private OperationArguments() {
    }

    /**
     * The operation's arguments from the body, in the order of its parameters; an empty body is
     * {@code {}} for a method without parameters.
     *
     * @throws Mismatch    when the body is JSON but not the object of the method's arguments
     * @throws IOException when it is not JSON, or a value does not fit its parameter (Jackson's exceptions)
     */
    static Object[] read(Method method, byte[] body) throws IOException {
        Parameter[] parameters = method.getParameters();
        JsonNode tree = body.length == 0 && parameters.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        if (tree == null || tree.isMissingNode()) {
            tree = JSON.createObjectNode();
        }
        if (!(tree instanceof ObjectNode members)) {
            throw new Mismatch("the body is a JSON object of the arguments by name, e.g. " + example(parameters));
        }
        List<String> names = new ArrayList<>();
        for (Parameter parameter : parameters) {
            names.add(parameter.getName());
        }
        for (Iterator<String> fields = members.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            if (!names.contains(field)) {
                throw new Mismatch("unknown argument \"" + ProtocolDispatcher.abbreviate(field) + "\"; the arguments are "
                        + (names.isEmpty() ? "none" : String.join(", ", names)));
            }
        }
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Parameter parameter = parameters[i];
            JsonNode member = members.get(parameter.getName());
            if (member == null || member.isNull()) {
                throw new Mismatch("the argument \"" + parameter.getName() + "\" is missing or null");
            }
            arguments[i] = JSON.readerFor(JSON.constructType(parameter.getParameterizedType())).readValue(member);
        }
        return arguments;
    }

    /** The body as one value of that type: the argument of a method that opens a handle; null for JSON {@code null}. */
    static Object readOne(Type type, byte[] body) throws IOException {
        return JSON.readerFor(JSON.constructType(type)).readValue(body);
    }

    private static String example(Parameter[] parameters) {
        if (parameters.length == 0) {
            return "{}";
        }
        List<String> members = new ArrayList<>();
        for (Parameter parameter : parameters) {
            members.add("\"" + parameter.getName() + "\": ...");
        }
        return "{" + String.join(", ", members) + "}";
    }

    /** Arguments that are JSON but not the operation's. */
    static final class Mismatch extends IOException {
        private static final long serialVersionUID = 1L;

        Mismatch(String message) {
            super(message);
        }
    }
}
