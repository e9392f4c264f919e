package org.smimeconformance.engine.directory;

import java.nio.ByteBuffer;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.device.Account;
import org.smimeconformance.contract.device.CertificateStores;
import org.smimeconformance.contract.device.InstalledCertificate;
import org.smimeconformance.contract.device.Purpose;
import org.smimeconformance.contract.lookup.LookupSource;
import org.smimeconformance.engine.identity.AddressMatcher;
import org.smimeconformance.engine.trust.CertificateReader;

/**
 * The device as a source of someone's certificate: the certificates Outlook can see (the Microsoft
 * publisher keychain on iOS, the KeyStore on Android) that carry the address, as the address
 * matcher reads certificates (ADDR-2, ADDR-4), each with the chain stored beside it. As for the
 * device lookup, those inside their validity period at the world's clock come first, then the
 * newest (latest notBefore, then notAfter, then highest serial number). Whether one may be
 * encrypted to is judged afterwards. Asks no network. Owned by one device; not thread-safe.
 */
public final class DeviceSource implements CertificateSource {

    private static final Comparator<X509Certificate> NEWEST_FIRST = Comparator
            .comparing(X509Certificate::getNotBefore)
            .thenComparing(X509Certificate::getNotAfter)
            .thenComparing(X509Certificate::getSerialNumber)
            .reversed();

    private final CertificateStores stores;
    private final Function<String, List<byte[]>> chainOf;
    private final AddressMatcher matcher;
    private final Clock clock;
    private final CertificateReader reader = new CertificateReader();
    /** Each installed certificate read once, by its bytes: a message to 1,000 people reads it once, not 1,000 times. */
    private final Map<ByteBuffer, Optional<List<X509Certificate>>> read = new HashMap<>();

    /**
     * @param stores  the device's stores
     * @param chainOf the intermediates stored with an installed certificate, by its id, DER
     * @param matcher how addresses in certificates are read
     * @param clock   the world's clock
     */
    public DeviceSource(CertificateStores stores, Function<String, List<byte[]>> chainOf, AddressMatcher matcher,
                        Clock clock) {
        this.stores = Objects.requireNonNull(stores, "stores");
        this.chainOf = Objects.requireNonNull(chainOf, "chainOf");
        this.matcher = Objects.requireNonNull(matcher, "matcher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public LookupSource kind() {
        return LookupSource.DEVICE;
    }

    @Override
    public boolean asked() {
        return true;
    }

    @Override
    public SourceAnswer<List<Candidate>> candidates(String address) {
        Account someone = new Account(address, List.of());
        Instant now = clock.instant();
        List<Found> found = new ArrayList<>();
        for (InstalledCertificate installed : stores.visibleToOutlook()) {
            Optional<List<X509Certificate>> certificates = read.computeIfAbsent(
                    ByteBuffer.wrap(installed.certificate().clone()), bytes -> reader.certificates(installed.certificate()));
            if (certificates.isEmpty()) {
                continue;
            }
            X509Certificate certificate = certificates.get().get(0);
            OutcomeCode match = matcher.judge(certificate, someone, Purpose.ENCRYPTION).code();
            if (match == OutcomeCode.ADDRESS_MATCHES || match == OutcomeCode.WRONG_KEY_USAGE) {
                found.add(new Found(installed, certificate));
            }
        }
        if (found.isEmpty()) {
            return SourceAnswer.notFound("no certificate on the device carries " + address);
        }
        found.sort(Comparator.comparing((Found f) -> !withinValidity(f.certificate(), now))
                .thenComparing(Found::certificate, NEWEST_FIRST));
        return SourceAnswer.found(found.stream()
                .map(f -> new Candidate(LookupSource.DEVICE, address, f.installed().certificate(),
                        chainOf.apply(f.installed().id())))
                .toList());
    }

    private static boolean withinValidity(X509Certificate certificate, Instant at) {
        return !at.isBefore(certificate.getNotBefore().toInstant()) && !at.isAfter(certificate.getNotAfter().toInstant());
    }

    private record Found(InstalledCertificate installed, X509Certificate certificate) {
    }
}
