package org.smimeconformance.engine.trust;

import java.net.URI;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CRL;
import java.security.cert.CRLSelector;
import java.security.cert.CertSelector;
import java.security.cert.CertStore;
import java.security.cert.CertStoreSpi;
import java.security.cert.Certificate;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509CRLSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.x509.Extension;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.engine.net.Fetched;

/**
 * The CRLs and certificates the JDK's validator may ask for while it judges the revocation of one
 * path: a {@link CertStoreSpi}, the only place it looks. The CRLs at hand are there from the start;
 * a certificate's distribution points are fetched when the validator first asks for the CRLs of
 * that certificate, which it does from the root down and only once the certificates above it
 * passed, so nothing is fetched for a certificate whose chain already failed. Its http(s)
 * distribution points are fetched in order until one serves a CRL, unless a CRL at hand could be
 * the certificate's (issued by its issuer, or by a cRLIssuer its distribution points name);
 * {@link #fetchMore} fetches the next ones when the validator could not settle the certificate's
 * status with what it had. Each address is fetched at most once per check.
 *
 * <p>Two gates stand before the validator, both stricter than the JDK: a CRL is offered only when
 * current at the world's instant, to the second (thisUpdate not after it, nextUpdate not before it;
 * the JDK allows 15 minutes either way, for clocks that disagree, and the world's clock is exact),
 * and only when none of its entries carries a critical extension other than reasonCode and
 * certificateIssuer (RFC 5280 §5.3: such a CRL must not be used for any certificate; the JDK looks
 * only at the entry of the certificate it checks). A CRL held back is remembered, so that the
 * refusal can be named.
 *
 * <p>One per check, used by the calling thread only; never throws.
 */
final class CrlGathering extends CertStoreSpi {

    /** The critical entry extensions the JDK's validator processes (RFC 5280 §5.3.1, §5.3.3). */
    private static final Set<String> SUPPORTED_ENTRY_EXTENSIONS = Set.of(Extension.reasonCode.getId(),
            Extension.certificateIssuer.getId());

    /**
     * A CRL that was at hand or fetched, where it came from for people ("the CRL at hand", "the CRL
     * from http://..."), and why it was held back from the validator, if it was.
     */
    record Held(X509CRL crl, String origin, Optional<Refusal> heldBack) {
    }

    /** Why a CRL cannot be used: the code and what is wrong with it, to follow "the CRL ... for X". */
    record Refusal(OutcomeCode code, String what) {
    }

    /** What was gathered for one certificate. */
    private static final class Gathered {
        final List<URI> addresses;
        int next;
        final List<Held> fetched = new ArrayList<>();
        final List<String> failures = new ArrayList<>();

        Gathered(List<URI> addresses) {
            this.addresses = addresses;
        }
    }

    private final Instant at;
    private final List<Held> atHand = new ArrayList<>();
    private final List<X509Certificate> certificates;
    private final CrlSource source;
    private final Map<X509Certificate, Gathered> gathered = new HashMap<>();
    private final Map<URI, Fetched<X509CRL>> answers = new LinkedHashMap<>();
    /** The cRLIssuer names of each certificate's distribution points, read once per check. */
    private final Map<X509Certificate, List<X500Principal>> crlIssuers = new HashMap<>();

    CrlGathering(Instant at, List<X509CRL> knownCrls, Collection<X509Certificate> certificates, CrlSource source)
            throws InvalidAlgorithmParameterException {
        super(null);
        this.at = at;
        this.certificates = List.copyOf(new LinkedHashSet<>(certificates));
        this.source = source;
        for (X509CRL crl : knownCrls) {
            atHand.add(hold(crl, "the CRL at hand"));
        }
    }

    /** This gathering as the {@link CertStore} the validator is given. */
    CertStore store() {
        return new CertStore(this, null, "CrlGathering", null) {
        };
    }

    /** The certificates at hand, the path's among them. */
    List<X509Certificate> certificates() {
        return certificates;
    }

    @Override
    public Collection<? extends Certificate> engineGetCertificates(CertSelector selector) {
        List<X509Certificate> matching = new ArrayList<>();
        for (X509Certificate certificate : certificates) {
            if (selector == null || selector.match(certificate)) {
                matching.add(certificate);
            }
        }
        return matching;
    }

    @Override
    public Collection<? extends CRL> engineGetCRLs(CRLSelector selector) {
        if (selector instanceof X509CRLSelector crlSelector && crlSelector.getCertificateChecking() != null) {
            gatherFor(crlSelector.getCertificateChecking());
        }
        List<X509CRL> matching = new ArrayList<>();
        for (Held held : offered()) {
            if (held.heldBack().isEmpty() && (selector == null || selector.match(held.crl()))
                    && !matching.contains(held.crl())) {
                matching.add(held.crl());
            }
        }
        return matching;
    }

