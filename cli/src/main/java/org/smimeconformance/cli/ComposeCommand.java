package org.smimeconformance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.smimeconformance.contract.capability.Capability;
import org.smimeconformance.contract.Implementation;
import org.smimeconformance.contract.MailClient;
import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.capability.UnsupportedCapabilityException;
import org.smimeconformance.contract.World;
import org.smimeconformance.contract.device.Account;
import org.smimeconformance.contract.device.CertificateStore;
import org.smimeconformance.contract.device.DeviceProfile;
import org.smimeconformance.contract.device.EnrollmentProvider;
import org.smimeconformance.contract.device.EnrollmentType;
import org.smimeconformance.contract.device.OutlookApp;
import org.smimeconformance.contract.device.Platform;
import org.smimeconformance.contract.mail.ComposeResult;
import org.smimeconformance.contract.mail.Draft;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Writes a message as the documented client would send it (SEND): the sender's PKCS#12 file is
 * installed on a fresh device, the recipients' certificates beside it, S/MIME is turned on for the
 * sender's account, and the implementation under test sends the draft, with every check it makes
 * before signing or encrypting (the address, the certificate's fitness, its private key, its
 * validity and the expiry alert, trust). The message goes to {@code --out} or standard output.
 * Everything goes through the contract; the implementation is chosen by {@code --target}.
 */
@Command(name = "compose",
        mixinStandardHelpOptions = true,
        versionProvider = SmimeConformance.Version.class,
        sortOptions = false,
        header = "Write a message as Outlook for iOS and Android would send it.",
        description = {
            "Write a message as Outlook for iOS and Android would send it: signed (clear-signed, "
                    + "multipart/signed), encrypted (application/pkcs7-mime enveloped-data, AES, to "
                    + "every recipient's certificate and the sender's), or signed then encrypted.",
            "The sender's certificate is the one the app chooses in the PKCS#12 file for --from "
                    + "(its address, then its key usage for the operation); before it is used it must "
                    + "have its private key, be inside its validity period and be trusted. Trust needs "
                    + "the root among the --trust-anchor files and the CRLs, which are fetched from the "
                    + "addresses in the certificates as the app fetches them; the chain is the one of the "
                    + "PKCS#12 file, so compose takes no --crl, --intermediate or --offline. From 30 days "
                    + "before the certificate expires an alert is printed; the message still goes.",
            "--at is when the message is sent: the checks, the expiry alert, the Date header and the "
                    + "signing time take it.",
            "Without --out the message goes to standard output and the report to standard error; "
                    + "with --out the report goes to standard output."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the message was written (alerts, if any, are printed)",
            "1:the app would not send it (the code and the reason are printed)",
            "2:bad usage, a file that cannot be read, a PKCS#12 file or certificate that cannot be "
                    + "installed, an unknown target, or an error of the implementation"})
public final class ComposeCommand implements Callable<Integer> {

    private static final DeviceProfile DEVICE = new DeviceProfile("compose", Platform.IOS, EnrollmentProvider.NONE,
            EnrollmentType.UNENROLLED);
    private static final CertificateStore STORE = CertificateStore.MICROSOFT_PUBLISHER_KEYCHAIN;

    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Option(names = "--from-p12", paramLabel = "FILE", required = true,
            description = "The sender's certificate with its private key (and chain), PKCS#12.")
    private Path fromPkcs12;

    @Option(names = "--password", paramLabel = "PASSWORD", required = true, arity = "1",
            description = "The password of the PKCS#12 file.")
    private char[] password;

    @Option(names = "--sign", description = "Sign the message (clear-signed).")
    private boolean sign;

    @Option(names = "--encrypt", description = "Encrypt the message to every recipient and the sender.")
    private boolean encrypt;

    @Option(names = "--to-cert", paramLabel = "FILE",
            description = "A recipient's certificate, PEM or DER, placed on the device for --encrypt; a PEM "
                    + "file may carry the certificate's chain after it. Repeatable.")
    private List<Path> toCertificates = new ArrayList<>();

    @Option(names = "--from", paramLabel = "ADDR", required = true,
            description = "The sender's primary SMTP address, as in the account profile.")
    private String from;

    @Option(names = "--to", paramLabel = "ADDR", required = true, arity = "1..*",
            description = "A recipient. Repeatable, or several after one --to.")
    private List<String> to = new ArrayList<>();

