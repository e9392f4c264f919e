package org.smimeconformance.engine.device;

import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.device.Account;
import org.smimeconformance.contract.device.CertificateSelection;
import org.smimeconformance.contract.device.InstalledCertificate;
import org.smimeconformance.contract.device.Purpose;
import org.smimeconformance.contract.trust.CertificateCheck;
import org.smimeconformance.contract.trust.CertificateUse;
import org.smimeconformance.contract.trust.TrustVerdict;
import org.smimeconformance.contract.trust.TrustVerification;
import org.smimeconformance.engine.identity.AddressMatcher;
import org.smimeconformance.engine.identity.PurposeCheck;
import org.smimeconformance.engine.mail.ExpiryAlert;
import org.smimeconformance.engine.trust.CertificateFields;
import org.smimeconformance.engine.trust.CertificateReader;

/**
 * The sender's own certificate for signing or for encryption, checked before it is used
 * ("Outlook for iOS and Android performs a validity check on the certificate to ensure it's valid
 * for signing or encryption operations"):
 * <ol>
 *   <li>the certificate is the one {@code certificateFor(account, purpose)} chooses (ADDR); when
 *       none is chosen, the refusal names the closest miss: a certificate of the account's whose
 *       key usage does not fit ({@code WRONG_KEY_USAGE}, SEND-1), one without its private key on
 *       the device ({@code PRIVATE_KEY_MISSING}, SEND-7), one outside its validity period
 *       ({@code EXPIRED}, {@code NOT_YET_VALID}, SEND-2), else {@code CERT_NOT_AVAILABLE};</li>
 *   <li>its key usage and extended key usage allow the purpose ({@link PurposeCheck}, SEND-1);</li>
 *   <li>its private key is on the device (SEND-7);</li>
 *   <li>it is inside its validity period at the world's clock (SEND-2);</li>
 *   <li>it is trusted, as the user's own signing or encryption certificate (TRUST-3);</li>
 *   <li>the {@link ExpiryAlert} says whether the user is alerted that it expires soon (SEND-2).</li>
 * </ol>
 * Owned by one device of one scenario; not thread-safe.
 */
public final class SenderCertificates {

    private final DeviceCertificateStores stores;
    private final AddressMatcher matcher;
    private final TrustVerification trust;
    private final ExpiryAlert expiryAlert;
    private final Clock clock;
    private final CertificateReader reader = new CertificateReader();

