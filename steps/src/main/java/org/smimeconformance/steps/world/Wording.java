package org.smimeconformance.steps.world;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The words the features use for the values of one type, in order: each label once, the regular
 * expression that accepts exactly those labels built from them, and the value each label stands
 * for. A wording may also accept text of a pattern besides its labels ({@code 3 times}), read by a
 * function of its own. Immutable and thread-safe.
 *
 * @param <T> the type of the values
 */
public final class Wording<T> {

    private final String what;
    private final Map<String, T> byLabel;
    private final Optional<Pattern> otherwise;
    private final Function<String, T> reader;

    private Wording(String what, Map<String, T> byLabel, Optional<Pattern> otherwise, Function<String, T> reader) {
        this.what = what;
        this.byLabel = Collections.unmodifiableMap(byLabel);
        this.otherwise = otherwise;
        this.reader = reader;
    }

    /** A wording without labels yet; {@code what} says in words what its values are, for messages. */
    public static <T> Wording<T> of(String what) {
        return new Wording<>(what, new LinkedHashMap<>(), Optional.empty(), null);
    }

    /** The wording of every value of an enum, in the enum's order, each by the label the enum gives it. */
    public static <E extends Enum<E>> Wording<E> of(String what, E[] values, Function<E, String> label) {
        Wording<E> wording = of(what);
        for (E value : values) {
            wording = wording.and(label.apply(value), value);
        }
        return wording;
    }

    /** This wording with one more label, after the others. */
    public Wording<T> and(String label, T value) {
        Map<String, T> more = new LinkedHashMap<>(byLabel);
        if (more.putIfAbsent(label, value) != null) {
            throw new IllegalArgumentException(what + ": the label \"" + label + "\" is given twice");
        }
        return new Wording<>(what, more, otherwise, reader);
    }

    /** This wording, also accepting any text that matches {@code regex} (after the labels), read by {@code read}. */
    public Wording<T> orMatching(String regex, Function<String, T> read) {
        return new Wording<>(what, new LinkedHashMap<>(byLabel), Optional.of(Pattern.compile(regex)), read);
    }

    /** The labels, in order. */
    public List<String> labels() {
        return List.copyOf(byLabel.keySet());
    }

    /**
     * The regular expression that accepts exactly the labels (and the pattern, if any): the labels
     * in order, each with its regular expression characters escaped, separated by {@code |}.
     */
    public String regex() {
        List<String> alternatives = new ArrayList<>();
        byLabel.keySet().forEach(label -> alternatives.add(escaped(label)));
        otherwise.ifPresent(pattern -> alternatives.add(pattern.pattern()));
        return String.join("|", alternatives);
    }

    /** The value a label (or a text of the pattern) stands for. */
    public T valueOf(String text) {
        T value = byLabel.get(text);
        if (value != null) {
            return value;
        }
        if (otherwise.isPresent() && otherwise.get().matcher(text).matches()) {
            return reader.apply(text);
        }
        throw new IllegalArgumentException("\"" + text + "\" is not " + what + "; known: " + String.join(", ", byLabel.keySet())
                + otherwise.map(pattern -> ", or text like /" + pattern.pattern() + "/").orElse(""));
    }

    /** The label of a value. */
    public String labelOf(T value) {
        return byLabel.entrySet().stream().filter(entry -> entry.getValue().equals(value)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalArgumentException(what + " has no label for " + value));
    }

    private static String escaped(String label) {
        return label.replaceAll("[\\\\.\\[\\]{}()*+?^$|]", "\\\\$0");
    }

    @Override
    public String toString() {
        return what + ": " + regex();
    }
}
