package org.smimeconformance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.smimeconformance.contract.Implementation;
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
 */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = SmimeConformance.Version.class,
        description = {"Serve an implementation over the JSON-over-HTTP protocol (protocol/README.md) until interrupted.",
                "Prints the address to give 'run --target'; the OpenAPI document is at /v1/openapi.json.",
                "Exit 0 when stopped, 2 when the port cannot be bound or the target is unknown."})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "The port to listen on; 0 picks a free one and prints it (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = {"The address to listen on (default: ${DEFAULT-VALUE}, this machine only).",
                    "The protocol has no authentication: bind elsewhere only on a network you trust."})
    private String bind;

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
        ProtocolServer server;
        try {
            server = ProtocolServer.over(implementation).bind(address).port(port).start();
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
        out.println("  run against it with: ./smime-conformance run --target " + server.uri());
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
}
