package org.smimeconformance.engine.trust;

import static org.smimeconformance.engine.trust.CertificateFields.subject;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.smimeconformance.contract.Limits;
import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.engine.net.Fetched;

/**
 * The reference {@link ChainBuilder}. From the leaf upwards, the issuer of each certificate is
 * looked for among the trusted roots first, then the intermediates that came with the leaf, then
 * those already fetched (a root wins over an equally good intermediate); when none is at hand, the certificate's AIA caIssuers addresses are
 * fetched in turn until one serves the issuer. The issuer is the certificate whose subject is the
 * issuer name, preferring one whose subject key identifier matches the authority key identifier;
 * a candidate whose key identifier is known not to match is taken only when nothing better exists.
 *
 * <p>Bounds: at most {@link Limits#maxChainLength()} certificates in the chain, root included,
 * and {@link Limits#maxAiaFetches()} AIA requests per chain; going past either is
 * {@code CHAIN_TOO_LONG}. A certificate already in the path is never taken again, so issuer loops
 * end in {@code NO_TRUSTED_ROOT}. Stateless and thread-safe.
 */
public final class AiaChainBuilder implements ChainBuilder {

    private static final int ROOTS = 0;

    @Override
    public BuiltChain build(X509Certificate leaf, List<X509Certificate> trustedRoots,
                            List<X509Certificate> intermediates, AiaSource aia, Limits limits) {
        return new Building(leaf, trustedRoots, intermediates, aia, limits).run();
    }

    /** One chain being built; not shared. */
    private static final class Building {

        private final List<X509Certificate> roots;
        private final List<X509Certificate> intermediates;
        private final AiaSource aia;
        private final Limits limits;
        private final List<X509Certificate> path = new ArrayList<>();
        private final List<X509Certificate> fetched = new ArrayList<>();
        private int fetches;
        private boolean fetchLimitReached;

        Building(X509Certificate leaf, List<X509Certificate> roots, List<X509Certificate> intermediates,
                 AiaSource aia, Limits limits) {
            this.roots = roots;
            this.intermediates = intermediates;
            this.aia = aia;
            this.limits = limits;
            path.add(leaf);
        }

        BuiltChain run() {
            X509Certificate leaf = path.get(0);
            for (X509Certificate root : roots) {
                if (CertificateFields.sameEntity(root, leaf)) {
                    return BuiltChain.anchored(List.of(), root, 0);
                }
            }
            X509Certificate current = leaf;
            while (true) {
                if (CertificateFields.selfSigned(current)) {
                    return broken(OutcomeCode.NO_TRUSTED_ROOT, subject(current)
                            + " is self-signed and not in the virtual certificate collection");
                }
                Optional<Candidate> issuer = issuerAmong(current, List.of(roots, intermediates, fetched));
                if (issuer.isPresent() && issuer.get().group() == ROOTS) {
                    if (path.size() + 1 > limits.maxChainLength()) {
                        return tooLong();
                    }
                    return BuiltChain.anchored(path, issuer.get().certificate(), fetches);
                }
                X509Certificate next;
                if (issuer.isPresent()) {
                    next = issuer.get().certificate();
                } else {
                    Fetched<X509Certificate> viaAia = fetchIssuer(current);
                    if (!viaAia.ok()) {
                        return broken(fetchLimitReached ? OutcomeCode.CHAIN_TOO_LONG : OutcomeCode.NO_TRUSTED_ROOT,
                                viaAia.failure().orElseThrow());
                    }
                    next = viaAia.value();
                }
                path.add(next);
                if (path.size() + 1 > limits.maxChainLength()) {
                    return tooLong();
                }
                current = next;
            }
        }

