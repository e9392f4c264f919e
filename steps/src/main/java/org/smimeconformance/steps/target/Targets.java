package org.smimeconformance.steps.target;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.smimeconformance.contract.Implementation;

/**
 * Chooses the implementation under test by name among those on the class path. The reference
 * engine ({@code reference}) is the default; nothing here knows its class.
 */
public final class Targets {

    /** The system property that names the implementation under test. */
    public static final String PROPERTY = "smime.conformance.target";

    public static final String DEFAULT = "reference";

    /** One instance per implementation and run: implementations are thread-safe and may be costly to make. */
    private static final Map<String, Implementation> CHOSEN = new ConcurrentHashMap<>();

    private Targets() {
    }

    /** The implementation named by {@link #PROPERTY}, or the reference engine. */
    public static Implementation selected() {
        return byName(System.getProperty(PROPERTY, DEFAULT));
    }

    /**
     * @throws TargetNotFoundException when no implementation on the class path has that name
     */
    public static Implementation byName(String name) {
        return CHOSEN.computeIfAbsent(name, Targets::load);
    }

    private static Implementation load(String name) {
        List<Implementation> all = available();
        return all.stream()
                .filter(i -> i.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new TargetNotFoundException("no implementation named '" + name + "' on the class path; available: "
                        + all.stream().map(Implementation::name).sorted().collect(Collectors.joining(", "))));
    }

    public static List<Implementation> available() {
        return ServiceLoader.load(Implementation.class).stream().map(ServiceLoader.Provider::get).toList();
    }

    /** A harness error: the run cannot start, it is not a conformance failure. */
    public static final class TargetNotFoundException extends RuntimeException {
        public TargetNotFoundException(String message) {
            super(message);
        }
    }
}
