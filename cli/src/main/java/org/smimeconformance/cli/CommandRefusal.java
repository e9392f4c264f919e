package org.smimeconformance.cli;

/**
 * A command cannot do what it was asked, for a reason that is not a verdict: an unknown target, a
 * target without the capability, a file that cannot be written. The command prints the message and
 * exits 2.
 */
final class CommandRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CommandRefusal(String message) {
        super(message);
    }
}
