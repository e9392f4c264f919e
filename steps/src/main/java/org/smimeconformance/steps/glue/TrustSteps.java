package org.smimeconformance.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smimeconformance.steps.world.OutcomeAssert.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.trust.CertificateUse;
import org.smimeconformance.steps.world.TrustQuestion;

/** Asking the implementation whether it trusts a certificate, and reading its verdict. */
public final class TrustSteps {

    private final TrustQuestion question;

    public TrustSteps(TrustQuestion question) {
        this.question = question;
    }

    @When("Outlook verifies the certificate of {holder}")
    public void verify(String holder) {
        verify(holder, CertificateUse.SENDER);
    }

    @When("Outlook verifies the certificate of {holder} as {use}")
    public void verify(String holder, CertificateUse use) {
        question.verify(holder, use);
    }

    @Then("Outlook gives a verdict on the certificate")
    public void anyVerdict() {
        assertThat(question.verdict().outcome().code()).as("the verdict's outcome code").isNotNull();
    }

    @Then("the certificate is trusted")
    public void trusted() {
        assertThat(question.verdict().outcome()).hasCode(OutcomeCode.TRUSTED);
    }

    @Then("the certificate is not trusted: {outcome}")
    public void notTrusted(OutcomeCode expected) {
        assertThat(question.verdict().outcome()).hasCode(expected);
    }
}
