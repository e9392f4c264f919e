package org.smimeconformance.protocol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.smimeconformance.contract.capability.UnsupportedCapabilityException;
import org.smimeconformance.protocol.ProtocolError.ErrorCode;

/**
 * What {@link ProtocolDispatcher} answers to one request, whatever carries it back: a status, a
 * content type and a JSON body, and the path template of the OpenAPI document the request matched.
 * Made here from a value or from what went wrong: the one mapping of the contract's exceptions and
 * of unreadable JSON onto the protocol's {@link ProtocolError errors}.
 *
 * @param status      the HTTP status
 * @param contentType always {@value #JSON}
 * @param body        the JSON body; empty for 204
 * @param path        the path template of the OpenAPI document the request matched, e.g.
 *                    {@code /v1/clients/{client}/trust/verify}; null when it matched none
 */
record ProtocolAnswer(int status, String contentType, byte[] body, String path) {

    static final String JSON = "application/json";
    private static final byte[] NO_BODY = new byte[0];

    ProtocolAnswer {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }

    /** 200 with this value as JSON; 500 when it cannot be written. */
    static ProtocolAnswer ok(Object value, String template) {
        try {
            return new ProtocolAnswer(200, JSON, ProtocolJson.strict().writeValueAsBytes(value), template);
        } catch (JsonProcessingException e) {
            return error(ProtocolError.of(ErrorCode.INTERNAL, "the answer cannot be written as JSON: " + e.getOriginalMessage()),
                    template);
        }
    }

    /** 200 with a JSON document as it is. */
    static ProtocolAnswer document(byte[] json, String template) {
        return new ProtocolAnswer(200, JSON, json, template);
    }

    /** 204, no body. */
    static ProtocolAnswer noContent(String template) {
        return new ProtocolAnswer(204, JSON, NO_BODY, template);
    }

    /** The error's status, the error as the body. */
    static ProtocolAnswer error(ProtocolError error, String template) {
        try {
            return new ProtocolAnswer(error.error().status(), JSON, ProtocolJson.strict().writeValueAsBytes(error), template);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the implementation threw: {@link UnsupportedCapabilityException} is 501 with its capability,
     * {@link IllegalArgumentException} 400, anything else 500; each naming the operation.
     */
    static ProtocolAnswer failure(Throwable e, String template, String operation) {
        if (e instanceof UnsupportedCapabilityException unsupported) {
            return error(new ProtocolError(ErrorCode.UNSUPPORTED_CAPABILITY, String.valueOf(unsupported.getMessage()),
                    unsupported.capability(), operation), template);
        }
        if (e instanceof IllegalArgumentException) {
            return error(ProtocolError.of(ErrorCode.INVALID_ARGUMENT, String.valueOf(e.getMessage())).in(operation), template);
        }
        return error(ProtocolError.of(ErrorCode.INTERNAL, "the implementation failed: " + describe(e)).in(operation), template);
    }

    /** 500: the server itself failed, not the implementation. */
    static ProtocolAnswer serverFailure(Throwable e) {
        return error(ProtocolError.of(ErrorCode.INTERNAL, "the server failed: " + describe(e)), null);
    }

    /**
     * A body that could not be read as the operation's arguments: not JSON is {@code MALFORMED_JSON},
     * JSON of the wrong shape (or refused by the contract's own checks) {@code INVALID_ARGUMENT}.
     *
     * @param operation the operation's name, or null when the path named none
     */
    static ProtocolAnswer unreadable(IOException e, String template, String operation) {
        ProtocolError error;
        if (e instanceof OperationArguments.Mismatch) {
            error = ProtocolError.of(ErrorCode.INVALID_ARGUMENT, e.getMessage());
        } else if (e instanceof StreamReadException read) {
            error = ProtocolError.of(ErrorCode.MALFORMED_JSON, "the body is not JSON: " + read.getOriginalMessage());
        } else if (e instanceof DatabindException bind) {
            error = ProtocolError.of(ErrorCode.INVALID_ARGUMENT, "the body does not fit the operation: " + databindMessage(bind));
        } else {
            error = ProtocolError.of(ErrorCode.MALFORMED_JSON, "the body cannot be read: " + e.getMessage());
        }
        return error(operation == null ? error : error.in(operation), template);
    }

    /** The same answer, as matching that path template. */
    ProtocolAnswer at(String template) {
        return new ProtocolAnswer(status, contentType, body, template);
    }

    /** A class name and message, for a person reading an error. */
    private static String describe(Throwable e) {
        return e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** Jackson's message, with the contract's own refusal when a record's checks refused a value. */
    private static String databindMessage(DatabindException e) {
        // Jackson's hints name its Java settings, which mean nothing to a caller in another language
        StringBuilder message = new StringBuilder(Objects.requireNonNullElse(e.getOriginalMessage(), "")
                .replaceAll(";? ?`DeserializationFeature\\.\\w+` enabled", "")
                .replaceAll(" ?\\(set `[^`]*` to [^)]*\\)", ""));
        String path = e instanceof JsonMappingException m ? m.getPathReference() : null;
        if (path != null && !path.isEmpty()) {
            message.append(" (at ").append(path.replace("org.smimeconformance.contract.", "")).append(")");
        }
        return message.toString();
    }

    @Override
    public String toString() {
        return status + " " + (path == null ? "(no path of the document)" : path) + " "
                + new String(body, StandardCharsets.UTF_8);
    }
}
