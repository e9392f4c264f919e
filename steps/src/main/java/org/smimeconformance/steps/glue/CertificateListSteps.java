package org.smimeconformance.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import javax.security.auth.x500.X500Principal;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.assertj.core.api.SoftAssertions;
import org.smimeconformance.contract.device.CertificateDetails;
import org.smimeconformance.steps.world.OutlookAnswers;
import org.smimeconformance.steps.world.OutlookDevice;
import org.smimeconformance.steps.world.ScenarioClock;

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
        List<String> listed = device.ask().stores().visibleToOutlook().stream()
                .map(installed -> device.nameOf(installed.certificate()))
                .toList();
        assertThat(listed).as("the certificates Outlook lists")
                .containsExactlyInAnyOrderElementsOf(certificates.stream().map(name -> "\"" + name + "\"").toList());
    }

    @Then("Outlook lists no installed certificate")
    public void listsNone() {
        lists(List.of());
    }

    @When("{person} opens the details of the certificate {certificate}")
    public void opens(String person, String certificate) {
        answers.details(device.ask().stores().details(device.idOf(certificate)));
    }

    /**
     * The details view, field by field. Names are compared as distinguished names (RFC 4514, the
     * order of their parts kept); lists of addresses, key usages and extended key usages are
     * comma-separated and compared in any order, "none" for an empty list; dates are instants.
     */
    @Then("the details show:")
    public void show(DataTable expected) {
        CertificateDetails details = answers.details();
        SoftAssertions softly = new SoftAssertions();
        for (List<String> row : expected.asLists()) {
            String field = row.get(0).strip();
            String value = row.get(1).strip();
            switch (field) {
                case "subject" -> softly.assertThat(name(details.subject())).as("subject %s", details.subject()).isEqualTo(name(value));
                case "issuer" -> softly.assertThat(name(details.issuer())).as("issuer %s", details.issuer()).isEqualTo(name(value));
                case "email addresses" -> softly.assertThat(details.emailAddresses()).as("email addresses")
                        .containsExactlyInAnyOrderElementsOf(list(value));
                case "key usage" -> softly.assertThat(details.keyUsage()).as("key usage")
                        .containsExactlyInAnyOrderElementsOf(list(value));
                case "extended key usage" -> softly.assertThat(details.extendedKeyUsage()).as("extended key usage")
                        .containsExactlyInAnyOrderElementsOf(list(value));
                case "valid from" -> softly.assertThat(details.notBefore()).as("valid from").isEqualTo(instant(value));
                case "valid until" -> softly.assertThat(details.notAfter()).as("valid until").isEqualTo(instant(value));
                case "serial number" -> softly.assertThat(details.serialNumber()).as("serial number").isEqualTo(value);
                default -> throw new IllegalArgumentException("the details view has no field \"" + field + "\"; known:"
                        + " subject, issuer, email addresses, key usage, extended key usage, valid from, valid until,"
                        + " serial number");
            }
        }
        softly.assertAll();
    }

    private static Instant instant(String text) {
        return ScenarioClock.instant(text);
    }

    private static List<String> list(String value) {
        return value.equals("none") ? List.of() : Arrays.stream(value.split(",")).map(String::strip).toList();
    }

    /** A distinguished name compared by its parts, or as written when it is not one. */
    private static Object name(String text) {
        if (text == null) {
            return "(no name)";
        }
        try {
            return new X500Principal(text);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
