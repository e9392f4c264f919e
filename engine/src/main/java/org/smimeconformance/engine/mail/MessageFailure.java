package org.smimeconformance.engine.mail;

/**
 * A message could not be written or read as S/MIME. The message says why, for people; callers
 * turn it into an outcome code.
 */
public final class MessageFailure extends Exception {

    public MessageFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public MessageFailure(String message) {
        super(message);
    }
}
