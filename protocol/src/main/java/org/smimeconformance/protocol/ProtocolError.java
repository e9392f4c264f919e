package org.smimeconformance.protocol;

import java.util.Objects;

import org.smimeconformance.contract.capability.Capability;

/**
 * The body of every answer that is not a success: {@code {"error": "INVALID_ARGUMENT", "message":
 * "...", "capability": null, "operation": "TrustVerification.verify"}}.
 *
 * @param error      what went wrong, one of a fixed set of codes
 * @param message    for people; never a stack trace
 * @param capability the capability the implementation lacks, with {@link ErrorCode#UNSUPPORTED_CAPABILITY}; else null
 * @param operation  the operation asked for, as {@code Interface.method}, when the path named one; else null
 */
public record ProtocolError(ErrorCode error, String message, Capability capability, String operation) {

    /** The longest message an error carries; longer ones are cut. */
    static final int MAX_MESSAGE_LENGTH = 2_000;

    public ProtocolError {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(message, "message");
        if (message.length() > MAX_MESSAGE_LENGTH) {
            message = message.substring(0, MAX_MESSAGE_LENGTH) + "...";
        }
    }

    /** The codes of the protocol's errors, each with its HTTP status. */
    public enum ErrorCode {
        /** The body is not JSON (or not one JSON value). */
        MALFORMED_JSON(400),
        /** The JSON does not have the shape the operation takes, a value is refused by the contract's own checks,
         * or the implementation refused an argument ({@link IllegalArgumentException}). */
        INVALID_ARGUMENT(400),
        /** No token, or not this server's: every call but {@code GET /v1/openapi.json} sends
         * {@code Authorization: Bearer TOKEN} ({@link AccessToken}). */
        UNAUTHORIZED(401),
        /** The {@code Host} header names no address the server answers at (a page that rebinds a name of its own
         * to this machine sends its own name): the bound address, or for a loopback bind {@code localhost},
         * {@code 127.0.0.1} or {@code [::1]}, each with the port. */
        FORBIDDEN_HOST(403),
        /** The request carries an {@code Origin} that is not the server's own: a web page of another site. */
        FORBIDDEN_ORIGIN(403),
        /** No client of that id is open: never opened, closed, or closed as the oldest when too many were open. */
        UNKNOWN_CLIENT(404),
        /** No device of that id in the client. */
        UNKNOWN_DEVICE(404),
        /** The path names no operation of the protocol. */
        UNKNOWN_OPERATION(404),
        /** The path is an operation, the HTTP method is not the one it takes. */
        METHOD_NOT_ALLOWED(405),
        /** The body is larger than the server takes. */
        BODY_TOO_LARGE(413),
        /** A {@code POST} whose {@code Content-Type} is not {@code application/json} (a charset, if given, UTF-8). */
        UNSUPPORTED_MEDIA_TYPE(415),
        /** A client already has as many devices as the server keeps for one. */
        TOO_MANY_DEVICES(429),
        /** The implementation failed in a way the contract does not describe. */
        INTERNAL(500),
        /** The implementation does not support what was asked ({@code UnsupportedCapabilityException}). */
        UNSUPPORTED_CAPABILITY(501),
        /** The client has been sent as many bytes (its world and every body sent to it and its devices) as the
         * server keeps for one client; close it and open another. */
        CLIENT_FULL(507);

        private final int status;

        ErrorCode(int status) {
            this.status = status;
        }

        /** The HTTP status of an answer with this error. */
        public int status() {
            return status;
        }
    }

    static ProtocolError of(ErrorCode code, String message) {
        return new ProtocolError(code, message, null, null);
    }

    ProtocolError in(String operationName) {
        return new ProtocolError(error, message, capability, operationName);
    }
}
