package org.smimeconformance.fakes.http;

/** The ways a fake endpoint can misbehave on demand. */
public enum EndpointFault {
    /** Nothing listens at the address: the connection is refused. */
    CONNECTION_REFUSED,
    /** The connection is accepted, then reset before any answer. */
    CONNECTION_RESET,
    /**
     * The status line and headers of a proper 200 answer are sent, then a broken piece of the body,
     * then the connection is closed: the answer stops halfway.
     */
    CONNECTION_RESET_MID_ANSWER,
    /** The answer comes only after the configured slow delay, past any sensible client timeout. */
    TIMEOUT,
    /** The proper answer, sent after {@link FakeHttpServer#SLOW_BUT_IN_TIME}: slow, but well inside any sensible timeout. */
    SLOW_BUT_IN_TIME,
    /** HTTP 302 whose {@code Location} is the address asked for: following it never ends. */
    REDIRECT_LOOP,
    /** A 200 answer of the expected content type whose body is {@link FakeHttpServer#HUGE_ANSWER_BYTES} long. */
    HUGE_ANSWER,
    /** The proper body, labelled {@code text/html} instead of its content type. */
    WRONG_CONTENT_TYPE,
    /** Bytes that are not HTTP at all, then the connection is closed. */
    NOT_HTTP,
    /** HTTP 404. */
    NOT_FOUND,
    /** HTTP 500. */
    SERVER_ERROR,
    /** HTTP 200 with a body that is not what was asked for. */
    GARBAGE
}
