package org.smimeconformance.steps.target;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.smimeconformance.contract.Implementation;
import org.smimeconformance.protocol.AccessToken;
import org.smimeconformance.protocol.HttpImplementation;

/**
 * Chooses the implementation under test: by name among those on the class path that register
 * themselves through {@link ServiceLoader} ({@code reference} is the default; nothing here knows
 * its class), or by class, {@code java:com.example.MyImplementation}, which needs a public no-argument
 * constructor, or by the address of a server of the JSON-over-HTTP protocol,
 * {@code http://127.0.0.1:8080} (see {@code protocol/README.md}), whose capabilities are those it
 * declares at {@code GET /v1/implementation}. Jars given to {@link #addClasspath} are searched too.
 *
 * <p>A server of the protocol takes only callers with its token: the one in the environment
 * variable {@value AccessToken#ENVIRONMENT_VARIABLE} (or the system property
 * {@value AccessToken#SYSTEM_PROPERTY}, which comes first) is sent with every request, as
 * {@code Authorization: Bearer TOKEN}, to whatever server the address names; none is sent when
 * neither is set. It is never taken from the command line, where every user of the machine sees it.
 */
public final class Targets {

    /** The system property that names the implementation under test. */
    public static final String PROPERTY = "smime.conformance.target";

    public static final String DEFAULT = "reference";

    /** One instance per implementation and run: implementations are thread-safe and may be costly to make. */
    private static final Map<String, Implementation> CHOSEN = new ConcurrentHashMap<>();

    /** The prefix of a target named by its class. */
    public static final String JAVA_PREFIX = "java:";

    /** The prefixes of a target reached over the protocol. */
    private static final List<String> HTTP_PREFIXES = List.of("http://", "https://");

    private static volatile ClassLoader loader = Targets.class.getClassLoader();

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

    /**
     * Also looks for implementations in these jars (or class folders), for the rest of the run.
     *
     * @throws TargetNotFoundException when one of them does not exist
     */
    public static synchronized void addClasspath(List<Path> entries) {
        if (entries.isEmpty()) {
            return;
        }
        URL[] urls = new URL[entries.size()];
        for (int i = 0; i < urls.length; i++) {
            Path entry = entries.get(i);
            if (!Files.exists(entry)) {
                throw new TargetNotFoundException("no such jar or folder for --classpath: " + entry);
            }
            try {
                urls[i] = entry.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new TargetNotFoundException("not a usable class path entry: " + entry);
            }
        }
        loader = new URLClassLoader(urls, loader);
        CHOSEN.clear();
    }

    private static Implementation load(String name) {
        if (name.startsWith(JAVA_PREFIX)) {
            return instantiate(name.substring(JAVA_PREFIX.length()));
        }
        if (HTTP_PREFIXES.stream().anyMatch(p -> name.regionMatches(true, 0, p, 0, p.length()))) {
            return remote(name);
        }
        List<Implementation> all = available();
        return all.stream()
                .filter(i -> i.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new TargetNotFoundException("no implementation named '" + name + "' on the class path; available: "
                        + all.stream().map(Implementation::name).sorted().collect(Collectors.joining(", "))));
    }

    public static List<Implementation> available() {
        return ServiceLoader.load(Implementation.class, loader).stream().map(ServiceLoader.Provider::get).toList();
    }

    private static Implementation instantiate(String className) {
        try {
            Class<?> type = Class.forName(className, true, loader);
            if (!Implementation.class.isAssignableFrom(type)) {
                throw new TargetNotFoundException(className + " does not implement " + Implementation.class.getName());
            }
            return (Implementation) type.getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new TargetNotFoundException("no class " + className + " on the class path (add its jar with --classpath)");
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new TargetNotFoundException("cannot make an instance of " + className + ": " + e);
        }
    }

    /** The implementation served over the protocol at this address; it must answer now. */
    private static Implementation remote(String address) {
        URI base;
        try {
            base = new URI(address);
        } catch (URISyntaxException e) {
            throw new TargetNotFoundException("not an address of a protocol server: " + address + " (" + e.getMessage() + ")");
        }
        AccessToken token;
        try {
            token = AccessToken.fromEnvironment().orElse(null);
        } catch (IllegalArgumentException e) {
            throw new TargetNotFoundException("cannot call the server at " + address + ": " + e.getMessage());
        }
        try {
            return HttpImplementation.to(base).token(token).connect();
        } catch (IllegalArgumentException | IllegalStateException e) {
            boolean refused = String.valueOf(e.getMessage()).contains("HTTP 401");
            throw new TargetNotFoundException("no implementation served at " + address + ": " + e.getMessage()
                    + (refused ? " (set " + AccessToken.ENVIRONMENT_VARIABLE + " to the token 'serve' printed)"
                            : " (start one with './smime-conformance serve', or see protocol/README.md)"));
        }
    }

    /** A harness error: the run cannot start, it is not a conformance failure. */
    public static final class TargetNotFoundException extends RuntimeException {
        public TargetNotFoundException(String message) {
            super(message);
        }
    }
}
