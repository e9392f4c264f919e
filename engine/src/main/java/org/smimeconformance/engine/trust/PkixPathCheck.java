package org.smimeconformance.engine.trust;

import static org.smimeconformance.engine.trust.CertificateFields.subject;

import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;

/**
 * The reference {@link PathCheck}: the JDK's PKIX {@link CertPathValidator} with the anchor as the
 * only trust anchor, revocation checking off (that is {@link RevocationCheck}'s business) and the
 * validation date set to the world's instant. The trusted root's own validity period is checked as
 * well: an expired or not-yet-valid root is a broken link like any other (TRUST-4). Stateless and
 * thread-safe.
 */
public final class PkixPathCheck implements PathCheck {

    /**
     * The JDK's factory and validator, looked up once per thread rather than per chain (a provider
     * lookup costs more than the validation of a short chain); the JDK does not promise that either
     * may be shared between threads.
     */
    private static final ThreadLocal<Jdk> JDK = ThreadLocal.withInitial(Jdk::lookUp);

    private record Jdk(CertificateFactory factory, CertPathValidator validator) {
        static Jdk lookUp() {
            try {
                return new Jdk(CertificateFactory.getInstance("X.509"), CertPathValidator.getInstance("PKIX"));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the JDK offers no X.509 factory or PKIX validator", e);
            }
        }
    }

    @Override
    public Optional<Outcome> check(List<X509Certificate> pathLeafFirst, X509Certificate anchor, Instant at) {
        Optional<Outcome> root = validity(anchor, "the trusted root ", at);
        if (root.isPresent()) {
            return root;
        }
        try {
            Jdk jdk = JDK.get();
            CertPath path = jdk.factory().generateCertPath(pathLeafFirst);
            PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(anchor, null)));
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            jdk.validator().validate(path, parameters);
            return Optional.empty();
        } catch (CertPathValidatorException e) {
            return Optional.of(outcome(e, pathLeafFirst, anchor, at));
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.of(Outcome.of(OutcomeCode.INVALID_CHAIN, "the chain cannot be validated: " + e.getMessage()));
        }
    }

    private static Outcome outcome(CertPathValidatorException e, List<X509Certificate> path, X509Certificate anchor,
                                   Instant at) {
        int index = e.getIndex();
        if (index < 0 || index >= path.size()) {
            return Outcome.of(OutcomeCode.INVALID_CHAIN, "the chain breaks a PKIX rule (" + e.getReason() + "): "
                    + e.getMessage());
        }
        X509Certificate offender = path.get(index);
        X509Certificate issuer = index + 1 < path.size() ? path.get(index + 1) : anchor;
        if (e.getReason() instanceof CertPathValidatorException.BasicReason reason) {
            switch (reason) {
                case EXPIRED, NOT_YET_VALID -> {
                    return validity(offender, "", at).orElseGet(() -> Outcome.of(
                            reason == CertPathValidatorException.BasicReason.EXPIRED
                                    ? OutcomeCode.EXPIRED : OutcomeCode.NOT_YET_VALID,
                            subject(offender) + ": " + e.getMessage()));
                }
                case INVALID_SIGNATURE -> {
                    return Outcome.of(OutcomeCode.BAD_SIGNATURE, "the signature on " + subject(offender)
                            + " does not verify with the public key of its issuer " + subject(issuer));
                }
                default -> {
                    // falls through to the general PKIX rule below
                }
            }
        }
        return Outcome.of(OutcomeCode.INVALID_CHAIN, subject(offender) + " breaks a PKIX rule (" + e.getReason()
                + "): " + e.getMessage());
    }

    private static Optional<Outcome> validity(X509Certificate certificate, String role, Instant at) {
        Instant notAfter = certificate.getNotAfter().toInstant();
        Instant notBefore = certificate.getNotBefore().toInstant();
        if (at.isAfter(notAfter)) {
            return Optional.of(Outcome.of(OutcomeCode.EXPIRED, role + subject(certificate) + " expired at " + notAfter
                    + " (validation time " + at + ")"));
        }
        if (at.isBefore(notBefore)) {
            return Optional.of(Outcome.of(OutcomeCode.NOT_YET_VALID, role + subject(certificate)
                    + " is not valid before " + notBefore + " (validation time " + at + ")"));
        }
        return Optional.empty();
    }
}
