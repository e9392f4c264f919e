package org.smimeconformance.engine.device;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.device.Account;
import org.smimeconformance.contract.device.CertificateStore;
import org.smimeconformance.contract.device.InstalledCertificate;
import org.smimeconformance.contract.device.Platform;
import org.smimeconformance.contract.mail.MessageForm;
import org.smimeconformance.contract.mail.MessageReader;
import org.smimeconformance.contract.mail.ReadResult;
import org.smimeconformance.contract.trust.CertificateCheck;
import org.smimeconformance.contract.trust.CertificateUse;
import org.smimeconformance.contract.trust.TrustVerdict;
import org.smimeconformance.contract.trust.TrustVerification;
import org.smimeconformance.engine.identity.AddressComparison;
import org.smimeconformance.engine.identity.CertificateAddress;
import org.smimeconformance.engine.identity.CertificateAddresses;
import org.smimeconformance.engine.mail.DecryptionKey;
import org.smimeconformance.engine.mail.MessageFailure;
import org.smimeconformance.engine.mail.ReadMessage;
import org.smimeconformance.engine.mail.SignatureCheck;
import org.smimeconformance.engine.mail.SmimeContentGate;
import org.smimeconformance.engine.mail.SmimeReader;
import org.smimeconformance.engine.settings.OutlookSettings;
import org.smimeconformance.engine.trust.CertificateFields;
import org.smimeconformance.engine.trust.CertificateReader;

/**
 * The reading pane of Outlook on one device and its S/MIME status bar (VIEW).
 *
 * <p>A received message belongs to the first account (in the order they were set up) whose primary
 * SMTP address is among its To and Cc recipients, or to the first account when it names none. When
 * the {@link SmimeContentGate} says S/MIME content is not consumed for that account (S/MIME off,
 * VIEW-5), nothing is verified or decrypted: the status is {@code SMIME_DISABLED}, and only what
 * plain MIME shows is shown (the text of a clear-signed message; nothing of opaque-signed or
 * encrypted content).
 *
 * <p>Otherwise (VIEW-1): an encrypted message is decrypted with the first private key on the device,
 * visible to Outlook, that one of its recipient infos names, whatever that certificate's validity,
 * so that mail encrypted to an older certificate still opens while its key is on the device
 * (VIEW-2); decrypting relies on no one's certificate, so it involves no trust verification. With
 * no such key, {@code CANNOT_DECRYPT} and no text. A signature, clear or opaque, outside or inside
 * the encryption, is checked against the signer's public key: {@code SIGNATURE_VALID} (or
 * {@code SIGNED_AND_ENCRYPTED}) or {@code SIGNATURE_INVALID}; the text is shown either way. The
 * signer's certificate is then judged apart, each problem its own warning (VIEW-4): trust
 * verification at the world's clock as the signer of a received message, with the intermediates
 * the signature carries (TRUST-3, TRUST-6), its code when not {@code TRUSTED} ({@code EXPIRED},
 * {@code REVOKED}, {@code NO_TRUSTED_ROOT}, {@code CRL_UNREACHABLE}, ...); and
 * {@code SIGNER_ADDRESS_MISMATCH} when no address the certificate carries is the From address
 * (compared as account addresses are, ADDR-4).
 *
 * <p>Installing the sender's certificate from the status bar (VIEW-3) needs S/MIME on and a
 * signature that verifies; the certificate, with the intermediates it carried, goes into the store
 * Outlook keeps certificates in, without a private key. Trust is verified when it is used.
 *
 * <p>Owned by one device of one scenario; not thread-safe.
 */
public final class OutlookReader implements MessageReader {

    private final Platform platform;
    private final OutlookSettings settings;
    private final DeviceCertificateStores stores;
    private final TrustVerification trust;
    private final SmimeContentGate gate;
    private final SmimeReader reader = new SmimeReader();
    private final CertificateReader certificates = new CertificateReader();