    /**
     * Fetches the next distribution point of {@code certificate} that serves a CRL, after those
     * already fetched. True when a CRL arrived (the validator may now settle the status), false
     * when no distribution point is left.
     */
    boolean fetchMore(X509Certificate certificate) {
        return fetchNext(gatherFor(certificate));
    }

    /**
     * The CRLs that may be the certificate's: those at hand issued by its issuer or by a cRLIssuer
     * its distribution points name, and those fetched from its distribution points, in that order.
     */
    List<Held> candidates(X509Certificate certificate) {
        List<Held> candidates = new ArrayList<>();
        for (Held held : atHand) {
            if (couldBeFor(held.crl(), certificate)) {
                candidates.add(held);
            }
        }
        Gathered one = gathered.get(certificate);
        if (one != null) {
            candidates.addAll(one.fetched);
        }
        return candidates;
    }

    /** Why the distribution points of the certificate gave no CRL, one "address: reason" each. */
    List<String> failures(X509Certificate certificate) {
        Gathered one = gathered.get(certificate);
        return one == null ? List.of() : List.copyOf(one.failures);
    }

    private Gathered gatherFor(X509Certificate certificate) {
        Gathered one = gathered.get(certificate);
        if (one == null) {
            one = new Gathered(CertificateFields.crlDistributionPoints(certificate));
            gathered.put(certificate, one);
            boolean atHandServes = atHand.stream().anyMatch(held -> couldBeFor(held.crl(), certificate));
            if (!atHandServes) {
                fetchNext(one);
            }
        }
        return one;
    }

    private boolean fetchNext(Gathered one) {
        while (one.next < one.addresses.size()) {
            URI address = one.addresses.get(one.next++);
            Fetched<X509CRL> answer = answers.computeIfAbsent(address, source::crl);
            if (answer.ok()) {
                one.fetched.add(hold(answer.value(), "the CRL from " + address));
                return true;
            }
            one.failures.add(address + ": " + answer.failure().orElseThrow());
        }
        return false;
    }

    private List<Held> offered() {
        List<Held> all = new ArrayList<>(atHand);
        for (Gathered one : gathered.values()) {
            all.addAll(one.fetched);
        }
        return all;
    }

    private Held hold(X509CRL crl, String origin) {
        return new Held(crl, origin, gate(crl, at));
    }

    /** A CRL issued by the certificate's issuer, or by a cRLIssuer its distribution points name. */
    private boolean couldBeFor(X509CRL crl, X509Certificate certificate) {
        X500Principal issuer = crl.getIssuerX500Principal();
        return issuer.equals(certificate.getIssuerX500Principal())
                || crlIssuers.computeIfAbsent(certificate, CertificateFields::crlIssuers).contains(issuer);
    }

    /** The two gates before the validator: time to the second, and critical entry extensions. */
    static Optional<Refusal> gate(X509CRL crl, Instant at) {
        Instant thisUpdate = crl.getThisUpdate().toInstant();
        if (thisUpdate.isAfter(at)) {
            return Optional.of(new Refusal(OutcomeCode.CRL_INVALID, "is not yet issued: thisUpdate " + thisUpdate
                    + " (validation time " + at + ")"));
        }
        if (crl.getNextUpdate() != null && crl.getNextUpdate().toInstant().isBefore(at)) {
            return Optional.of(new Refusal(OutcomeCode.CRL_STALE, "is stale: nextUpdate "
                    + crl.getNextUpdate().toInstant() + " (validation time " + at + ")"));
        }
        Set<? extends X509CRLEntry> entries = crl.getRevokedCertificates();
        if (entries != null) {
            for (X509CRLEntry entry : entries) {
                Set<String> critical = entry.getCriticalExtensionOIDs();
                if (critical == null || SUPPORTED_ENTRY_EXTENSIONS.containsAll(critical)) {
                    continue;
                }
                Set<String> unsupported = new TreeSet<>(critical);
                unsupported.removeAll(SUPPORTED_ENTRY_EXTENSIONS);
                return Optional.of(new Refusal(OutcomeCode.CRL_UNSUPPORTED, "cannot be used: its entry for serial "
                        + entry.getSerialNumber().toString(16).toUpperCase(Locale.ROOT)
                        + " has a critical extension that is not supported (" + String.join(", ", unsupported)
                        + "), and RFC 5280 §5.3 forbids using such a CRL for any certificate"));
            }
        }
        return Optional.empty();
    }
}
