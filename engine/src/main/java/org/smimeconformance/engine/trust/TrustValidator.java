package org.smimeconformance.engine.trust;

import java.net.URI;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.World;
import org.smimeconformance.contract.trust.CertificateCheck;
import org.smimeconformance.contract.trust.TrustVerdict;
import org.smimeconformance.contract.trust.TrustVerification;
import org.smimeconformance.engine.net.Fetched;
import org.smimeconformance.engine.net.HttpFetcher;

/**
 * Trust verification as the article describes it, in four steps: read what was handed over, build
 * the chain to a root of the virtual certificate collection ({@link ChainBuilder}), validate each
 * link ({@link PathCheck}), query the CRL of every certificate ({@link RevocationCheck}). Each step
 * runs only when the one before passed, so a certificate whose chain is already broken (expired,
 * badly signed) is judged without fetching any CRL.
 *
 * <p>Time is the world's clock; the network is used through the given fetcher only. Thread-safe
 * when its parts are; never throws: a part that fails unexpectedly makes the certificate
 * untrusted ({@code INVALID_CHAIN}), never trusted.
 */
public final class TrustValidator implements TrustVerification {

    private final TrustParts parts;
    private final World world;
    private final HttpFetcher fetcher;
    private final CertificateReader reader = new CertificateReader();
    /** The virtual certificate collection, read once: the world's roots do not change. */
    private final List<X509Certificate> roots;
    /** Which root of the collection cannot be read (1-based), or 0 when all can. */
    private final int unreadableRoot;

    public TrustValidator(TrustParts parts, World world, HttpFetcher fetcher) {
        this.parts = Objects.requireNonNull(parts, "parts");
        this.world = Objects.requireNonNull(world, "world");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        List<X509Certificate> read = new ArrayList<>();
        int unreadable = 0;
        for (int i = 0; i < world.trustedRoots().size() && unreadable == 0; i++) {
            Optional<List<X509Certificate>> one = reader.certificates(world.trustedRoots().get(i));
            if (one.isEmpty()) {
                unreadable = i + 1;
            } else {
                read.addAll(one.get());
            }
        }
        this.roots = List.copyOf(read);
        this.unreadableRoot = unreadable;
    }

    @Override
    public TrustVerdict verify(CertificateCheck check) {
        try {
            return readAndJudge(check);
        } catch (RuntimeException unexpected) {
            return verdict(OutcomeCode.INVALID_CHAIN, "trust verification failed unexpectedly, so the certificate is "
                    + "not trusted: " + unexpected, List.of());
        }
    }

    private TrustVerdict readAndJudge(CertificateCheck check) {
        Instant at = world.clock().instant();
        Optional<List<X509Certificate>> read = reader.certificates(check.certificate());
        if (read.isEmpty()) {
            return verdict(OutcomeCode.MALFORMED_CERTIFICATE, "the certificate cannot be read as X.509 (DER or PEM)",
                    List.of());
        }
        X509Certificate leaf = read.get().get(0);
        List<X509Certificate> intermediates = new ArrayList<>(read.get().subList(1, read.get().size()));
        for (int i = 0; i < check.intermediates().size(); i++) {
            Optional<List<X509Certificate>> one = reader.certificates(check.intermediates().get(i));
            if (one.isEmpty()) {
                return verdict(OutcomeCode.MALFORMED_CERTIFICATE, "intermediate #" + (i + 1)
                        + " cannot be read as X.509 (DER or PEM)", List.of(leaf));
            }
            intermediates.addAll(one.get());
        }
        if (unreadableRoot > 0) {
            return verdict(OutcomeCode.MALFORMED_CERTIFICATE, "trusted root #" + unreadableRoot
                    + " of the virtual certificate collection cannot be read as X.509 (DER or PEM)", List.of(leaf));
        }
        List<X509CRL> crls = new ArrayList<>();
        for (int i = 0; i < check.knownCrls().size(); i++) {
            Optional<X509CRL> one = reader.crl(check.knownCrls().get(i));
            if (one.isEmpty()) {
                return verdict(OutcomeCode.MALFORMED_CRL, "CRL #" + (i + 1) + " handed over cannot be read as a CRL"
                        + " (DER or PEM)", List.of(leaf));
            }
            crls.add(one.get());
        }
        return judge(leaf, intermediates, roots, crls, at);
    }

    private TrustVerdict judge(X509Certificate leaf, List<X509Certificate> intermediates, List<X509Certificate> roots,
                               List<X509CRL> crls, Instant at) {
        BuiltChain chain = parts.chainBuilder().build(leaf, roots, intermediates, this::caIssuers, world.limits());
        List<X509Certificate> built = new ArrayList<>(chain.pathLeafFirst());
        if (!chain.reachedTrustedRoot()) {
            return new TrustVerdict(chain.failure().orElseThrow(), names(built.isEmpty() ? List.of(leaf) : built));
        }
        X509Certificate anchor = chain.anchor().orElseThrow();
        built.add(anchor);
        List<String> names = names(built);
        Optional<Outcome> broken = parts.pathCheck().check(chain.pathLeafFirst(), anchor, at);
        if (broken.isPresent()) {
            return new TrustVerdict(broken.get(), names);
        }
        Optional<Outcome> revoked = parts.revocationCheck().check(chain.pathLeafFirst(), anchor, at, intermediates, crls,
                this::crl);
        if (revoked.isPresent()) {
            return new TrustVerdict(revoked.get(), names);
        }
        int checked = chain.pathLeafFirst().size();
        return new TrustVerdict(Outcome.of(OutcomeCode.TRUSTED, "trusted: chain to "
                + CertificateFields.subject(anchor) + ", " + checked + (checked == 1 ? " CRL" : " CRLs") + " checked"),
                names);
    }

    private Fetched<List<X509Certificate>> caIssuers(URI address) {
        return fetcher.get(address).then(bytes -> reader.certificates(bytes)
                .map(Fetched::of)
                .orElseGet(() -> Fetched.failed("not a certificate or certs-only bundle")));
    }

    private Fetched<X509CRL> crl(URI distributionPoint) {
        return fetcher.get(distributionPoint).then(bytes -> reader.crl(bytes)
                .map(Fetched::of)
                .orElseGet(() -> Fetched.failed("not a CRL")));
    }

    private static TrustVerdict verdict(OutcomeCode code, String message, List<X509Certificate> chain) {
        return new TrustVerdict(Outcome.of(code, message), names(chain));
    }

    private static List<String> names(List<X509Certificate> certificates) {
        return certificates.stream().map(CertificateFields::subject).toList();
    }
}