    @Option(names = "--subject", paramLabel = "S", defaultValue = "", description = "The subject.")
    private String subject;

    @Option(names = "--body", paramLabel = "TEXT", defaultValue = "", description = "The text of the message.")
    private String body;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the message (.eml) here instead of standard output.")
    private Path out;

    @Mixin
    private TrustOptions trust;

    @Mixin
    private ImplementationOptions implementation;

    public ComposeCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        checkUsage();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter report = out != null ? stdout : err;
        try {
            return compose(stdout, report, err);
        } catch (CertificateFile.Unreadable | CommandRefusal e) {
            err.println(e.getMessage());
            return SmimeConformance.USAGE_OR_HARNESS_ERROR;
        } finally {
            stdout.flush();
            err.flush();
        }
    }

    private void checkUsage() {
        if (!toCertificates.isEmpty() && !encrypt) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--to-cert needs --encrypt: recipients' certificates are for encrypting to them");
        }
        for (String address : concat(List.of(from), to)) {
            if (!address.strip().matches("(?s).+@.+")) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "'" + address + "' is not an SMTP address (local-part@domain)");
            }
        }
    }

    private int compose(PrintWriter stdout, PrintWriter report, PrintWriter err) {
        byte[] pkcs12 = read(fromPkcs12);
        List<byte[]> recipients = new ArrayList<>();
        for (Path file : toCertificates) {
            recipients.add(bundle(CertificateFile.read(file).entries()));
        }
        List<byte[]> anchors = trust.trustAnchors();
        if (sign || encrypt) {
            trust.noteWhenNoTrustAnchor(err);
        }
        Implementation target = implementation.require(Capability.SEND, "composing S/MIME mail");
        Instant instant = trust.instant(clock);
        World world = implementation.world(instant, anchors, false);

        ComposeResult result;
        try (MailClient client = target.open(world)) {
            OutlookApp app = client.device(DEVICE);
            require(app.addAccount(new Account(from, List.of())), "set up the account " + from);
            if (sign || encrypt) {
                require(app.settings().setSmimeEnabled(from, true), "turn S/MIME on for " + from);
            }
            require(app.stores().installPkcs12(STORE, pkcs12, password.clone()), "install " + fromPkcs12);
            for (int i = 0; i < recipients.size(); i++) {
                require(app.stores().installCertificate(STORE, recipients.get(i)), "install " + toCertificates.get(i));
            }
            result = app.composer().send(new Draft(from, to, subject, body, sign, encrypt));
        } catch (UnsupportedCapabilityException e) {
            throw new CommandRefusal("target " + implementation.target() + " cannot do this: " + e.getMessage());
        }

        result.alerts().forEach(alert -> report.println("ALERT  " + alert.code() + "  " + alert.message()));
        if (!result.outcome().isSuccess() || result.mime().isEmpty()) {
            report.println("NOT SENT  " + result.outcome().code() + "  " + result.outcome().message());
            if (!result.recipientsWithoutValidCertificate().isEmpty()) {
                report.println("  recipients without a valid certificate: "
                        + String.join(", ", result.recipientsWithoutValidCertificate()));
            }
            return SmimeConformance.FAILED;
        }
        byte[] message = result.mime().get();
        if (out != null) {
            try {
                Files.write(out, message);
            } catch (IOException e) {
                throw new CommandRefusal("cannot write " + out + ": " + e.getMessage());
            }
        } else {
            stdout.print(new String(message, StandardCharsets.ISO_8859_1));
        }
        report.println(result.outcome().code() + "  " + result.outcome().message()
                + (out != null ? "; written to " + out : ""));
        return SmimeConformance.OK;
    }

    /** The entries of one certificate file as one input: a DER certificate, or its PEM blocks one after the other. */
    private static byte[] bundle(List<byte[]> entries) {
        if (entries.size() == 1) {
            return entries.get(0);
        }
        StringBuilder pem = new StringBuilder();
        entries.forEach(entry -> pem.append(new String(entry, StandardCharsets.ISO_8859_1)));
        return pem.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CommandRefusal("cannot read " + file + ": " + (e instanceof java.nio.file.NoSuchFileException
                    ? "no such file" : e.getMessage()));
        }
    }

    private static void require(Outcome outcome, String what) {
        if (!outcome.isSuccess()) {
            throw new CommandRefusal("cannot " + what + ": " + outcome.code() + "  " + outcome.message());
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
