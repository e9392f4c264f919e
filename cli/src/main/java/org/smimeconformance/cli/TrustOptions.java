package org.smimeconformance.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The trust options of every command that has a certificate judged ({@code verify-cert},
 * {@code inspect}, {@code compose}): the trusted roots, which form the virtual certificate
 * collection, and the instant of the checks. What the client has at hand besides them, and whether
 * it may fetch the rest, is {@link AtHandOptions}, which {@code compose} does not take.
 */
final class TrustOptions {

    static final String NO_TRUST_ANCHOR = "note: no --trust-anchor given, the virtual certificate collection is empty";

    @Option(names = "--trust-anchor", paramLabel = "FILE",
            description = "A trusted root: the virtual certificate collection. Repeatable. "
                    + "Without any, nothing can be trusted.")
    private List<Path> trustAnchors = new ArrayList<>();

    @Option(names = "--at", paramLabel = "INSTANT", converter = InstantConverter.class,
            description = "The instant of the checks: an ISO-8601 instant (2026-03-01T00:00:00Z) or a "
                    + "date (2026-03-01, meaning 00:00 UTC). Default: now.")
    private Instant at;

    /**
     * The certificates of the {@code --trust-anchor} files, in the order given.
     *
     * @throws CertificateFile.Unreadable when one of the files cannot be used
     */
    List<byte[]> trustAnchors() {
        return CertificateFile.entries(trustAnchors);
    }

    /** {@code --at}, or else the instant of the command's clock. */
    Instant instant(Clock clock) {
        return at != null ? at : clock.instant();
    }

    /** Says on {@code err} that nothing can be trusted, when no {@code --trust-anchor} was given. */
    void noteWhenNoTrustAnchor(PrintWriter err) {
        if (trustAnchors.isEmpty()) {
            err.println(NO_TRUST_ANCHOR);
        }
    }

    /** {@code 2026-03-01T00:00:00Z}, {@code 2026-03-01T01:00:00+01:00} or {@code 2026-03-01} (00:00 UTC). */
    static final class InstantConverter implements CommandLine.ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeException notAnInstant) {
                try {
                    return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeException notADate) {
                    throw new CommandLine.TypeConversionException(
                            "'" + value + "' is neither an ISO-8601 instant (2026-03-01T00:00:00Z) nor a date (2026-03-01)");
                }
            }
        }
    }
}
