package org.smimeconformance.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import javax.security.auth.x500.X500Principal;

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
import org.smimeconformance.contract.device.Account;
import org.smimeconformance.contract.device.CertificateStore;
import org.smimeconformance.contract.device.DeviceProfile;
import org.smimeconformance.contract.device.EnrollmentProvider;
import org.smimeconformance.contract.device.EnrollmentType;
import org.smimeconformance.contract.device.OutlookApp;
import org.smimeconformance.contract.device.Platform;
import org.smimeconformance.contract.mail.MessageForm;
import org.smimeconformance.contract.mail.ReadResult;
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
 * Reads a received message as the documented client would show it (VIEW): its form, the S/MIME
 * status, the signer and whether the signer's certificate carries the From address, the chain
 * verdict on the signer's certificate, and the text, decrypted when a private key is given. The
 * message is opened by the implementation under test on a fresh device with S/MIME on; the chain is
 * judged by its trust verification, with the anchors, intermediates and CRLs given, as
 * {@code verify-cert} judges a certificate. Everything goes through the contract.
 */
@Command(name = "inspect",
        mixinStandardHelpOptions = true,
        versionProvider = SmimeConformance.Version.class,
        sortOptions = false,
        header = "Show a received message as Outlook for iOS and Android would.",
        description = {
            "Show a received message as Outlook for iOS and Android would: its form (clear-signed, "
                    + "opaque-signed, encrypted, signed and encrypted), the S/MIME status bar "
                    + "(SIGNATURE_VALID, SIGNATURE_INVALID, ENCRYPTED, SIGNED_AND_ENCRYPTED, "
                    + "CANNOT_DECRYPT, NOT_SMIME), the signer and whether its certificate carries the "
                    + "From address, the chain verdict on the signer's certificate, and the text.",
            "The chain is judged as verify-cert judges a certificate: the --trust-anchor files are the "
                    + "virtual certificate collection; the intermediates the signature carries, the "
                    + "--intermediate files and the --crl files are at hand; the rest is fetched unless "
                    + "--offline. --at is when the message is read. An encrypted message is decrypted "
                    + "with the key of the --p12 file."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:signed, the signature valid, the signer trusted and carrying the From address; or "
                    + "encrypted and decrypted (and, if signed inside, all of the above)",
            "1:anything else: an invalid signature, an untrusted signer, another signer's address, a "
                    + "message that cannot be decrypted, or one that is not S/MIME",
            "2:bad usage, a file that cannot be read, a message that cannot be read at all, a PKCS#12 "
                    + "file that cannot be installed, an unknown target, or an error of the implementation"})
public final class InspectCommand implements Callable<Integer> {

    /** The account the message is read in; the only one, so every message belongs to it. */
    static final String ACCOUNT = "reader@inspect.invalid";

    private static final DeviceProfile DEVICE = new DeviceProfile("inspect", Platform.IOS, EnrollmentProvider.NONE,
            EnrollmentType.UNENROLLED);
    private static final CertificateStore STORE = CertificateStore.MICROSOFT_PUBLISHER_KEYCHAIN;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The message, RFC 5322 (.eml).")
    private Path message;

    @Mixin
    private TrustOptions trust;

    @Mixin
    private AtHandOptions atHand;

    @Option(names = "--p12", paramLabel = "FILE",
            description = "The recipient's certificate with its private key, PKCS#12, to decrypt with.")
    private Path pkcs12;

    @Option(names = "--password", paramLabel = "PASSWORD", arity = "1", description = "The password of the --p12 file.")
    private char[] password;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    @Mixin
    private ImplementationOptions implementation;

