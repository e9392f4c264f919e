package org.smimeconformance.engine.directory;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.device.Purpose;
import org.smimeconformance.contract.lookup.LookupSource;
import org.smimeconformance.contract.trust.CertificateCheck;
import org.smimeconformance.contract.trust.CertificateUse;
import org.smimeconformance.contract.trust.TrustVerdict;
import org.smimeconformance.contract.trust.TrustVerification;
import org.smimeconformance.engine.identity.PurposeCheck;
import org.smimeconformance.engine.trust.CertificateReader;

/**
 * Whether the app may encrypt to a certificate it found for someone: the replaceable part that
 * judges each {@link Candidate} (TRUST-3, LDAP-6, SEND-8). The reference verifies every candidate,
 * wherever it was found, with the app's trust verification (as a directory result when it came from
 * the Global Address List or LDAP, as a recipient's certificate when it came from the device), with
 * the certificates published beside it as intermediates, then checks that its key usage allows
 * encryption ({@link PurposeCheck}). A deliberately broken variant may skip a step for one source.
 * Must be thread-safe.
 */
@FunctionalInterface
public interface CandidateCheck {

    /**
     * @return {@code TRUSTED} when the app may encrypt to the candidate; otherwise the trust verdict
     *         ({@code REVOKED}, {@code NO_TRUSTED_ROOT}, ...), {@code WRONG_KEY_USAGE} or
     *         {@code MALFORMED_CERTIFICATE}, with the reason
     */
    Outcome check(Candidate candidate, TrustVerification trust);

    /** Trust verification first, then the purpose, for every candidate from every source. */
    static CandidateCheck reference() {
        return CandidateCheck::verifyThenPurpose;
    }

    private static Outcome verifyThenPurpose(Candidate candidate, TrustVerification trust) {
        CertificateUse use = candidate.source() == LookupSource.DEVICE ? CertificateUse.RECIPIENT
                : CertificateUse.DIRECTORY_RESULT;
        TrustVerdict verdict = trust.verify(new CertificateCheck(candidate.certificate(), candidate.carried(), List.of(), use));
        if (!verdict.trusted()) {
            return verdict.outcome();
        }
        return purpose(candidate).orElse(verdict.outcome());
    }

    /** Why the candidate's key usage does not allow encryption, or empty when it does. */
    static Optional<Outcome> purpose(Candidate candidate) {
        Optional<List<X509Certificate>> read = new CertificateReader().certificates(candidate.certificate());
        if (read.isEmpty()) {
            return Optional.of(Outcome.of(OutcomeCode.MALFORMED_CERTIFICATE, "the certificate cannot be read as X.509"));
        }
        return PurposeCheck.refusal(read.get().get(0), Purpose.ENCRYPTION)
                .map(why -> Outcome.of(OutcomeCode.WRONG_KEY_USAGE, "the certificate cannot be encrypted to: " + why));
    }
}
