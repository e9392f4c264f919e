package org.smimeconformance.engine.trust;

import static org.smimeconformance.engine.trust.CertificateFields.subject;

import java.security.GeneralSecurityException;
import java.security.Security;
import java.security.cert.CRLReason;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateRevokedException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.security.auth.x500.X500Principal;

import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;

/**
 * The reference {@link RevocationCheck}: the JDK's PKIX {@link CertPathValidator} judges the
 * revocation of every certificate of the path by RFC 5280 §6.3, with its CRL revocation checker,
 * and the engine gives it the CRLs. What the JDK decides: who may sign a CRL (the issuer's key, a
 * separate CRL-signing key of the same CA or the issuer of an indirect CRL, whose certificate must
 * be at hand and lead to the same trusted root, cRLSign in the key usage of any of them but the
 * root), what a CRL covers (the issuing distribution point's name, onlyContainsUserCerts,
 * onlyContainsCACerts, onlyContainsAttributeCerts, onlySomeReasons, indirectCRL and the entries'
 * certificateIssuer), unknown critical extensions (a CRL with one is not used; a delta CRL is one
 * of them), and whether the certificate is revoked (listed, with a revocationDate before the
 * validation instant).
 *
 * <p>What the engine does around it ({@link CrlGathering}): it fetches the CRLs of each
 * certificate's http(s) distribution points when the validator first asks for them, bounded by the
 * world, and offers only CRLs current at the instant to the second and free of critical entry
 * extensions it does not support. The JDK's checker is the legacy one that
 * {@link PKIXParameters#setRevocationEnabled revocation enabled} installs, not a
 * {@link java.security.cert.PKIXRevocationChecker}: with one, the JDK always fetches the
 * distribution points itself when the CRLs given do not settle the status (its own connections,
 * 15-second timeouts, ldap too, a cache of CRLs by address shared by the whole JVM, blind to the
 * world's offline flag). The legacy checker does not, checks CRLs only and every certificate,
 * as long as the JVM is left as it comes ({@link #jvmSettingAgainst()}; otherwise nothing is
 * trusted).
 *
 * <p>How the JDK's answer becomes an outcome: {@code REVOKED} with its
 * {@link CertificateRevokedException} is {@code REVOKED}; {@code UNDETERMINED_REVOCATION_STATUS},
 * which carries no cause, first makes the engine fetch the certificate's next distribution point
 * if it has one, then is named by {@link CrlDiagnosis} ({@code CRL_UNREACHABLE}, {@code CRL_STALE},
 * {@code CRL_INVALID}, {@code CRL_OUT_OF_SCOPE}, {@code CRL_UNSUPPORTED}); any other failure is a
 * path the validator refuses, which {@link PathCheck} passed only if it was replaced: the
 * revocation of such a path is not judged, {@code INVALID_CHAIN} (fail closed). Stateless and
 * thread-safe.
 */
public final class PkixRevocationCheck implements RevocationCheck {

    /** The JDK's factory and validator, once per thread, from the JDK's own provider whatever else is installed. */
    private static final ThreadLocal<Jdk> JDK = ThreadLocal.withInitial(Jdk::lookUp);

    private record Jdk(CertificateFactory factory, CertPathValidator validator) {
        static Jdk lookUp() {
            try {
                return new Jdk(CertificateFactory.getInstance("X.509"), CertPathValidator.getInstance("PKIX", "SUN"));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the JDK offers no X.509 factory or PKIX validator", e);
            }
        }
    }

    @Override
    public Optional<Outcome> check(List<X509Certificate> pathLeafFirst, X509Certificate anchor, Instant at,
                                   List<X509Certificate> certificatesAtHand, List<X509CRL> knownCrls, CrlSource source) {
        if (pathLeafFirst.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> setting = jvmSettingAgainst();
        if (setting.isPresent()) {
            return Optional.of(Outcome.of(OutcomeCode.INVALID_CHAIN, "revocation is not judged: " + setting.get()));
        }
        List<X509Certificate> certificates = new ArrayList<>(pathLeafFirst);
        certificates.add(anchor);
        certificates.addAll(certificatesAtHand);
        try {
            CrlGathering gathering = new CrlGathering(at, knownCrls, certificates, source);
            Jdk jdk = JDK.get();
            CertPath path = jdk.factory().generateCertPath(pathLeafFirst);
            PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(anchor, null)));
            parameters.setDate(Date.from(at));
            parameters.setRevocationEnabled(true);
            parameters.setCertStores(List.of(gathering.store()));
            while (true) {
                try {
                    jdk.validator().validate(path, parameters);
                    return Optional.empty();
                } catch (CertPathValidatorException e) {
                    int index = e.getIndex();
                    boolean inPath = index >= 0 && index < pathLeafFirst.size();
                    if (e.getReason() == BasicReason.UNDETERMINED_REVOCATION_STATUS && inPath
                            && gathering.fetchMore(pathLeafFirst.get(index))) {
                        continue;
                    }
                    return Optional.of(outcome(e, pathLeafFirst, anchor, at, gathering));
                }
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.of(Outcome.of(OutcomeCode.INVALID_CHAIN, "revocation cannot be judged: " + e));
        }
    }

