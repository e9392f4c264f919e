package org.smimeconformance.engine.directory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.lookup.LookupResult;
import org.smimeconformance.contract.lookup.LookupSource;
import org.smimeconformance.contract.trust.TrustVerification;

/**
 * Looks for someone's certificate in the sources, one after the other in a given order, and stops
 * at the first hit: a candidate the {@link CandidateCheck} accepts (trusted, fit for encryption).
 * Within a source, candidates are judged in the source's order and the first accepted wins. A
 * source that is not asked (no Global Address List, no LDAP endpoint) is skipped; a source that
 * fails, or whose candidates are all refused, does not stop the search.
 *
 * <p>With no hit: {@code CERT_NOT_FOUND} when no source offered anything and none failed;
 * otherwise the code of the first problem met in order (a source that failed, such as
 * {@code LDAP_UNREACHABLE} or {@code LDAP_BIND_REQUIRED}, or a refused candidate, such as
 * {@code REVOKED}), with every problem in the message.
 *
 * <p>Thread-safe when its sources and check are.
 */
public final class CertificateFinder {

    private final Map<LookupSource, CertificateSource> sources = new EnumMap<>(LookupSource.class);
    private final CandidateCheck check;
    private final TrustVerification trust;

    public CertificateFinder(List<CertificateSource> sources, CandidateCheck check, TrustVerification trust) {
        for (CertificateSource source : sources) {
            this.sources.put(source.kind(), source);
        }
        this.check = Objects.requireNonNull(check, "check");
        this.trust = Objects.requireNonNull(trust, "trust");
    }

    /** The first accepted certificate for the address, looking in {@code order}. */
    public LookupResult find(String address, List<LookupSource> order) {
        String wanted = address == null ? "" : address.strip();
        if (wanted.isEmpty()) {
            return notFound(Outcome.of(OutcomeCode.CERT_NOT_FOUND, "no address was given, so nothing was looked up"));
        }
        List<Outcome> problems = new ArrayList<>();
        List<String> notThere = new ArrayList<>();
        for (LookupSource kind : order) {
            CertificateSource source = sources.get(kind);
            if (source == null || !source.asked()) {
                continue;
            }
            SourceAnswer<List<Candidate>> answer = source.candidates(wanted);
            if (!answer.found()) {
                Outcome problem = answer.problem().orElseThrow();
                if (answer.kind() == SourceAnswer.Kind.FAILED) {
                    problems.add(problem);
                } else {
                    notThere.add(problem.message());
                }
                continue;
            }
            for (Candidate candidate : answer.value()) {
                Outcome judged = check.check(candidate, trust);
                if (judged.code() == OutcomeCode.TRUSTED) {
                    return new LookupResult(Outcome.of(OutcomeCode.CERT_FOUND, "a certificate for " + wanted
                            + " was found in " + name(kind) + ": " + judged.message()),
                            Optional.of(candidate.certificate().clone()), Optional.of(kind));
                }
                problems.add(Outcome.of(judged.code(), "a certificate for " + wanted + " from " + name(kind)
                        + " is refused: " + judged.message()));
            }
        }
        if (problems.isEmpty()) {
            return notFound(Outcome.of(OutcomeCode.CERT_NOT_FOUND, "no certificate for " + wanted + " was found"
                    + (notThere.isEmpty() ? "" : ": " + String.join("; ", notThere))));
        }
        return notFound(Outcome.of(problems.get(0).code(), "no usable certificate for " + wanted + ": "
                + problems.stream().map(p -> p.code() + " " + p.message()).collect(Collectors.joining("; "))));
    }

    private static LookupResult notFound(Outcome outcome) {
        return new LookupResult(outcome, Optional.empty(), Optional.empty());
    }

    /** The source as the article names it. */
    static String name(LookupSource source) {
        return switch (source) {
            case DEVICE -> "the device";
            case GLOBAL_ADDRESS_LIST -> "the Global Address List";
            case LDAP -> "the LDAP directory";
        };
    }
}