    public SenderCertificates(DeviceCertificateStores stores, AddressMatcher matcher, TrustVerification trust,
                              ExpiryAlert expiryAlert, Clock clock) {
        this.stores = Objects.requireNonNull(stores, "stores");
        this.matcher = Objects.requireNonNull(matcher, "matcher");
        this.trust = Objects.requireNonNull(trust, "trust");
        this.expiryAlert = Objects.requireNonNull(expiryAlert, "expiryAlert");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A certificate of the sender's that passed every check.
     *
     * @param id          Outlook's id for it on the device
     * @param certificate the certificate
     * @param privateKey  its private key
     * @param chain       the intermediates installed with it, carried with a signature (TRUST-6)
     * @param alert       {@code EXPIRES_SOON}, when the user is to be alerted
     */
    public record Usable(String id, X509Certificate certificate, PrivateKey privateKey, List<X509Certificate> chain,
                         Optional<Outcome> alert) {

        public Usable {
            chain = List.copyOf(chain);
        }
    }

    /**
     * The outcome of the checks: {@code CERT_AVAILABLE} with the certificate, or the refusal.
     *
     * @param outcome why the certificate cannot be used, or that it can
     * @param usable  the certificate, when it can be used
     */
    public record Checked(Outcome outcome, Optional<Usable> usable) {
    }

    /** Chooses and checks the account's certificate for the purpose, at the world's clock. */
    public Checked check(Account account, Purpose purpose) {
        Instant now = clock.instant();
        String what = purpose == Purpose.SIGNING ? "sign" : "encrypt";
        CertificateSelection selection = stores.certificateFor(account, purpose);
        if (!selection.outcome().isSuccess() || selection.certificate().isEmpty()) {
            return refused(closestMiss(account, purpose, now).orElse(selection.outcome()));
        }
        InstalledCertificate installed = selection.certificate().get();
        Optional<X509Certificate> read = reader.certificates(installed.certificate()).map(all -> all.get(0));
        if (read.isEmpty()) {
            return refused(Outcome.of(OutcomeCode.MALFORMED_CERTIFICATE, "certificate " + installed.id()
                    + " cannot be read, so it cannot " + what));
        }
        X509Certificate certificate = read.get();
        String name = "certificate " + installed.id() + " (" + CertificateFields.subject(certificate) + ")";
        Optional<String> unfit = PurposeCheck.refusal(certificate, purpose);
        if (unfit.isPresent()) {
            return refused(Outcome.of(OutcomeCode.WRONG_KEY_USAGE, name + " cannot " + what + ": " + unfit.get()));
        }
        Optional<PrivateKey> key = stores.privateKey(installed.id());
        if (key.isEmpty()) {
            return refused(Outcome.of(OutcomeCode.PRIVATE_KEY_MISSING, name + " cannot " + what
                    + ": its private key is not on this device"));
        }
        Optional<Outcome> outside = outsideValidity(name, certificate, now);
        if (outside.isPresent()) {
            return refused(outside.get());
        }
        List<X509Certificate> chain = stores.chain(installed.id());
        TrustVerdict verdict = trust.verify(new CertificateCheck(der(certificate), chain.stream()
                .map(SenderCertificates::der).toList(), List.of(),
                purpose == Purpose.SIGNING ? CertificateUse.OWN_SIGNING : CertificateUse.OWN_ENCRYPTION));
        if (!verdict.trusted()) {
            return refused(Outcome.of(verdict.outcome().code(), name + " is not trusted, so it cannot " + what + ": "
                    + verdict.outcome().message()));
        }
        return new Checked(Outcome.of(OutcomeCode.CERT_AVAILABLE, name + " is used to " + what),
                Optional.of(new Usable(installed.id(), certificate, key.get(), chain, expiryAlert.alert(certificate, now))));
    }

    /**
     * Why no certificate of the account's was chosen, when one carries the address: the miss that
     * came closest (validity, then private key, then key usage), the first installed among equals.
     */
    private Optional<Outcome> closestMiss(Account account, Purpose purpose, Instant now) {
        String what = purpose == Purpose.SIGNING ? "sign" : "encrypt";
        Outcome closest = null;
        int closeness = 0;
        for (InstalledCertificate installed : stores.visibleToOutlook()) {
            Optional<X509Certificate> read = reader.certificates(installed.certificate()).map(all -> all.get(0));
            if (read.isEmpty()) {
                continue;
            }
            X509Certificate certificate = read.get();
            String name = "certificate " + installed.id() + " (" + CertificateFields.subject(certificate) + ")";
            Outcome judged = matcher.judge(certificate, account, purpose);
            Outcome miss;
            int rank;
            if (judged.code() == OutcomeCode.WRONG_KEY_USAGE) {
                miss = Outcome.of(OutcomeCode.WRONG_KEY_USAGE, name + " cannot " + what + ": " + judged.message());
                rank = 1;
            } else if (judged.code() != OutcomeCode.ADDRESS_MATCHES) {
                continue;
            } else if (!installed.hasPrivateKey()) {
                miss = Outcome.of(OutcomeCode.PRIVATE_KEY_MISSING, name + " cannot " + what
                        + ": its private key is not on this device");
                rank = 2;
            } else {
                Optional<Outcome> outside = outsideValidity(name, certificate, now);
                if (outside.isEmpty()) {
                    continue;
                }
                miss = outside.get();
                rank = 3;
            }
            if (rank > closeness) {
                closest = miss;
                closeness = rank;
            }
        }
        return Optional.ofNullable(closest);
    }

    private static Optional<Outcome> outsideValidity(String name, X509Certificate certificate, Instant now) {
        Instant notAfter = certificate.getNotAfter().toInstant();
        Instant notBefore = certificate.getNotBefore().toInstant();
        if (now.isAfter(notAfter)) {
            return Optional.of(Outcome.of(OutcomeCode.EXPIRED, name + " expired at " + notAfter + " (it is now " + now
                    + "): obtain a new certificate"));
        }
        if (now.isBefore(notBefore)) {
            return Optional.of(Outcome.of(OutcomeCode.NOT_YET_VALID, name + " is valid only from " + notBefore
                    + " (it is now " + now + ")"));
        }
        return Optional.empty();
    }

    private static Checked refused(Outcome outcome) {
        return new Checked(outcome, Optional.empty());
    }

    private static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a certificate that was read cannot be encoded", e);
        }
    }
}
