package org.smimeconformance.engine.trust;

import static org.smimeconformance.engine.trust.CertificateFields.subject;

import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.CRLReason;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.security.auth.x500.X500Principal;

import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.engine.net.Fetched;

/**
 * The reference {@link RevocationCheck}. Every certificate of the path, from the one nearest the
 * root down to the leaf, is checked against its issuer's CRL: a CRL at hand issued by that issuer
 * if there is one, else the first CRL one of the certificate's http(s) CRL distribution points
 * serves. Fails closed (TRUST-9):
 * <ul>
 *   <li>no distribution point, or none serves a CRL: {@code CRL_UNREACHABLE};</li>
 *   <li>CRL issued by another name, or not signed by the issuer's key, or its thisUpdate after the
 *       validation instant: {@code CRL_INVALID};</li>
 *   <li>nextUpdate before the validation instant: {@code CRL_STALE};</li>
 *   <li>the certificate's serial listed: {@code REVOKED}, whatever the revocation date.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class CrlRevocationCheck implements RevocationCheck {

    /**
     * The words of {@link CRLReason}'s constants that RFC 5280 writes in capitals: cACompromise,
     * removeFromCRL, aACompromise.
     */
    private static final Set<String> ABBREVIATIONS = Set.of("CA", "CRL", "AA");

    @Override
    public Optional<Outcome> check(List<X509Certificate> pathLeafFirst, X509Certificate anchor, Instant at,
                                   List<X509CRL> knownCrls, CrlSource source) {
        for (int i = pathLeafFirst.size() - 1; i >= 0; i--) {
            X509Certificate certificate = pathLeafFirst.get(i);
            X509Certificate issuer = i + 1 < pathLeafFirst.size() ? pathLeafFirst.get(i + 1) : anchor;
            Optional<Outcome> failure = checkOne(certificate, issuer.getPublicKey(), at, knownCrls, source);
            if (failure.isPresent()) {
                return failure;
            }
        }
        return Optional.empty();
    }

    private static Optional<Outcome> checkOne(X509Certificate certificate, PublicKey issuerKey, Instant at,
                                              List<X509CRL> knownCrls, CrlSource source) {
        Optional<X509CRL> atHand = atHand(certificate, issuerKey, knownCrls);
        X509CRL crl;
        String origin;
        if (atHand.isPresent()) {
            crl = atHand.get();
            origin = "the CRL at hand";
        } else {
            List<URI> points = CertificateFields.crlDistributionPoints(certificate);
            if (points.isEmpty()) {
                return fail(OutcomeCode.CRL_UNREACHABLE, "the CRL for " + subject(certificate)
                        + " cannot be obtained: no CRL at hand and no http(s) CRL distribution point");
            }
            List<String> reasons = new ArrayList<>();
            Optional<URI> from = Optional.empty();
            X509CRL found = null;
            for (URI point : points) {
                Fetched<X509CRL> answer = source.crl(point);
                if (answer.ok()) {
                    found = answer.value();
                    from = Optional.of(point);
                    break;
                }
                reasons.add(point + ": " + answer.failure().orElseThrow());
            }
            if (found == null) {
                return fail(OutcomeCode.CRL_UNREACHABLE, "the CRL for " + subject(certificate) + " cannot be obtained: "
                        + String.join("; ", reasons));
            }
            crl = found;
            origin = "the CRL from " + from.orElseThrow();
        }
        return judge(certificate, issuerKey, at, crl, origin);
    }

    private static Optional<Outcome> judge(X509Certificate certificate, PublicKey issuerKey, Instant at, X509CRL crl,
                                           String origin) {
        String about = origin + " for " + subject(certificate);
        if (!crl.getIssuerX500Principal().equals(certificate.getIssuerX500Principal())) {
            return fail(OutcomeCode.CRL_INVALID, about + " was issued by " + name(crl.getIssuerX500Principal())
                    + ", not by the certificate's issuer " + CertificateFields.issuer(certificate));
        }
        if (!verifies(crl, issuerKey)) {
            return fail(OutcomeCode.CRL_INVALID, about + " does not verify with the public key of "
                    + CertificateFields.issuer(certificate));
        }
        Instant thisUpdate = crl.getThisUpdate().toInstant();
        if (thisUpdate.isAfter(at)) {
            return fail(OutcomeCode.CRL_INVALID, about + " is not yet issued: thisUpdate " + thisUpdate
                    + " (validation time " + at + ")");
        }
        if (crl.getNextUpdate() != null && crl.getNextUpdate().toInstant().isBefore(at)) {
            return fail(OutcomeCode.CRL_STALE, about + " is stale: nextUpdate " + crl.getNextUpdate().toInstant()
                    + " (validation time " + at + ")");
        }
        X509CRLEntry entry = crl.getRevokedCertificate(certificate);
        if (entry != null) {
            return fail(OutcomeCode.REVOKED, subject(certificate) + " (serial " + CertificateFields.serial(certificate)
                    + ") was revoked on " + entry.getRevocationDate().toInstant() + ", reason "
                    + reason(entry.getRevocationReason()) + ", per " + origin);
        }
        return Optional.empty();
    }

    /** Of the CRLs at hand issued by the certificate's issuer, one that verifies, the newest first. */
    private static Optional<X509CRL> atHand(X509Certificate certificate, PublicKey issuerKey, List<X509CRL> knownCrls) {
        return knownCrls.stream()
                .filter(crl -> crl.getIssuerX500Principal().equals(certificate.getIssuerX500Principal()))
                .min(Comparator.comparing((X509CRL crl) -> !verifies(crl, issuerKey))
                        .thenComparing(X509CRL::getThisUpdate, Comparator.reverseOrder()));
    }

    private static boolean verifies(X509CRL crl, PublicKey key) {
        try {
            crl.verify(key);
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The RFC 5280 name of a reason code, e.g. {@code keyCompromise}, {@code cACompromise},
     * {@code removeFromCRL}; {@code unspecified} when absent. It is the constant's words in camel
     * case, the abbreviations RFC 5280 writes in capitals ({@link #ABBREVIATIONS}) kept so.
     */
    static String reason(CRLReason reason) {
        if (reason == null) {
            return "unspecified";
        }
        StringBuilder name = new StringBuilder();
        for (String word : reason.name().split("_")) {
            name.append(ABBREVIATIONS.contains(word) ? word
                    : word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT));
        }
        name.setCharAt(0, Character.toLowerCase(name.charAt(0)));
        return name.toString();
    }

    private static String name(X500Principal principal) {
        return principal.getName(X500Principal.RFC2253);
    }

    private static Optional<Outcome> fail(OutcomeCode code, String message) {
        return Optional.of(Outcome.of(code, message));
    }
}
