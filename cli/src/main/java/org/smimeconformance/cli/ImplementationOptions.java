package org.smimeconformance.cli;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.smimeconformance.contract.capability.Capability;
import org.smimeconformance.contract.Endpoints;
import org.smimeconformance.contract.Implementation;
import org.smimeconformance.contract.Limits;
import org.smimeconformance.contract.NetworkSettings;
import org.smimeconformance.contract.World;
import org.smimeconformance.steps.target.Targets;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of the commands that ask the implementation under test one question
 * ({@code verify-cert}, {@code compose}, {@code inspect}): which implementation ({@code --target})
 * and how long it may wait on the network ({@code --timeout}); and the world it is placed in.
 * {@code run} and {@code serve} have a {@code --target} of their own, beside {@code --classpath}.
 */
final class ImplementationOptions {

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "2s", converter = TimeoutConverter.class,
            description = "Longest wait to connect and for a whole answer, for each CRL or AIA fetch: 2s, 500ms or "
                    + "ISO-8601 (PT2S). Default: ${DEFAULT-VALUE}.")
    private Duration timeout;

    @Option(names = "--target", paramLabel = "NAME", defaultValue = Targets.DEFAULT,
            description = "The implementation under test. Default: ${DEFAULT-VALUE}.")
    private String target;

    String target() {
        return target;
    }

    /**
     * The implementation named by {@code --target}, which must declare the capability.
     *
     * @param doing what the command does with it, for the refusal: "trust verification"
     */
    Implementation require(Capability capability, String doing) {
        Implementation implementation;
        try {
            implementation = Targets.byName(target);
        } catch (Targets.TargetNotFoundException e) {
            throw new CommandRefusal(e.getMessage());
        }
        if (!implementation.capabilities().contains(capability)) {
            throw new CommandRefusal("target " + target + " does not support " + doing);
        }
        return implementation;
    }

    /**
     * The world of one command: its instant, these trusted roots, the timeout, offline or not, no
     * directory or Intune.
     */
    World world(Instant at, List<byte[]> trustedRoots, boolean offline) {
        return new World(Clock.fixed(at, ZoneOffset.UTC), trustedRoots,
                NetworkSettings.defaults().withTimeouts(timeout, timeout).withOffline(offline), Endpoints.none(),
                Limits.defaults());
    }

    /** {@code 2s}, {@code 500ms}, {@code 1.5s} or ISO-8601 {@code PT2S}; positive. */
    static final class TimeoutConverter implements CommandLine.ITypeConverter<Duration> {
        private static final Pattern SHORT = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s)");

        @Override
        public Duration convert(String value) {
            Duration duration;
            Matcher m = SHORT.matcher(value.trim().toLowerCase(Locale.ROOT));
            try {
                if (m.matches()) {
                    double amount = Double.parseDouble(m.group(1));
                    duration = Duration.ofNanos(Math.round(amount * (m.group(2).equals("s") ? 1e9 : 1e6)));
                } else {
                    duration = Duration.parse(value);
                }
            } catch (DateTimeException | ArithmeticException e) {
                duration = null;
            }
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a positive duration such as 2s, 500ms or PT2S");
            }
            return duration;
        }
    }
}