    public InspectCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        if ((pkcs12 == null) != (password == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--p12 and --password go together: the key is read from the file with the password");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return inspect(out, err);
        } catch (CertificateFile.Unreadable | CommandRefusal e) {
            err.println(e.getMessage());
            return SmimeConformance.USAGE_OR_HARNESS_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int inspect(PrintWriter out, PrintWriter err) {
        byte[] mime = read(message);
        byte[] key = pkcs12 == null ? null : read(pkcs12);
        List<byte[]> anchors = trust.trustAnchors();
        List<byte[]> given = atHand.intermediates();
        List<byte[]> knownCrls = atHand.crls();
        Implementation target = implementation.require(Capability.VIEW, "reading S/MIME mail");
        Instant instant = trust.instant(clock);
        World world = implementation.world(instant, anchors, atHand.offline());

        ReadResult read;
        Optional<TrustVerdict> chain = Optional.empty();
        try (MailClient client = target.open(world)) {
            OutlookApp app = client.device(DEVICE);
            require(app.addAccount(new Account(ACCOUNT, List.of())), "set up the account that reads the message");
            require(app.settings().setSmimeEnabled(ACCOUNT, true), "turn S/MIME on");
            if (key != null) {
                require(app.stores().installPkcs12(STORE, key, password.clone()), "install " + pkcs12);
            }
            read = app.reader().open(mime);
            if (read.signerCertificate().isPresent()) {
                List<byte[]> atHand = new ArrayList<>(read.carriedCertificates().stream()
                        .filter(carried -> !Arrays.equals(carried, read.signerCertificate().get())).toList());
                atHand.addAll(given);
                chain = Optional.of(client.trust().verify(new CertificateCheck(read.signerCertificate().get(), atHand,
                        knownCrls, CertificateUse.SENDER)));
            }
        } catch (UnsupportedCapabilityException e) {
            throw new CommandRefusal("target " + implementation.target() + " cannot do this: " + e.getMessage());
        }

        if (chain.isPresent()) {
            trust.noteWhenNoTrustAnchor(err);
        }
        if (read.status().code() == OutcomeCode.MALFORMED_MESSAGE) {
            if (json) {
                out.println(json(report(read, chain, instant)));
            } else {
                err.println("cannot read " + message + ": " + read.status().message());
            }
            return SmimeConformance.USAGE_OR_HARNESS_ERROR;
        }
        Report report = report(read, chain, instant);
        if (json) {
            out.println(json(report));
        } else {
            text(out, read, chain, report);
        }
        return report.accepted() ? SmimeConformance.OK : SmimeConformance.FAILED;
    }

    private Report report(ReadResult read, Optional<TrustVerdict> chain, Instant instant) {
        Optional<Outcome> mismatch = read.certificateWarnings().stream()
                .filter(warning -> warning.code() == OutcomeCode.SIGNER_ADDRESS_MISMATCH).findFirst();
        OutcomeCode status = read.status().code();
        Boolean signatureValid = switch (status) {
            case SIGNATURE_VALID, SIGNED_AND_ENCRYPTED -> true;
            case SIGNATURE_INVALID -> false;
            default -> null;
        };
        boolean signed = signatureValid != null;
        Boolean decrypted = read.form() == MessageForm.ENCRYPTED || read.form() == MessageForm.SIGNED_AND_ENCRYPTED
                ? status != OutcomeCode.CANNOT_DECRYPT : null;
        Signer signer = read.signerCertificate().map(InspectCommand::signer).orElse(null);
        Chain verdict = chain.map(v -> new Chain(v.trusted(), v.outcome().code().name(), v.outcome().message(), v.chain()))
                .orElse(null);
        Boolean addressMatches = read.signerCertificate().isPresent() ? mismatch.isEmpty() : null;
        boolean accepted = signed
                ? signatureValid && verdict != null && verdict.trusted() && Boolean.TRUE.equals(addressMatches)
                : status == OutcomeCode.ENCRYPTED;
        return new Report(message.toString(), formName(read.form()), status.name(), read.status().message(),
                signatureValid, signer, addressMatches, mismatch.map(Outcome::message).orElse(null), verdict,
                decrypted, read.body().orElse(null), accepted, instant.toString(), implementation.target());
    }

    private static void text(PrintWriter out, ReadResult read, Optional<TrustVerdict> chain, Report report) {
        out.println("FORM       " + report.form());
        out.println("STATUS     " + report.status() + "  " + report.statusMessage());
        if (report.signer() != null) {
            Signer signer = report.signer();
            out.println("SIGNER     " + signer.subject() + " (serial " + signer.serial() + ")"
                    + (signer.addresses().isEmpty() ? "" : " " + String.join(", ", signer.addresses())));
            out.println("FROM       " + (Boolean.TRUE.equals(report.addressMatchesFrom())
                    ? "the signer's certificate carries the From address"
                    : OutcomeCode.SIGNER_ADDRESS_MISMATCH + "  " + report.addressMessage()));
        }
        chain.ifPresent(verdict -> {
            out.println("CHAIN      " + (verdict.trusted() ? "TRUSTED  " : "NOT TRUSTED  " + verdict.outcome().code() + "  ")
                    + verdict.outcome().message());
            verdict.chain().forEach(name -> out.println("  " + name));
        });
        if (read.body().isPresent()) {
            out.println("TEXT");
            read.body().get().lines().forEach(line -> out.println("  " + line));
        } else if (Boolean.FALSE.equals(report.decrypted())) {
            out.println("TEXT       not decrypted: no private key given (--p12) opens it");
        }
    }

    private static Signer signer(byte[] der) {
        try {
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
            List<String> addresses = new ArrayList<>();
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            if (names != null) {
                for (List<?> name : names) {
                    if (Integer.valueOf(1).equals(name.get(0)) && name.get(1) instanceof String address) {
                        addresses.add(address);
                    }
                }
            }
            return new Signer(certificate.getSubjectX500Principal().getName(X500Principal.RFC2253),
                    certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT), addresses);
        } catch (GeneralSecurityException e) {
            return new Signer("(a certificate that cannot be read)", "", List.of());
        }
    }

    private static String formName(MessageForm form) {
        return switch (form) {
            case PLAIN -> "plain";
            case CLEAR_SIGNED -> "clear-signed";
            case OPAQUE_SIGNED -> "opaque-signed";
            case ENCRYPTED -> "encrypted";
            case SIGNED_AND_ENCRYPTED -> "signed and encrypted";
            case UNREADABLE -> "unreadable";
        };
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CommandRefusal("cannot read " + file + ": " + (e instanceof NoSuchFileException ? "no such file" : e.getMessage()));
        }
    }

