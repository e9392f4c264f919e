package org.smimeconformance.steps.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;
import org.smimeconformance.contract.device.CertificateDetails;
import org.smimeconformance.fakes.intune.AppConfigurationPolicy;

/** How the world reads what the features write and what Outlook answers, apart from any scenario. */
class WorldReadingTest {

    @Test
    void a_search_filter_asks_only_for_the_address_when_every_value_is_the_address() {
        assertThat(LdapSearchFilter.read("(mail=bob@contoso.com)").asksOnlyFor("bob@contoso.com")).isTrue();
        assertThat(LdapSearchFilter.read("(&(objectClass=person)(|(mail=bob@contoso.com)(proxyAddresses=bob@contoso.com)))")
                .asksOnlyFor("bob@contoso.com")).isTrue();
        assertThat(LdapSearchFilter.read("(mail=bob*)").asksOnlyFor("bob*")).as("a substring filter").isFalse();
        assertThat(LdapSearchFilter.read("(|(mail=bob@contoso.com)(mail=*))").asksOnlyFor("bob@contoso.com")).isFalse();
        assertThat(LdapSearchFilter.read("(mail=alice@contoso.com)").asksOnlyFor("bob@contoso.com")).isFalse();
        assertThat(LdapSearchFilter.read("(objectClass=*)").readsTheRoot()).isTrue();
        assertThatThrownBy(() -> LdapSearchFilter.read("(mail=bob")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("cannot read");
    }

    @Test
    void the_details_view_compares_names_by_their_parts_and_lists_in_any_order() {
        CertificateDetails details = new CertificateDetails("CN=Alice Smith, O=Contoso", "CN=Contoso Issuing CA,O=Contoso",
                List.of("a.smith@contoso.com", "alice@contoso.com"), List.of(), List.of("emailProtection"),
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"), "ABCDEF");
        List<DetailsField.Shown> written = List.of(
                DetailsField.Shown.written("subject", "CN=Alice Smith,O=Contoso"),
                DetailsField.Shown.written("email addresses", "alice@contoso.com, a.smith@contoso.com"),
                DetailsField.Shown.written("key usage", "none"),
                DetailsField.Shown.written("valid until", "2027-01-01"),
                DetailsField.Shown.written("serial number", "ABCDEF"));
        assertThat(DetailsField.shownIn(details, written)).isEqualTo(written);

        List<DetailsField.Shown> reversed = List.of(DetailsField.Shown.written("subject", "O=Contoso,CN=Alice Smith"));
        assertThat(DetailsField.shownIn(details, reversed)).as("the order of the parts of a name").isNotEqualTo(reversed);
        assertThatThrownBy(() -> DetailsField.Shown.written("colour", "blue")).hasMessageContaining("known: subject, issuer");
    }

    @Test
    void a_described_certificate_takes_quoted_values_as_written() {
        CertificateField.Value spaced = CertificateField.Value.written("SAN email address", "\" alice@contoso.com\"");
        assertThat(spaced).isEqualTo(new CertificateField.Value(CertificateField.SAN_EMAIL_ADDRESS, " alice@contoso.com"));
        assertThat(CertificateField.Value.written("common name", " Alice ").value()).isEqualTo("Alice");
        assertThatThrownBy(() -> CertificateField.Value.written("colour", "blue")).hasMessageContaining("a field of a certificate");
        assertThatThrownBy(() -> CertificateDescription.of(List.of(CertificateField.Value.written("key", "DSA 1024"))))
                .hasMessageContaining("RSA 2048, EC P-256");
    }

    @Test
    void an_extended_key_usage_is_named_as_rfc_5280_names_it_or_given_by_its_oid() {
        assertThat(ExtendedKeyUsage.oidOf("emailProtection")).isEqualTo("1.3.6.1.5.5.7.3.4");
        assertThat(ExtendedKeyUsage.oidOf(" 1.3.6.1.4.1.311.10.3.12 ")).isEqualTo("1.3.6.1.4.1.311.10.3.12");
        assertThatThrownBy(() -> ExtendedKeyUsage.oidOf("mailProtection")).hasMessageContaining("anyExtendedKeyUsage");
    }

    @Test
    void a_designer_setting_sets_the_key_its_label_stands_for() {
        AppConfigurationPolicy policy = AppConfigurationPolicy.forOutlook("Outlook S/MIME", AppConfigurationPolicy.IOS);
        policy = DesignerSetting.written("Sign all emails: allow user to change", "No").applyTo(policy);
        policy = DesignerSetting.written("Enable S/MIME", "Yes").applyTo(policy);
        policy = DesignerSetting.written("End-user notifications", "Company portal").applyTo(policy);
        assertThat(policy.settings()).isEqualTo(Map.of(ManagedSetting.SIGN_ALL.userChangeAllowedKey(), false,
                ManagedSetting.SMIME.key(), true));
        assertThat(policy.smimeCertificates()).contains(Map.of("endUserNotification", "Company portal"));
        assertThatThrownBy(() -> DesignerSetting.written("Enable S/MIME everywhere", "Yes"))
                .hasMessageContaining("Sign all emails: allow user to change");
        AppConfigurationPolicy empty = AppConfigurationPolicy.forOutlook("Outlook S/MIME", AppConfigurationPolicy.IOS);
        assertThatThrownBy(() -> DesignerSetting.written("Enable S/MIME", "Maybe").applyTo(empty))
                .hasMessageContaining("Yes or No");
    }

    @Test
    void policy_values_keep_their_json_type_and_a_key_is_written_once() {
        assertThat(PolicyValue.configuration(List.of(PolicyValue.written("a", "true"), PolicyValue.written("b", "\"TRUE\"")))
                .values()).isEqualTo(Map.of("a", true, "b", "TRUE"));
        assertThatThrownBy(() -> PolicyValue.configuration(List.of(PolicyValue.written("a", "1"), PolicyValue.written("a", "2"))))
                .hasMessageContaining("written twice");
    }

    @Test
    void a_wording_reads_only_its_labels_and_its_pattern() {
        assertThat(Words.TIMES.valueOf("once")).isEqualTo(1);
        assertThat(Words.TIMES.valueOf("12 times")).isEqualTo(12);
        assertThatThrownBy(() -> Words.TIMES.valueOf("thrice")).hasMessageContaining("known: once, twice");
        assertThatThrownBy(() -> Words.YES_NO.and("Yes", false)).hasMessageContaining("given twice");
        assertThat(Words.ON_OFF.labelOf(false)).isEqualTo("off");
        assertThat(Words.DEVICES.valueOf("an Android tablet")).isEqualTo(DeviceModel.ANDROID_TABLET);
    }

    @Test
    void an_outcome_that_is_not_the_one_expected_is_shown_with_its_message() {
        Outcome refused = Outcome.of(OutcomeCode.CRL_UNREACHABLE, "the CRL cannot be obtained");
        OutcomeAssert.assertThat(refused).hasCode(OutcomeCode.CRL_UNREACHABLE);
        assertThatThrownBy(() -> OutcomeAssert.assertThat(refused).as("the verdict").hasCode(OutcomeCode.TRUSTED))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the verdict")
                .hasMessageContaining("Expecting TRUSTED but Outlook answered CRL_UNREACHABLE: the CRL cannot be obtained");
    }
}
