package org.smimeconformance.cli;

import java.io.PrintWriter;
import java.time.Clock;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code run} the features, {@code verify-cert} one certificate, {@code compose}
 * a message as the client would send it, {@code inspect} a received message as the client would
 * show it, {@code serve} an implementation over the JSON-over-HTTP protocol, and print the
 * {@code rules} with their coverage and the {@code steps} a feature may use.
 *
 * <p>Exit codes are the same for every command: 0 success, 1 a conformance failure or an
 * untrusted certificate, 2 bad usage, unreadable input or a harness error.
 */
@Command(name = "smime-conformance",
        mixinStandardHelpOptions = true,
        versionProvider = SmimeConformance.Version.class,
        description = "S/MIME conformance suite for Outlook for iOS and Android.",
        subcommands = {RunCommand.class, VerifyCertCommand.class, ComposeCommand.class, InspectCommand.class,
                ServeCommand.class, RulesCommand.class, StepsCommand.class, CommandLine.HelpCommand.class})
public final class SmimeConformance {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE_OR_HARNESS_ERROR = 2;

    public static void main(String[] args) {
        // The JDK's HTTP server behind 'serve' answers at once instead of waiting out the client's
        // delayed acknowledgement; it reads this once, on first use, so the entry point sets it.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        System.exit(execute(Clock.systemUTC(), args));
    }

    /**
     * Runs one command line and returns its exit code. The clock is the one place the wall clock
     * enters: commands take time from it, scenarios never do.
     */
    public static int execute(Clock clock, String... args) {
        return execute(clock, null, null, args);
    }

    /**
     * Runs one command line, writing to the given streams instead of the standard ones (either
     * may be null for the standard one), and returns its exit code.
     */
    public static int execute(Clock clock, PrintWriter out, PrintWriter err, String... args) {
        CommandLine line = new CommandLine(new SmimeConformance(), new Factory(clock));
        if (out != null) {
            line.setOut(out);
        }
        if (err != null) {
            line.setErr(err);
        }
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setExitCodeExceptionMapper(e -> USAGE_OR_HARNESS_ERROR);
        line.setParameterExceptionHandler((e, ignored) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println(e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, cmd.getErr());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            cmd.getErr().flush();
            return USAGE_OR_HARNESS_ERROR;
        });
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("smime-conformance: " + (e.getMessage() == null ? e : e.getMessage()));
            cmd.getErr().flush();
            return USAGE_OR_HARNESS_ERROR;
        });
        int exit = line.execute(args);
        line.getOut().flush();
        line.getErr().flush();
        return exit;
    }

    /**
     * Gives the commands that take the time ({@code verify-cert}, {@code compose}, {@code inspect})
     * the clock they must use; picocli makes the others.
     */
    private record Factory(Clock clock) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == VerifyCertCommand.class) {
                return cls.cast(new VerifyCertCommand(clock));
            }
            if (cls == ComposeCommand.class) {
                return cls.cast(new ComposeCommand(clock));
            }
            if (cls == InspectCommand.class) {
                return cls.cast(new InspectCommand(clock));
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }

    /**
     * What {@code --version} prints, for the root and every command: the Implementation-Version of
     * the manifest of the jar holding this class, or "(development build)" when there is none.
     */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = SmimeConformance.class.getPackage().getImplementationVersion();
            return new String[] {"smime-conformance " + (v == null ? "(development build)" : v)};
        }
    }
}