    public OutlookReader(Platform platform, OutlookSettings settings, DeviceCertificateStores stores,
                         TrustVerification trust, SmimeContentGate gate) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.stores = Objects.requireNonNull(stores, "stores");
        this.trust = Objects.requireNonNull(trust, "trust");
        this.gate = Objects.requireNonNull(gate, "gate");
    }

    @Override
    public ReadResult open(byte[] mime) {
        SmimeReader.Surface surface;
        try {
            surface = reader.surface(Objects.requireNonNull(mime, "mime"));
        } catch (MessageFailure e) {
            return unreadable(e);
        }
        MessageForm announced = form(surface.form());
        if (surface.form() == org.smimeconformance.engine.mail.MessageForm.PLAIN) {
            return new ReadResult(Outcome.of(OutcomeCode.NOT_SMIME, "the message is neither signed nor encrypted"),
                    surface.text(), Optional.empty(), List.of(), MessageForm.PLAIN, List.of());
        }
        Optional<String> account = receivingAccount(surface);
        if (!consumes(account)) {
            return new ReadResult(smimeOff(account, "verified or decrypted"), surface.text(), Optional.empty(),
                    List.of(), announced, List.of());
        }
        ReadMessage read;
        try {
            read = reader.read(mime, keys());
        } catch (MessageFailure e) {
            return unreadable(e);
        }
        if (read.decryptionFailure().isPresent()) {
            return new ReadResult(Outcome.of(OutcomeCode.CANNOT_DECRYPT, "the message is encrypted and cannot be "
                    + "decrypted on this device: " + read.decryptionFailure().get() + " (it was encrypted to the "
                    + "certificates with serial numbers " + read.recipientSerials() + ")"),
                    Optional.empty(), Optional.empty(), List.of(), MessageForm.ENCRYPTED, List.of());
        }
        MessageForm form = form(read.form());
        if (read.signature().isEmpty()) {
            return new ReadResult(Outcome.of(OutcomeCode.ENCRYPTED, "the message was encrypted and is decrypted; it "
                    + "is not signed"), read.text(), Optional.empty(), List.of(), form, List.of());
        }
        SignatureCheck signature = read.signature().get();
        Outcome status;
        if (!signature.valid()) {
            status = Outcome.of(OutcomeCode.SIGNATURE_INVALID, "the signature is not valid: " + signature.reason()
                    + "; the content may have been altered after it was signed");
        } else if (form == MessageForm.SIGNED_AND_ENCRYPTED) {
            status = Outcome.of(OutcomeCode.SIGNED_AND_ENCRYPTED, "the message was signed and encrypted; it is "
                    + "decrypted and the signature is valid");
        } else {
            status = Outcome.of(OutcomeCode.SIGNATURE_VALID, "the signature is valid"
                    + (form == MessageForm.OPAQUE_SIGNED ? " (opaque-signed, as another mail client sends it)" : ""));
        }
        List<Outcome> warnings = signature.signer().map(signer -> warnings(signer, signature.carried(), read.from()))
                .orElse(List.of());
        return new ReadResult(status, read.text(), signature.signer().map(OutlookReader::der), warnings, form,
                signature.carried().stream().map(OutlookReader::der).toList());
    }

    @Override
    public Outcome installSenderCertificate(byte[] mime) {
        SmimeReader.Surface surface;
        ReadMessage read;
        try {
            surface = reader.surface(Objects.requireNonNull(mime, "mime"));
            Optional<String> account = receivingAccount(surface);
            if (!consumes(account)) {
                return smimeOff(account, "read, so no certificate was installed from it");
            }
            read = reader.read(mime, keys());
        } catch (MessageFailure e) {
            return Outcome.of(OutcomeCode.MALFORMED_MESSAGE, e.getMessage());
        }
        Optional<SignatureCheck> signature = read.signature();
        if (signature.isEmpty() || signature.get().signer().isEmpty()) {
            return Outcome.of(OutcomeCode.NO_SENDER_CERTIFICATE, read.decryptionFailure().isPresent()
                    ? "the message cannot be decrypted on this device, so its signer's certificate cannot be read"
                    : signature.isEmpty() ? "the message is not signed, so it carries no sender's certificate"
                    : "the signature carries no signer's certificate");
        }
        if (!signature.get().valid()) {
            return Outcome.of(OutcomeCode.SIGNATURE_INVALID, "the signature is not valid (" + signature.get().reason()
                    + "), so its certificate was not installed");
        }
        X509Certificate signer = signature.get().signer().get();
        StringBuilder bundle = new StringBuilder(pem(signer));
        for (X509Certificate carried : signature.get().carried()) {
            if (!carried.equals(signer)) {
                bundle.append(pem(carried));
            }
        }
        return stores.installCertificate(outlooksStore(), bundle.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** The private keys Outlook can use on this device, with their certificates, in installation order. */
    private List<DecryptionKey> keys() {
        List<DecryptionKey> keys = new ArrayList<>();
        for (InstalledCertificate installed : stores.visibleToOutlook()) {
            if (!installed.hasPrivateKey()) {
                continue;
            }
            Optional<X509Certificate> certificate = certificates.certificates(installed.certificate()).map(all -> all.get(0));
            stores.privateKey(installed.id()).ifPresent(key -> certificate.ifPresent(c -> keys.add(new DecryptionKey(key, c))));
        }
        return keys;
    }

    private List<Outcome> warnings(X509Certificate signer, List<X509Certificate> carried, Optional<String> from) {
        List<Outcome> warnings = new ArrayList<>();
        List<byte[]> intermediates = carried.stream().filter(c -> !c.equals(signer)).map(OutlookReader::der).toList();
        TrustVerdict verdict = trust.verify(new CertificateCheck(der(signer), intermediates, List.of(),
                CertificateUse.SENDER));
        if (!verdict.trusted()) {
            warnings.add(Outcome.of(verdict.outcome().code(), "the signer's certificate "
                    + CertificateFields.subject(signer) + " is not trusted: " + verdict.outcome().message()));
        }
        List<CertificateAddress> addresses = CertificateAddresses.of(signer);
        boolean matches = from.isPresent() && addresses.stream()
                .anyMatch(address -> AddressComparison.same(address.address(), from.get()));
        if (!matches) {
            warnings.add(Outcome.of(OutcomeCode.SIGNER_ADDRESS_MISMATCH, "the message is from "
                    + from.orElse("nobody (no From address)") + ", but the signer's certificate carries "
                    + (addresses.isEmpty() ? "no address" : addresses.toString())));
        }
        return warnings;
    }

    private Optional<String> receivingAccount(SmimeReader.Surface surface) {
        List<Account> accounts = settings.accounts();
        for (Account account : accounts) {
            if (surface.recipients().stream().anyMatch(r -> AddressComparison.same(r, account.primarySmtpAddress()))) {
                return Optional.of(account.primarySmtpAddress());
            }
        }
        return accounts.stream().findFirst().map(Account::primarySmtpAddress);
    }

    private boolean consumes(Optional<String> account) {
        return gate.consumes(account.map(settings::smimeEnabled).orElse(false));
    }

    private static Outcome smimeOff(Optional<String> account, String what) {
        return Outcome.of(OutcomeCode.SMIME_DISABLED, account.map(a -> "S/MIME is off for " + a)
                .orElse("no account is set up in the app") + ", so the message's S/MIME content is not " + what);
    }

    private CertificateStore outlooksStore() {
        return platform == Platform.IOS ? CertificateStore.MICROSOFT_PUBLISHER_KEYCHAIN : CertificateStore.ANDROID_KEYSTORE;
    }

    private static ReadResult unreadable(MessageFailure e) {
        return new ReadResult(Outcome.of(OutcomeCode.MALFORMED_MESSAGE, e.getMessage()), Optional.empty(),
                Optional.empty(), List.of(), MessageForm.UNREADABLE, List.of());
    }

    private static MessageForm form(org.smimeconformance.engine.mail.MessageForm form) {
        return MessageForm.valueOf(form.name());
    }

    private static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a certificate that was read cannot be encoded", e);
        }
    }

    private static String pem(X509Certificate certificate) {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der(certificate))
                + "\n-----END CERTIFICATE-----\n";
    }
}
