package org.smimeconformance.steps.cli;

import java.time.Clock;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code run} the features, {@code verify-cert} one certificate.
 *
 * <p>Exit codes are the same for every command: 0 success, 1 a conformance failure or an
 * untrusted certificate, 2 bad usage, unreadable input or a harness error.
 */
@Command(name = "smime-conformance",
        mixinStandardHelpOptions = true,
        versionProvider = SmimeConformance.Version.class,
        description = "S/MIME conformance suite for Outlook for iOS and Android.",
        subcommands = {RunCommand.class, VerifyCertCommand.class, CommandLine.HelpCommand.class})
public final class SmimeConformance {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE_OR_HARNESS_ERROR = 2;

    public static void main(String[] args) {
        System.exit(execute(Clock.systemUTC(), args));
    }

    /**
     * Runs one command line and returns its exit code. The clock is the one place the wall clock
     * enters: commands take time from it, scenarios never do.
     */
    public static int execute(Clock clock, String... args) {
        CommandLine line = new CommandLine(new SmimeConformance(), new Factory(clock));
        line.setExitCodeExceptionMapper(e -> USAGE_OR_HARNESS_ERROR);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("smime-conformance: " + e.getMessage());
            return USAGE_OR_HARNESS_ERROR;
        });
        return line.execute(args);
    }

    /** Gives every command the clock it must use. */
    private record Factory(Clock clock) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == VerifyCertCommand.class) {
                return cls.cast(new VerifyCertCommand(clock));
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = SmimeConformance.class.getPackage().getImplementationVersion();
            return new String[] {"smime-conformance " + (v == null ? "(development build)" : v)};
        }
    }
}
