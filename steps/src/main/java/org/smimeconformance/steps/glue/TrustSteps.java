package org.smimeconformance.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.smimeconformance.contract.OutcomeCode;
import org.smimeconformance.contract.trust.CertificateCheck;
import org.smimeconformance.contract.trust.CertificateUse;
import org.smimeconformance.contract.trust.TrustVerdict;
import org.smimeconformance.steps.world.ImplementationUnderTest;
import org.smimeconformance.steps.world.ScenarioPki;
import org.smimeconformance.steps.world.ScenarioReport;
import org.smimeconformance.steps.world.TrustQuestion;

/** Asking the implementation whether it trusts a certificate, and reading its verdict. */
public final class TrustSteps {

    private final ImplementationUnderTest implementation;
    private final ScenarioPki pki;
    private final TrustQuestion question;
    private final ScenarioReport report;

    public TrustSteps(ImplementationUnderTest implementation, ScenarioPki pki, TrustQuestion question,
                      ScenarioReport report) {
        this.implementation = implementation;
        this.pki = pki;
        this.question = question;
        this.report = report;
    }

    @When("Outlook verifies the certificate of {holder}")
    public void verify(String holder) {
        verify(holder, CertificateUse.SENDER);
    }

    @When("Outlook verifies the certificate of {holder} as {use}")
    public void verify(String holder, CertificateUse use) {
        List<byte[]> carried = question.carriedIntermediates().stream().map(ca -> pki.issued(ca).der()).toList();
        CertificateCheck check = new CertificateCheck(pki.issued(holder).der(), carried, List.of(), use);
        TrustVerdict verdict = implementation.ask().trust().verify(check);
        question.answer(verdict);
        report.log(verdict.outcome().code() + ": " + verdict.outcome().message());
    }

    @Then("Outlook gives a verdict on the certificate")
    public void anyVerdict() {
        assertThat(question.verdict().outcome().code()).as("the verdict's outcome code").isNotNull();
    }

    @Then("the certificate is trusted")
    public void trusted() {
        assertThat(question.verdict().outcome().code()).as(question.verdict().outcome().message()).isEqualTo(OutcomeCode.TRUSTED);
    }

    @Then("the certificate is not trusted: {outcome}")
    public void notTrusted(OutcomeCode expected) {
        assertThat(question.verdict().outcome().code()).as(question.verdict().outcome().message()).isEqualTo(expected);
    }
}
