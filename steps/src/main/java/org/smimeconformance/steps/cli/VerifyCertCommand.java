package org.smimeconformance.steps.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.smimeconformance.contract.Capability;
import org.smimeconformance.contract.Endpoints;
import org.smimeconformance.contract.Implementation;
import org.smimeconformance.contract.Limits;
import org.smimeconformance.contract.MailClient;
import org.smimeconformance.contract.NetworkSettings;
import org.smimeconformance.contract.OutcomeCode;
import org.smimeconformance.contract.UnsupportedCapabilityException;
import org.smimeconformance.contract.World;
import org.smimeconformance.contract.trust.CertificateCheck;
import org.smimeconformance.contract.trust.CertificateUse;
import org.smimeconformance.contract.trust.TrustVerdict;
import org.smimeconformance.steps.target.Targets;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Judges one certificate as the documented client would (rules TRUST-1 to TRUST-10): would
 * Outlook for iOS and Android trust it, and if not, why.
 *
 * <p>The trust anchors given form the virtual certificate collection, the intermediates and CRLs
 * given are what the client already has at hand; anything else is fetched from the addresses in
 * the certificates unless {@code --offline}. The verdict comes from the implementation under
 * test, chosen by {@code --target}; this command only reads files and reports.
 */
@Command(name = "verify-cert",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        header = "Judge one certificate as Outlook for iOS and Android would.",
        description = {
            "Judge one certificate as Outlook for iOS and Android would: is there a path to a trusted "
                    + "root, does every link verify and is it valid at the instant, is every CRL "
                    + "obtainable, current and clean?",
            "Every FILE is DER or PEM; a PEM file may hold several certificates (or CRLs), each "
                    + "block is used. Private key blocks in a PEM file are ignored."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:trusted",
            "1:not trusted (the code and the reason are printed)",
            "2:bad usage, a file that cannot be read, a certificate or CRL that is not one, "
                    + "an unknown target, or an error of the implementation"})
