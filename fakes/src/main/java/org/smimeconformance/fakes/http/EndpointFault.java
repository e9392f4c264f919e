package org.smimeconformance.fakes.http;

/** The ways a fake endpoint can misbehave on demand. */
public enum EndpointFault {
    /** Nothing listens at the address: the connection is refused. */
    CONNECTION_REFUSED,
    /** The connection is accepted, then reset before any answer. */
    CONNECTION_RESET,
    /** The answer comes only after the configured slow delay, past any sensible client timeout. */
    TIMEOUT,
    /** HTTP 404. */
    NOT_FOUND,
    /** HTTP 500. */
    SERVER_ERROR,
    /** HTTP 200 with a body that is not what was asked for. */
    GARBAGE
}
