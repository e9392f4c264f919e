package org.smimeconformance.engine.net;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What came back from an endpoint: a value, or a reason for people why there is none
 * ("connection refused", "timed out after 500 ms", "HTTP 404", "not a CRL"). Immutable.
 *
 * @param <T> the kind of value: the bytes of an answer, or what was read from them
 */
public final class Fetched<T> {

    private final T value;
    private final String failure;

    private Fetched(T value, String failure) {
        this.value = value;
        this.failure = failure;
    }

    /** A value that arrived. */
    public static <T> Fetched<T> of(T value) {
        return new Fetched<>(Objects.requireNonNull(value, "value"), null);
    }

    /** Nothing arrived, for the given reason. */
    public static <T> Fetched<T> failed(String reason) {
        return new Fetched<>(null, Objects.requireNonNull(reason, "reason"));
    }

    public boolean ok() {
        return failure == null;
    }

    /** The value; only when {@link #ok()}. */
    public T value() {
        if (failure != null) {
            throw new IllegalStateException("nothing fetched: " + failure);
        }
        return value;
    }

    /** Why nothing arrived; empty when {@link #ok()}. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** Reads the value into something else, which may itself fail with a reason. */
    public <U> Fetched<U> then(Function<? super T, Fetched<U>> reading) {
        return ok() ? reading.apply(value) : failed(failure);
    }

    @Override
    public String toString() {
        return ok() ? "fetched " + value : "not fetched: " + failure;
    }
}