    private static void require(Outcome outcome, String what) {
        if (!outcome.isSuccess()) {
            throw new CommandRefusal("cannot " + what + ": " + outcome.code() + "  " + outcome.message());
        }
    }

    private static String json(Report report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }

    /**
     * The {@code --json} output. Fields that do not apply (no signature, not encrypted) are left out.
     *
     * @param signatureValid     true or false when the message is signed
     * @param addressMatchesFrom whether the signer's certificate carries the From address
     * @param decrypted          whether an encrypted message was decrypted
     * @param accepted           what exit code 0 means: a valid signature by a trusted signer whose
     *                           certificate carries the From address, or an encrypted message decrypted
     */
    @JsonPropertyOrder({"file", "form", "status", "statusMessage", "signatureValid", "signer", "addressMatchesFrom",
            "addressMessage", "chain", "decrypted", "text", "accepted", "at", "target"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Report(String file, String form, String status, String statusMessage, Boolean signatureValid, Signer signer,
                  Boolean addressMatchesFrom, String addressMessage, Chain chain, Boolean decrypted, String text,
                  boolean accepted, String at, String target) {
    }

    /** The signer's certificate: subject (RFC 4514), serial number (hexadecimal) and SAN email addresses. */
    @JsonPropertyOrder({"subject", "serial", "addresses"})
    record Signer(String subject, String serial, List<String> addresses) {
    }

    /** The chain verdict on the signer's certificate, as {@code verify-cert} gives it. */
    @JsonPropertyOrder({"trusted", "code", "message", "chain"})
    record Chain(boolean trusted, String code, String message, List<String> chain) {
    }
}
