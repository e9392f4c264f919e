package org.smimeconformance.engine.directory;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;

/**
 * What one place that may hold a certificate (the device, the Global Address List, the LDAP
 * directory) answered about an address: something found, nothing there, or no answer at all
 * (unreachable, refused, a bind demanded), with the reason for people. Immutable.
 *
 * @param <T> what was found: an entry, its certificates, a group's members
 */
public final class SourceAnswer<T> {

    /** The three kinds of answer. */
    public enum Kind {
        /** The source holds something for the address. */
        FOUND,
        /** The source answered, and holds nothing for the address. */
        NOT_FOUND,
        /** The source could not be asked or gave no usable answer. */
        FAILED
    }

    private final Kind kind;
    private final T value;
    private final Outcome problem;

    private SourceAnswer(Kind kind, T value, Outcome problem) {
        this.kind = kind;
        this.value = value;
        this.problem = problem;
    }

    public static <T> SourceAnswer<T> found(T value) {
        return new SourceAnswer<>(Kind.FOUND, Objects.requireNonNull(value, "value"), null);
    }

    public static <T> SourceAnswer<T> notFound(String why) {
        return new SourceAnswer<>(Kind.NOT_FOUND, null, Outcome.of(OutcomeCode.CERT_NOT_FOUND, why));
    }

    /** No usable answer; {@code code} says which source failed and how ({@code LDAP_UNREACHABLE}, ...). */
    public static <T> SourceAnswer<T> failed(OutcomeCode code, String why) {
        return new SourceAnswer<>(Kind.FAILED, null, Outcome.of(code, why));
    }

    public Kind kind() {
        return kind;
    }

    public boolean found() {
        return kind == Kind.FOUND;
    }

    /** The value; only when {@link #found()}. */
    public T value() {
        if (kind != Kind.FOUND) {
            throw new IllegalStateException("nothing found: " + problem);
        }
        return value;
    }

    /** Why nothing was found, or why the source failed; empty when something was found. */
    public Optional<Outcome> problem() {
        return Optional.ofNullable(problem);
    }

    /** The same answer about something else read from the value. */
    public <U> SourceAnswer<U> map(Function<? super T, ? extends U> reading) {
        return kind == Kind.FOUND ? found(reading.apply(value)) : new SourceAnswer<>(kind, null, problem);
    }

    @Override
    public String toString() {
        return kind == Kind.FOUND ? "found " + value : kind + ": " + problem;
    }
}
