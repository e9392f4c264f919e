package org.smimeconformance.reports.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RuleCatalogueTest {

    private final RuleCatalogue catalogue = RuleCatalogue.load();

    @Test
    void carriesEveryRuleOfTheArticle() {
        assertThat(catalogue.rules()).hasSize(62);
        assertThat(catalogue.rules()).extracting(Rule::id).doesNotHaveDuplicates();
    }

    @Test
    void hasEveryFamilyInCatalogueOrder() {
        assertThat(catalogue.families())
                .containsExactly("TRUST", "ADDR", "MAN", "AUTO", "POL", "CLIENT", "LDAP", "VIEW", "SEND");
        assertThat(catalogue.rulesOf("TRUST")).hasSize(10);
        assertThat(catalogue.rulesOf("ADDR")).hasSize(4);
        assertThat(catalogue.rulesOf("MAN")).hasSize(3);
        assertThat(catalogue.rulesOf("AUTO")).hasSize(8);
        assertThat(catalogue.rulesOf("POL")).hasSize(10);
        assertThat(catalogue.rulesOf("CLIENT")).hasSize(5);
        assertThat(catalogue.rulesOf("LDAP")).hasSize(6);
        assertThat(catalogue.rulesOf("VIEW")).hasSize(5);
        assertThat(catalogue.rulesOf("SEND")).hasSize(11);
    }

    @Test
    void marksExactlyTheRulesThatNeedAnInterpretation() {
        assertThat(catalogue.rules().stream().filter(Rule::interpretation).map(Rule::id))
                .containsExactly("TRUST-10", "ADDR-4", "MAN-3", "LDAP-4", "SEND-1", "SEND-9");
    }

    @Test
    void readsARuleMarkedInItsIdColumn() {
        assertThat(catalogue.rule("TRUST-10")).contains(new Rule(
                "TRUST-10",
                "TRUST",
                "chain of trust and revocation",
                "S/MIME prerequisites",
                "(implied) A certificate listed on the CRL is revoked.",
                "Revoked leaf and revoked intermediate are not trusted; the reason is shown. Also a stale CRL"
                        + " (past nextUpdate) and a CRL with a bad signature: decide and state.",
                true));
    }

    @Test
    void readsARuleMarkedInBoldInItsThirdColumn() {
        Rule send9 = catalogue.rule("SEND-9").orElseThrow();
        assertThat(send9.family()).isEqualTo("SEND");
        assertThat(send9.familyTitle()).isEqualTo("composing S/MIME mail");
        assertThat(send9.section()).isEqualTo("Create S/MIME messages");
        assertThat(send9.articleSays()).isEqualTo(
                "Recipient certificates: the Global Address List first, then the iOS publisher keychain / Android KeyStore.");
        assertThat(send9.scenarioMustPinDown())
                .startsWith("Order recorded by the fakes. **(I)** This contradicts LDAP-5 (device first)")
                .endsWith("the contradiction is listed in the living documentation.");
        assertThat(send9.interpretation()).isTrue();
    }

    @Test
    void keepsInlineMarkdownAndReadsAMarkInPlainText() {
        Rule ldap4 = catalogue.rule("LDAP-4").orElseThrow();
        assertThat(ldap4.familyTitle()).isEqualTo("certificate lookup in an LDAP directory");
        assertThat(ldap4.section()).isEqualTo("LDAP support for certificate delivery");
        assertThat(ldap4.articleSays()).isEqualTo("Accepted forms: `ldaps://host`, `ldap://host`, `ldap://host:389`,"
                + " `ldaps://host:636`, `host`, `host:389`, `host:636`.");
        assertThat(ldap4.scenarioMustPinDown()).contains("bare host defaults (I);");
        assertThat(ldap4.interpretation()).isTrue();
    }

    @Test
    void readsAPlainRuleWithParenthesesThatAreNoMark() {
        Rule auto1 = catalogue.rule("AUTO-1").orElseThrow();
        assertThat(auto1.familyTitle()).isEqualTo("automated certificate delivery");
        assertThat(auto1.section()).isEqualTo("Automated certificate delivery");
        assertThat(auto1.articleSays()).isEqualTo(
                "Automated delivery only when Microsoft Endpoint Manager (Intune) is the enrollment provider.");
        assertThat(auto1.interpretation()).isFalse();
    }

    @Test
    void givesEveryFamilyAnArticleSection() {
        assertThat(catalogue.rulesOf("ADDR")).extracting(Rule::section).containsOnly("S/MIME prerequisites");
        assertThat(catalogue.rulesOf("MAN")).extracting(Rule::section).containsOnly("Manual certificate delivery");
        assertThat(catalogue.rulesOf("POL")).extracting(Rule::section).containsOnly(
                "Outlook for iOS automated certificate delivery / Outlook for Android automated certificate delivery");
        assertThat(catalogue.rulesOf("POL")).extracting(Rule::familyTitle)
                .containsOnly("app configuration policy (iOS steps 1-16, Android steps 1-13)");
        assertThat(catalogue.rulesOf("CLIENT")).extracting(Rule::section).containsOnly("Enabling S/MIME in the client");
        assertThat(catalogue.rulesOf("VIEW")).extracting(Rule::section).containsOnly("View S/MIME messages");
    }

    @Test
    void answersNothingForAnUnknownId() {
        assertThat(catalogue.rule("TRUST-11")).isEmpty();
        assertThat(catalogue.rule("trust-1")).isEmpty();
        assertThat(catalogue.rulesOf("NOPE")).isEmpty();
    }

    @Test
    void refusesARuleUnderAnotherFamily() {
        String markdown = """
                ## TRUST: chain of trust [S/MIME prerequisites]

                | ID | says | pin down |
                |---|---|---|
                | ADDR-1 | something | something |
                """;
        assertThatThrownBy(() -> RuleCatalogue.parse(markdown))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ADDR-1 is listed under family TRUST");
    }

    @Test
    void refusesARowThatIsNoRule() {
        String markdown = """
                ## TRUST: chain of trust [S/MIME prerequisites]

                | ID | says | pin down |
                |---|---|---|
                | see below | something | something |
                """;
        assertThatThrownBy(() -> RuleCatalogue.parse(markdown))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'see below' under TRUST is not a rule ID");
    }

    @Test
    void refusesAFamilyWithoutAnArticleSection() {
        String markdown = """
                ## NEW: a family the article map does not know

                | ID | says | pin down |
                |---|---|---|
                | NEW-1 | something | something |
                """;
        assertThatThrownBy(() -> RuleCatalogue.parse(markdown))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names no article section");
    }

    @Test
    void refusesARepeatedId() {
        String markdown = """
                ## TRUST: chain of trust [S/MIME prerequisites]

                | ID | says | pin down |
                |---|---|---|
                | TRUST-1 | something | something |
                | TRUST-1 (I) | something else | something else |
                """;
        assertThatThrownBy(() -> RuleCatalogue.parse(markdown))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rule TRUST-1 is listed twice");
    }
}