        /**
         * Fetches the AIA caIssuers addresses of {@code current} in turn until one serves its
         * issuer. Sets {@link #fetchLimitReached} when it stopped for the fetch limit.
         */
        private Fetched<X509Certificate> fetchIssuer(X509Certificate current) {
            String missing = "no issuer of " + subject(current) + " (issued by " + CertificateFields.issuer(current)
                    + ") is at hand" + loopNote(current);
            List<URI> addresses = CertificateFields.caIssuers(current);
            if (addresses.isEmpty()) {
                return Fetched.failed(missing + " and it has no http(s) AIA caIssuers address");
            }
            List<String> reasons = new ArrayList<>();
            for (URI address : addresses) {
                if (fetches >= limits.maxAiaFetches()) {
                    fetchLimitReached = true;
                    return Fetched.failed("AIA fetching stopped at " + subject(current) + ": more than "
                            + limits.maxAiaFetches() + " AIA fetches would be needed");
                }
                fetches++;
                Fetched<List<X509Certificate>> answer = aia.caIssuers(address);
                if (!answer.ok()) {
                    reasons.add(address + ": " + answer.failure().orElseThrow());
                    continue;
                }
                for (X509Certificate certificate : answer.value()) {
                    if (!fetched.contains(certificate)) {
                        fetched.add(certificate);
                    }
                }
                Optional<Candidate> issuer = issuerAmong(current, List.of(answer.value()));
                if (issuer.isPresent()) {
                    return Fetched.of(issuer.get().certificate());
                }
                reasons.add(address + ": the answer holds no usable issuer of " + subject(current));
            }
            return Fetched.failed(missing + "; AIA " + String.join("; ", reasons));
        }

        /** A note when the only issuer there is would be a certificate already in the path. */
        private String loopNote(X509Certificate current) {
            boolean loop = path.stream().anyMatch(inPath -> names(inPath, current));
            return loop ? " other than one already in the chain (a loop)" : "";
        }

        private Optional<Candidate> issuerAmong(X509Certificate child, List<List<X509Certificate>> groups) {
            List<X509Certificate> named = new ArrayList<>();
            List<Integer> groupOf = new ArrayList<>();
            for (int group = 0; group < groups.size(); group++) {
                for (X509Certificate certificate : groups.get(group)) {
                    if (names(certificate, child) && !path.contains(certificate)) {
                        named.add(certificate);
                        groupOf.add(group);
                    }
                }
            }
            if (named.size() <= 1) {
                // one candidate is taken whatever its key identifier says: no need to read it
                return named.isEmpty() ? Optional.empty()
                        : Optional.of(new Candidate(named.get(0), KeyIdMatch.UNKNOWN, groupOf.get(0)));
            }
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < named.size(); i++) {
                candidates.add(new Candidate(named.get(i), keyIdMatch(named.get(i), child), groupOf.get(i)));
            }
            return candidates.stream()
                    .min(Comparator.comparingInt((Candidate c) -> c.keyId == KeyIdMatch.MISMATCH ? 1 : 0)
                            .thenComparingInt(c -> c.group)
                            .thenComparingInt(c -> c.keyId.ordinal()));
        }

        private BuiltChain tooLong() {
            return broken(OutcomeCode.CHAIN_TOO_LONG, "the chain of " + subject(path.get(0)) + " needs more than "
                    + limits.maxChainLength() + " certificates");
        }

        private BuiltChain broken(OutcomeCode code, String message) {
            return BuiltChain.broken(path, Outcome.of(code, message), fetches);
        }
    }

    private static boolean names(X509Certificate issuer, X509Certificate child) {
        return issuer.getSubjectX500Principal().equals(child.getIssuerX500Principal());
    }

    private static KeyIdMatch keyIdMatch(X509Certificate issuer, X509Certificate child) {
        Optional<byte[]> ski = CertificateFields.subjectKeyId(issuer);
        Optional<byte[]> aki = CertificateFields.authorityKeyId(child);
        if (ski.isEmpty() || aki.isEmpty()) {
            return KeyIdMatch.UNKNOWN;
        }
        return Arrays.equals(ski.get(), aki.get()) ? KeyIdMatch.MATCH : KeyIdMatch.MISMATCH;
    }

    private enum KeyIdMatch { MATCH, UNKNOWN, MISMATCH }

    private record Candidate(X509Certificate certificate, KeyIdMatch keyId, int group) {
    }
}
