package org.smimeconformance.steps.world;

import java.util.ArrayList;
import java.util.List;

import org.smimeconformance.contract.trust.CertificateCheck;
import org.smimeconformance.contract.trust.CertificateUse;
import org.smimeconformance.contract.trust.TrustVerdict;

/**
 * What the scenario asks the implementation to judge, and the verdict it got, which is also written
 * into the scenario's report. One per scenario; not thread-safe.
 */
public final class TrustQuestion {

    private final ImplementationUnderTest implementation;
    private final ScenarioPki pki;
    private final ScenarioReport report;
    private final List<String> carriedIntermediates = new ArrayList<>();
    private TrustVerdict verdict;

    public TrustQuestion(ImplementationUnderTest implementation, ScenarioPki pki, ScenarioReport report) {
        this.implementation = implementation;
        this.pki = pki;
        this.report = report;
    }

    /** The certificate of this CA travels with the signed message (TRUST-6). */
    public void carry(String ca) {
        carriedIntermediates.add(ca);
    }

    /** Every one of these travels with the signed message, in order. */
    public void carryAll(List<String> cas) {
        carriedIntermediates.addAll(cas);
    }

    public List<String> carriedIntermediates() {
        return List.copyOf(carriedIntermediates);
    }

    /** Asks Outlook whether it trusts the certificate of the holder for the use, with the intermediates carried. */
    public TrustVerdict verify(String holder, CertificateUse use) {
        List<byte[]> carried = carriedIntermediates.stream().map(ca -> pki.issued(ca).der()).toList();
        CertificateCheck check = new CertificateCheck(pki.issued(holder).der(), carried, List.of(), use);
        verdict = implementation.ask().trust().verify(check);
        report.log(verdict.outcome().code() + ": " + verdict.outcome().message());
        return verdict;
    }

    public TrustVerdict verdict() {
        if (verdict == null) {
            throw new IllegalStateException("no certificate was verified in this scenario yet");
        }
        return verdict;
    }
}
