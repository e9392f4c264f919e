package org.smimeconformance.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.smimeconformance.contract.capability.Capability;
import org.smimeconformance.contract.Implementation;
import org.smimeconformance.contract.MailClient;
import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.capability.UnsupportedCapabilityException;
import org.smimeconformance.contract.World;
import org.smimeconformance.contract.device.Purpose;
import org.smimeconformance.contract.trust.CertificateCheck;
import org.smimeconformance.contract.trust.CertificateUse;
import org.smimeconformance.contract.trust.TrustVerdict;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Judges one certificate as the documented client would (rules TRUST-1 to TRUST-10): would
 * Outlook for iOS and Android trust it, and if not, why. With {@code --address}, also: would the
 * app choose it as the certificate of the account with that primary SMTP address, for signing or
 * for encryption (ADDR-2, ADDR-4, and the purpose as docs/READINGS.md reads it).
 *
 * <p>The trust anchors given form the virtual certificate collection, the intermediates and CRLs
 * given are what the client already has at hand; anything else is fetched from the addresses in
 * the certificates unless {@code --offline}. The verdict comes from the implementation under
 * test, chosen by {@code --target}; this command only reads files and reports.
 */
@Command(name = "verify-cert",
        mixinStandardHelpOptions = true,
        versionProvider = SmimeConformance.Version.class,
        sortOptions = false,
        header = "Judge one certificate as Outlook for iOS and Android would.",
        description = {
            "Judge one certificate as Outlook for iOS and Android would: is there a path to a trusted "
                    + "root, does every link verify and is it valid at the instant, is every CRL "
                    + "obtainable, current and clean?",
            "With --address, also: would the app choose it as the certificate of the account with "
                    + "that primary SMTP address, for --purpose (default: sign)? The address is "
                    + "compared with the certificate's subject alternative names and subject, the "
                    + "purpose with its key usage and extended key usage. Choosing does not depend "
                    + "on trust: both answers are given.",
            "Every FILE is DER or PEM; a PEM file may hold several certificates (or CRLs), each "
                    + "block is used. Private key blocks in a PEM file are ignored."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:trusted, and with --address chosen for the address and purpose",
            "1:not trusted, or with --address not chosen (the code and the reason are printed)",
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

    @Mixin
    private TrustOptions trust;

    @Mixin
    private AtHandOptions atHand;

    @Option(names = "--use", paramLabel = "USE",
            description = "What the client means to do with the certificate: ${COMPLETION-CANDIDATES}. "
                    + "Default: SENDER (the signer of a received message); with --address, the "
                    + "user's own: OWN_SIGNING or OWN_ENCRYPTION after --purpose.")
    private CertificateUse use;

    @Option(names = "--address", paramLabel = "SMTP",
            description = "The account's primary SMTP address: also say whether the app would choose "
                    + "CERT as that account's certificate for --purpose. Give it as typed in the "
                    + "account profile: the target does the comparing (ADDR-2, ADDR-4).")
    private String address;

    @Option(names = "--purpose", paramLabel = "sign|encrypt", converter = PurposeConverter.class,
            description = "What the account's certificate is wanted for: sign or encrypt. "
                    + "Needs --address. Default: sign.")
    private Purpose purpose;

    @Option(names = "--json",
            description = "Print one JSON object (certificate, trusted, code, message, chain, at, "
                    + "target, and with --address choice: address, purpose, chosen, code, message) "
                    + "instead of text.")
    private boolean json;

    @Mixin
    private ImplementationOptions implementation;

    public VerifyCertCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        checkUsage();
        try {
            return verify(out, err);
        } catch (CertificateFile.Unreadable | CommandRefusal e) {
            err.println(e.getMessage());
            return SmimeConformance.USAGE_OR_HARNESS_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** What picocli cannot check alone: exit 2 with the message and the hint to --help. */
    private void checkUsage() {
        if (purpose != null && address == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--purpose needs --address: the purpose is judged for an account's address");
        }
        if (address != null && !address.strip().matches("(?s).+@.+")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--address '" + address + "' is not an SMTP address (local-part@domain)");
        }
    }

    private Purpose purpose() {
        return purpose != null ? purpose : Purpose.SIGNING;
    }

    private CertificateUse use() {
        if (use != null) {
            return use;
        }
        if (address == null) {
            return CertificateUse.SENDER;
        }
        return purpose() == Purpose.SIGNING ? CertificateUse.OWN_SIGNING : CertificateUse.OWN_ENCRYPTION;
    }

    private int verify(PrintWriter out, PrintWriter err) {
        List<byte[]> subject = CertificateFile.read(certificate).entries();
        List<byte[]> given = new ArrayList<>(subject.subList(1, subject.size()));
        given.addAll(atHand.intermediates());
        List<byte[]> anchors = trust.trustAnchors();
        List<byte[]> knownCrls = atHand.crls();
        Implementation target = target();
        trust.noteWhenNoTrustAnchor(err);

        Instant instant = trust.instant(clock);
        World world = implementation.world(instant, anchors, atHand.offline());
        CertificateCheck check = new CertificateCheck(subject.get(0), given, knownCrls, use());

        TrustVerdict verdict;
        Choice choice = null;
        try (MailClient client = target.open(world)) {
            try {
                verdict = client.trust().verify(check);
            } catch (UnsupportedCapabilityException e) {
                throw new CommandRefusal("target " + implementation.target() + " does not support trust verification: " + e.getMessage());
            }
            if (address != null && !isUnanswerable(verdict.outcome().code())) {
                choice = choose(client, subject.get(0));
            }
        }

        OutcomeCode code = verdict.outcome().code();
        if (json) {
            out.println(json(new Report(certificate.toString(), verdict.trusted(), code.name(),
                    verdict.outcome().message(), verdict.chain(), instant.toString(), implementation.target(), choice)));
        } else if (isUnanswerable(code)) {
            err.println("cannot judge " + certificate + ": " + code + "  " + verdict.outcome().message());
        } else {
            out.println((verdict.trusted() ? "TRUSTED  " : "NOT TRUSTED  " + code + "  ")
                    + verdict.outcome().message());
            verdict.chain().forEach(name -> out.println("  " + name));
            if (choice != null && choice.unanswerable()) {
                err.println("cannot judge " + certificate + " for " + choice.address() + ": "
                        + choice.code() + "  " + choice.message());
            } else if (choice != null) {
                out.println((choice.chosen() ? "" : "NOT CHOSEN  ") + choice.code() + "  " + choice.message());
            }
        }
        if (isUnanswerable(code) || choice != null && choice.unanswerable()) {
            return SmimeConformance.USAGE_OR_HARNESS_ERROR;
        }
        return verdict.trusted() && (choice == null || choice.chosen())
                ? SmimeConformance.OK : SmimeConformance.FAILED;
    }

    /** Would the client choose the certificate as the account's, for the purpose (ADDR-2, ADDR-4)? */
    private Choice choose(MailClient client, byte[] certificate) {
        Outcome outcome;
        try {
            outcome = client.addressMatching().judge(certificate, address, purpose());
        } catch (UnsupportedCapabilityException e) {
            throw new CommandRefusal("target " + implementation.target() + " does not support address matching: " + e.getMessage());
        }
        return new Choice(address, PurposeConverter.word(purpose()),
                outcome.code() == OutcomeCode.ADDRESS_MATCHES, outcome.code().name(), outcome.message());
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

    private Implementation target() {
        Implementation target = implementation.require(Capability.TRUST, "trust verification");
        if (address != null && !target.capabilities().contains(Capability.ADDRESS_MATCHING)) {
            throw new CommandRefusal("target " + implementation.target() + " does not support address matching (--address)");
        }
        return target;
    }

    private static String json(Report report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the verdict as JSON", e);
        }
    }

    /** The {@code --json} output; {@code choice} only with {@code --address}. */
    @JsonPropertyOrder({"certificate", "trusted", "code", "message", "chain", "at", "target", "choice"})
    record Report(String certificate, boolean trusted, String code, String message, List<String> chain,
                  String at, String target, @JsonInclude(JsonInclude.Include.NON_NULL) Choice choice) {
    }

    /**
     * Whether the client would choose the certificate for the address and purpose.
     *
     * @param address as given to {@code --address}
     * @param purpose {@code sign} or {@code encrypt}
     * @param chosen  the code is {@code ADDRESS_MATCHES}
     */
    @JsonPropertyOrder({"address", "purpose", "chosen", "code", "message"})
    record Choice(String address, String purpose, boolean chosen, String code, String message) {

        /** The target could not judge: the certificate is not one, or it cannot match addresses. */
        @JsonIgnore
        boolean unanswerable() {
            return isUnanswerable(OutcomeCode.valueOf(code));
        }
    }

    /** {@code sign} or {@code encrypt}, in any case. */
    static final class PurposeConverter implements CommandLine.ITypeConverter<Purpose> {
        @Override
        public Purpose convert(String value) {
            switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "sign":
                    return Purpose.SIGNING;
                case "encrypt":
                    return Purpose.ENCRYPTION;
                default:
                    throw new CommandLine.TypeConversionException("'" + value + "' is neither sign nor encrypt");
            }
        }

        static String word(Purpose purpose) {
            return purpose == Purpose.SIGNING ? "sign" : "encrypt";
        }
    }
}
