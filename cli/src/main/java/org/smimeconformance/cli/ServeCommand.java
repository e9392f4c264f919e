package org.smimeconformance.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.smimeconformance.contract.Implementation;
import org.smimeconformance.protocol.AccessToken;
import org.smimeconformance.protocol.ContractPaths;
import org.smimeconformance.protocol.ProtocolServer;
import org.smimeconformance.steps.target.Targets;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Serves an implementation of the contract over the JSON-over-HTTP protocol until interrupted, so
 * that a run elsewhere ({@code run --target http://HOST:PORT}) or a tool in another language can
 * drive it. Blocks on a latch that Ctrl-C (the shutdown hook) or an interrupt releases.
 *
 * <p>A served implementation holds private keys: every call must carry the server's token
 * ({@code Authorization: Bearer TOKEN}). The token is read from {@code --token-file}, else from
 * {@value AccessToken#ENVIRONMENT_VARIABLE} (or the system property {@value AccessToken#SYSTEM_PROPERTY}),
 * else made at start with {@code SecureRandom} and printed; it is never an option's value, which
 * {@code ps} would show to every user. An address that is not loopback is refused unless
 * {@code --allow-remote} is given: the protocol is plain HTTP, and the token and the keys would
 * cross the network in the clear.
 */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = SmimeConformance.Version.class,
        description = {"Serve an implementation over the JSON-over-HTTP protocol (protocol/README.md) until interrupted.",
                "Every call must carry the server's token (Authorization: Bearer TOKEN): read from --token-file, else from "
                        + "the environment variable " + AccessToken.ENVIRONMENT_VARIABLE + ", else made at start and printed.",
                "Prints the address and how to give the token to 'run --target'; the OpenAPI document is at /v1/openapi.json.",
                "Exit 0 when stopped, 2 when the port cannot be bound, the target is unknown, the token cannot be read, "
                        + "or --bind is not loopback without --allow-remote."})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "The port to listen on; 0 picks a free one and prints it (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = {"The address to listen on (default: ${DEFAULT-VALUE}, this machine only).",
                    "Any other address needs --allow-remote."})
    private String bind;

    @Option(names = "--allow-remote",
            description = {"Allow a --bind address that is not loopback (0.0.0.0 included). The protocol is plain HTTP:",
                    "the token and every key the implementation hands out cross the network in the clear."})
    private boolean allowRemote;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = {"Read the token callers must send from the first line of this file (32 to 512 characters of",
                    "A-Z a-z 0-9 - . _ ~ + /) instead of making one; it is then not printed."})
    private Path tokenFile;

    @Option(names = "--target", paramLabel = "TARGET", defaultValue = Targets.DEFAULT,
            description = "The implementation to serve: a registered name (default: ${DEFAULT-VALUE}) or java:CLASS.")
    private String target;

    @Option(names = "--classpath", paramLabel = "JAR", arity = "1..*",
            description = "Jars or class folders holding the implementation to serve.")
    private List<Path> classpath = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (port < 0 || port > 65_535) {
            throw new CommandRefusal("--port is 0 to 65535, not " + port);
        }
        Implementation implementation;
        try {
            Targets.addClasspath(classpath);
            implementation = Targets.byName(target);
        } catch (Targets.TargetNotFoundException e) {
            throw new CommandRefusal(e.getMessage());
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new CommandRefusal("--bind " + bind + " is not an address of this machine: " + e.getMessage());
        }
        if (!address.isLoopbackAddress() && !allowRemote) {
            throw new CommandRefusal("--bind " + bind + " is not a loopback address: the protocol is plain HTTP, so the "
                    + "token and every private key served would cross the network in the clear; add --allow-remote to "
                    + "serve there anyway");
        }
        Optional<String> source = Optional.empty();
        AccessToken token;
        if (tokenFile != null) {
            token = readToken(tokenFile);
            source = Optional.of("from " + tokenFile);
        } else {
            try {
                Optional<AccessToken> given = AccessToken.fromEnvironment();
                token = given.orElseGet(AccessToken::generate);
                source = given.map(t -> "from " + AccessToken.ENVIRONMENT_VARIABLE);
            } catch (IllegalArgumentException e) {
                throw new CommandRefusal(e.getMessage());
            }
        }
        ProtocolServer server;
        try {
            server = ProtocolServer.over(implementation).bind(address).port(port).token(token).start();
        } catch (IOException e) {
            throw new CommandRefusal("cannot listen on " + bind + ":" + port + ": " + e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "smime-conformance-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("smime-conformance: serving '" + implementation.name() + "' at " + server.uri());
        out.println("  token:               " + source.orElse(token.value())
                + "   (every call sends it: 'Authorization: Bearer TOKEN')");
        String given = tokenFile != null ? AccessToken.ENVIRONMENT_VARIABLE + "=\"$(head -n 1 " + tokenFile + ")\" "
                : source.isPresent() ? "" : AccessToken.ENVIRONMENT_VARIABLE + "=" + token.value() + " ";
        out.println("  run against it with: " + given + "./smime-conformance run --target " + server.uri());
        out.println("  OpenAPI document:    " + server.uri() + ContractPaths.OPENAPI);
        out.println("  Ctrl-C stops");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // an interrupt is a way to stop, as Ctrl-C is
            Thread.currentThread().interrupt();
        } finally {
            // stopped by an interrupt rather than the hook: stop now, and the hook is no longer needed
            if (stopped.getCount() > 0) {
                server.close();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // the JVM is already shutting down: the hook runs anyway
                }
            }
        }
        return SmimeConformance.OK;
    }

    /** The first line of the file, stripped, as a token. */
    private static AccessToken readToken(Path file) {
        String line;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            line = reader.readLine();
        } catch (IOException e) {
            throw new CommandRefusal("cannot read --token-file " + file + ": " + e.getMessage());
        }
        try {
            return AccessToken.of(line == null ? "" : line.strip());
        } catch (IllegalArgumentException e) {
            throw new CommandRefusal("--token-file " + file + " holds no token: " + e.getMessage());
        }
    }
}
