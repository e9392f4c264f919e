package org.smimeconformance.engine.device;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.device.Account;
import org.smimeconformance.contract.device.InstalledCertificate;
import org.smimeconformance.contract.device.Purpose;
import org.smimeconformance.contract.lookup.CertificateLookup;
import org.smimeconformance.contract.lookup.LookupResult;
import org.smimeconformance.contract.lookup.LookupSource;
import org.smimeconformance.contract.trust.CertificateCheck;
import org.smimeconformance.contract.trust.CertificateUse;
import org.smimeconformance.contract.trust.TrustVerdict;
import org.smimeconformance.contract.trust.TrustVerification;
import org.smimeconformance.engine.identity.AddressMatcher;
import org.smimeconformance.engine.trust.CertificateFields;
import org.smimeconformance.engine.trust.CertificateReader;

/**
 * Someone's public certificate on this device: the iOS Microsoft publisher keychain or the Android
 * KeyStore, where the status bar installs a sender's certificate (VIEW-3). {@link #find} searches
 * the device alone: a client placed in a world with directories looks recipients up through them,
 * in the lookup order, and uses this only for an {@code OutlookOnDevice} made without them.
 *
 * <p>Candidates are the certificates Outlook can see that carry the address (compared as the
 * {@link AddressMatcher} compares an account's primary SMTP address) and that allow encryption,
 * with or without a private key. Those inside their validity period at the world's clock come
 * first, then the newest (latest notBefore, then notAfter, then highest serial). Each is verified
 * in turn (TRUST-3, as a recipient's certificate); the first trusted one is {@code CERT_FOUND}.
 * When none is trusted the answer is the first one's verdict ({@code REVOKED}, ...) without a
 * certificate; when there is no candidate at all, {@code CERT_NOT_FOUND}.
 *
 * <p>Owned by one device of one scenario; not thread-safe.
 */
public class DeviceCertificateLookup implements CertificateLookup {

    private static final Comparator<X509Certificate> NEWEST_FIRST = Comparator
            .comparing(X509Certificate::getNotBefore)
            .thenComparing(X509Certificate::getNotAfter)
            .thenComparing(X509Certificate::getSerialNumber)
            .reversed();

    private final DeviceCertificateStores stores;
    private final AddressMatcher matcher;
    private final TrustVerification trust;
    private final Clock clock;
    private final CertificateReader reader = new CertificateReader();

    public DeviceCertificateLookup(DeviceCertificateStores stores, AddressMatcher matcher, TrustVerification trust,
                                   Clock clock) {
        this.stores = Objects.requireNonNull(stores, "stores");
        this.matcher = Objects.requireNonNull(matcher, "matcher");
        this.trust = Objects.requireNonNull(trust, "trust");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Searches the device. */
    @Override
    public LookupResult find(String address) {
        return onDevice(address);
    }

    /** The device's answer alone, as every lookup order uses it. */
    public LookupResult onDevice(String address) {
        Instant now = clock.instant();
        Account holder = new Account(address, List.of());
        List<Candidate> candidates = new ArrayList<>();
        for (InstalledCertificate installed : stores.visibleToOutlook()) {
            Optional<X509Certificate> certificate = reader.certificates(installed.certificate()).map(all -> all.get(0));
            if (certificate.isPresent()
                    && matcher.judge(certificate.get(), holder, Purpose.ENCRYPTION).code() == OutcomeCode.ADDRESS_MATCHES) {
                candidates.add(new Candidate(installed, certificate.get()));
            }
        }
        if (candidates.isEmpty()) {
            return new LookupResult(Outcome.of(OutcomeCode.CERT_NOT_FOUND, "no certificate on this device carries "
                    + address + " and allows encryption"), Optional.empty(), Optional.empty());
        }
        candidates.sort(Comparator.comparing((Candidate c) -> !withinValidity(c.certificate(), now))
                .thenComparing(Candidate::certificate, NEWEST_FIRST));
        TrustVerdict first = null;
        for (Candidate candidate : candidates) {
            List<byte[]> chain = stores.chain(candidate.installed().id()).stream().map(DeviceCertificateLookup::der).toList();
            TrustVerdict verdict = trust.verify(new CertificateCheck(candidate.installed().certificate(), chain, List.of(),
                    CertificateUse.RECIPIENT));
            if (verdict.trusted()) {
                return new LookupResult(Outcome.of(OutcomeCode.CERT_FOUND, "certificate " + candidate.installed().id()
                        + " on this device, " + CertificateFields.subject(candidate.certificate()) + ", is " + address
                        + "'s and is trusted"), Optional.of(candidate.installed().certificate()),
                        Optional.of(LookupSource.DEVICE));
            }
            if (first == null) {
                first = verdict;
            }
        }
        return new LookupResult(Outcome.of(first.outcome().code(), "the certificate of " + address + " on this device "
                + "is not trusted: " + first.outcome().message()), Optional.empty(), Optional.of(LookupSource.DEVICE));
    }

    private static boolean withinValidity(X509Certificate certificate, Instant at) {
        return !at.isBefore(certificate.getNotBefore().toInstant()) && !at.isAfter(certificate.getNotAfter().toInstant());
    }

    private static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a certificate that was read cannot be encoded", e);
        }
    }

    private record Candidate(InstalledCertificate installed, X509Certificate certificate) {
    }
}
