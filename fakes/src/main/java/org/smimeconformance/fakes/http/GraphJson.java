package org.smimeconformance.fakes.http;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON answers as Microsoft Graph gives them, shared by the fakes that speak it (the Global
 * Address List, Endpoint Manager): a body of {@code application/json}, and errors as Graph's error
 * response, {@code {"error":{"code":"...","message":"..."}}}, the code first. Stateless and
 * thread-safe.
 */
public final class GraphJson {

    /** The content type of every answer. */
    public static final String CONTENT_TYPE = "application/json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private GraphJson() {
    }

    /** 200 with {@code body} as JSON (maps, lists, strings, numbers and Booleans, as Jackson writes them). */
    public static HttpAnswer ok(Object body) {
        return answer(200, body);
    }

    /** {@code status} with {@code body} as JSON. */
    public static HttpAnswer answer(int status, Object body) {
        return HttpAnswer.of(status, CONTENT_TYPE, bytes(body));
    }

    /** {@code status} with Graph's error response: {@code {"error":{"code":code,"message":message}}}. */
    public static HttpAnswer error(int status, String code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        return answer(status, Map.of("error", error));
    }

    private static byte[] bytes(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