    private static Outcome outcome(CertPathValidatorException e, List<X509Certificate> path, X509Certificate anchor,
                                   Instant at, CrlGathering gathering) {
        int index = e.getIndex();
        if (index < 0 || index >= path.size()) {
            return Outcome.of(OutcomeCode.INVALID_CHAIN, "revocation cannot be judged (" + e.getReason() + "): "
                    + e.getMessage());
        }
        X509Certificate certificate = path.get(index);
        X509Certificate issuer = index + 1 < path.size() ? path.get(index + 1) : anchor;
        if (e.getReason() == BasicReason.REVOKED) {
            return revoked(certificate, e, gathering);
        }
        if (e.getReason() == BasicReason.UNDETERMINED_REVOCATION_STATUS || revocationEntry(e)) {
            return CrlDiagnosis.explain(certificate, issuer, anchor, gathering, at, e.getMessage());
        }
        return Outcome.of(OutcomeCode.INVALID_CHAIN, subject(certificate) + " does not pass PKIX validation ("
                + e.getReason() + "): " + e.getMessage() + "; its revocation is not judged");
    }

    /** The JDK's refusal of a CRL entry with a critical extension it does not know (reason UNSPECIFIED). */
    private static boolean revocationEntry(CertPathValidatorException e) {
        return e.getReason() == BasicReason.UNSPECIFIED && e.getMessage() != null
                && e.getMessage().contains("critical extension(s) in revoked CRL entry");
    }

    private static Outcome revoked(X509Certificate certificate, CertPathValidatorException e, CrlGathering gathering) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof CertificateRevokedException)) {
            cause = cause.getCause();
        }
        if (!(cause instanceof CertificateRevokedException revocation)) {
            return Outcome.of(OutcomeCode.REVOKED, subject(certificate) + " (serial "
                    + CertificateFields.serial(certificate) + ") is revoked: " + e.getMessage());
        }
        String origin = "the CRL of " + revocation.getAuthorityName().getName(X500Principal.RFC2253);
        for (CrlGathering.Held held : gathering.candidates(certificate)) {
            if (held.crl().getIssuerX500Principal().equals(revocation.getAuthorityName())
                    && held.crl().getRevokedCertificate(certificate) != null) {
                origin = held.origin();
                break;
            }
        }
        return Outcome.of(OutcomeCode.REVOKED, subject(certificate) + " (serial " + CertificateFields.serial(certificate)
                + ") was revoked on " + revocation.getRevocationDate().toInstant() + ", reason "
                + reason(revocation.getRevocationReason()) + ", per " + origin);
    }

    /**
     * What in this JVM's settings would make the JDK's revocation checker do other than check the
     * CRLs it is given for every certificate: ask OCSP responders itself ({@code ocsp.enable}),
     * check the end-entity certificate only ({@code com.sun.security.onlyCheckRevocationOfEECert}),
     * fetch CRL distribution points or AIA addresses itself ({@code com.sun.security.enableCRLDP},
     * {@code com.sun.security.enableAIAcaIssuers}); empty when none is set, as the JDK comes.
     */
    static Optional<String> jvmSettingAgainst() {
        if (isTrue(Security.getProperty("ocsp.enable"))) {
            return Optional.of("this JVM sets the security property ocsp.enable=true, which has the JDK's revocation "
                    + "checker ask OCSP responders over the network by itself; unset it");
        }
        if (isTrue(Security.getProperty("com.sun.security.onlyCheckRevocationOfEECert"))) {
            return Optional.of("this JVM sets the security property com.sun.security.onlyCheckRevocationOfEECert=true, "
                    + "which has the JDK's revocation checker skip every CA certificate; unset it");
        }
        for (String property : List.of("com.sun.security.enableCRLDP", "com.sun.security.enableAIAcaIssuers")) {
            if (isTrue(System.getProperty(property))) {
                return Optional.of("this JVM sets the system property " + property + "=true, which has the JDK fetch "
                        + "over the network by itself, unbounded by the world; unset it");
            }
        }
        return Optional.empty();
    }

    private static boolean isTrue(String value) {
        return value != null && value.strip().equalsIgnoreCase("true");
    }

    /**
     * The RFC 5280 name of a reason code, e.g. {@code keyCompromise}, {@code cACompromise},
     * {@code removeFromCRL}; {@code unspecified} when absent. It is the constant's words in camel
     * case, the abbreviations RFC 5280 writes in capitals (CA, CRL, AA) kept so.
     */
    static String reason(CRLReason reason) {
        if (reason == null) {
            return "unspecified";
        }
        StringBuilder name = new StringBuilder();
        for (String word : reason.name().split("_")) {
            name.append(Set.of("CA", "CRL", "AA").contains(word) ? word
                    : word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT));
        }
        name.setCharAt(0, Character.toLowerCase(name.charAt(0)));
        return name.toString();
    }
}
