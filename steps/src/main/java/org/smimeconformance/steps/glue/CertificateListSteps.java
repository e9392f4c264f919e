package org.smimeconformance.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.smimeconformance.steps.world.DetailsField;
import org.smimeconformance.steps.world.OutlookAnswers;
import org.smimeconformance.steps.world.OutlookDevice;

/** The installed certificates as the user lists and inspects them under account settings &gt; Security. */
public final class CertificateListSteps {

    private final OutlookDevice device;
    private final OutlookAnswers answers;

    public CertificateListSteps(OutlookDevice device, OutlookAnswers answers) {
        this.device = device;
        this.answers = answers;
    }

    @Then("Outlook lists exactly these installed certificates:")
    public void lists(List<String> certificates) {
        assertThat(device.listed()).as("the certificates Outlook lists").containsExactlyInAnyOrderElementsOf(certificates);
    }

    @Then("Outlook lists no installed certificate")
    public void listsNone() {
        lists(List.of());
    }

    @When("{person} opens the details of the certificate {certificate}")
    public void opens(String person, String certificate) {
        answers.details(device.ask().stores().details(device.idOf(certificate)));
    }

    /** The details view, field by field, each compared as {@link DetailsField} says. */
    @Then("the details show:")
    public void show(List<DetailsField.Shown> expected) {
        assertThat(DetailsField.shownIn(answers.details(), expected)).as("the details view").isEqualTo(expected);
    }
}