public final class VerifyCertCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CERT",
            description = "The certificate to judge. If it is a PEM file with several certificates, "
                    + "the first is judged and the others are handed over as intermediates.")
    private Path certificate;

    @Option(names = "--trust-anchor", paramLabel = "FILE",
            description = "A trusted root: the virtual certificate collection. Repeatable. "
                    + "Without any, nothing can be trusted.")
    private List<Path> trustAnchors = new ArrayList<>();

    @Option(names = "--intermediate", paramLabel = "FILE",
            description = "Intermediate certificates that came with CERT (as in a signed message). "
                    + "Repeatable; others are fetched through AIA unless --offline.")
    private List<Path> intermediates = new ArrayList<>();

    @Option(names = "--crl", paramLabel = "FILE",
            description = "CRLs already at hand, used before anything is fetched. Repeatable.")
    private List<Path> crls = new ArrayList<>();

    @Option(names = "--at", paramLabel = "INSTANT", converter = InstantConverter.class,
            description = "The validation instant: an ISO-8601 instant (2026-03-01T00:00:00Z) or a "
                    + "date (2026-03-01, meaning 00:00 UTC). Default: now.")
    private Instant at;

    @Option(names = "--offline",
            description = "Fetch nothing: a CRL or intermediate not given is not available, so a "
                    + "missing CRL makes the certificate CRL_UNREACHABLE.")
    private boolean offline;

    @Option(names = "--use", paramLabel = "USE", defaultValue = "SENDER",
            description = "What the client means to do with the certificate: ${COMPLETION-CANDIDATES}. "
                    + "Default: ${DEFAULT-VALUE} (the signer of a received message).")
    private CertificateUse use;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "2s",
            converter = TimeoutConverter.class,
            description = "Longest wait to connect and longest wait for a whole answer, for each "
                    + "CRL or AIA fetch: 2s, 500ms or ISO-8601 (PT2S). Default: ${DEFAULT-VALUE}.")
    private Duration timeout;

    @Option(names = "--json",
            description = "Print one JSON object (certificate, trusted, code, message, chain, at, "
                    + "target) instead of text.")
    private boolean json;

    @Option(names = "--target", paramLabel = "NAME", defaultValue = Targets.DEFAULT,
            description = "The implementation under test. Default: ${DEFAULT-VALUE}.")
    private String target;

    public VerifyCertCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return verify(out, err);
        } catch (CertificateFile.Unreadable | Refusal e) {
            err.println(e.getMessage());
            return SmimeConformance.USAGE_OR_HARNESS_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int verify(PrintWriter out, PrintWriter err) {
        List<byte[]> subject = CertificateFile.read(certificate).entries();
        List<byte[]> given = new ArrayList<>(subject.subList(1, subject.size()));
        given.addAll(entries(intermediates));
        List<byte[]> anchors = entries(trustAnchors);
        List<byte[]> knownCrls = entries(crls);
        Implementation implementation = implementation();
        if (anchors.isEmpty()) {
            err.println("note: no --trust-anchor given, the virtual certificate collection is empty");
        }

        Instant instant = at != null ? at : clock.instant();
        World world = new World(
                Clock.fixed(instant, ZoneOffset.UTC),
                anchors,
                NetworkSettings.defaults().withTimeouts(timeout, timeout).withOffline(offline),
                Endpoints.none(),
                Limits.defaults());
        CertificateCheck check = new CertificateCheck(subject.get(0), given, knownCrls, use);

        TrustVerdict verdict;
        try (MailClient client = implementation.open(world)) {
            verdict = client.trust().verify(check);
        } catch (UnsupportedCapabilityException e) {
            throw new Refusal("target " + target + " does not support trust verification: " + e.getMessage());
        }

        OutcomeCode code = verdict.outcome().code();
        if (json) {
            out.println(json(new Report(certificate.toString(), verdict.trusted(), code.name(),
                    verdict.outcome().message(), verdict.chain(), instant.toString(), target)));
        } else if (isUnanswerable(code)) {
            err.println("cannot judge " + certificate + ": " + code + "  " + verdict.outcome().message());
        } else {
            out.println((verdict.trusted() ? "TRUSTED  " : "NOT TRUSTED  " + code + "  ")
                    + verdict.outcome().message());
            verdict.chain().forEach(name -> out.println("  " + name));
        }
        if (verdict.trusted()) {
            return SmimeConformance.OK;
        }
        return isUnanswerable(code) ? SmimeConformance.USAGE_OR_HARNESS_ERROR : SmimeConformance.FAILED;
    }

    /**
     * Verdicts that do not answer the question "would the client trust it": the input was not a
     * certificate or CRL at all, or the target cannot judge. They exit 2, like unreadable files.
     */
    private static boolean isUnanswerable(OutcomeCode code) {
        return code == OutcomeCode.MALFORMED_CERTIFICATE
                || code == OutcomeCode.MALFORMED_CRL
                || code == OutcomeCode.UNSUPPORTED;
    }

    private Implementation implementation() {
        Implementation implementation;
        try {
            implementation = Targets.byName(target);
        } catch (Targets.TargetNotFoundException e) {
            throw new Refusal(e.getMessage());
        }
        if (!implementation.capabilities().contains(Capability.TRUST)) {
            throw new Refusal("target " + target + " does not support trust verification");
        }
        return implementation;
    }

    private static List<byte[]> entries(List<Path> files) {
        List<byte[]> all = new ArrayList<>();
        for (Path file : files) {
            all.addAll(CertificateFile.read(file).entries());
        }
        return all;
    }

    private static String json(Report report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the verdict as JSON", e);
        }
    }

    /** The {@code --json} output. */
    @JsonPropertyOrder({"certificate", "trusted", "code", "message", "chain", "at", "target"})
    record Report(String certificate, boolean trusted, String code, String message, List<String> chain,
                  String at, String target) {
    }

    /** The command cannot give a verdict: exit 2 with the message. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refusal(String message) {
            super(message);
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
