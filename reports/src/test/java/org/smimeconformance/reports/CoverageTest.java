package org.smimeconformance.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smimeconformance.reports.Coverage.SharedName;
import org.smimeconformance.reports.Coverage.UnknownRule;
import org.smimeconformance.reports.catalogue.Rule;
import org.smimeconformance.reports.catalogue.RuleCatalogue;
import org.smimeconformance.reports.features.Scenario;

class CoverageTest {

    private static final RuleCatalogue CATALOGUE = RuleCatalogue.parse("""
            ## TRUST: chain of trust and revocation [S/MIME prerequisites]

            | ID | what the article says | what a scenario must pin down |
            |---|---|---|
            | TRUST-1 | root chain available | unknown root not trusted |
            | TRUST-2 | CRL published | CRL fetched |

            ## ADDR: which certificate is the user's [S/MIME prerequisites]

            | ID | what the article says | what a scenario must pin down |
            |---|---|---|
            | ADDR-1 | primary SMTP address | aliases not used |
            """);

    private static Scenario scenario(String file, String name, int line, String... ruleIds) {
        return scenario(file, name, name, line, ruleIds);
    }

    private static Scenario scenario(String file, String name, String declaredName, int line, String... ruleIds) {
        List<String> tags = List.of(ruleIds).stream().map(id -> "@rule:" + id).toList();
        return new Scenario(Path.of(file), "Feature", name, declaredName, line, tags, List.of(ruleIds));
    }

    @Test
    void listsTheScenariosOfEveryRule() {
        Scenario unknownRoot = scenario("trust/a.feature", "Unknown root", 3, "TRUST-1");
        Scenario crl = scenario("trust/a.feature", "CRL fetched", 7, "TRUST-1", "TRUST-2");

        Coverage coverage = Coverage.of(CATALOGUE, List.of(unknownRoot, crl));

        assertThat(coverage.scenariosByRule()).extractingFromEntries(e -> e.getKey().id(), e -> e.getValue())
                .containsExactly(
                        tuple("TRUST-1", List.of(unknownRoot, crl)),
                        tuple("TRUST-2", List.of(crl)),
                        tuple("ADDR-1", List.of()));
        assertThat(coverage.uncoveredRules()).extracting(Rule::id).containsExactly("ADDR-1");
        assertThat(coverage.uncoveredRules(List.of("TRUST"))).isEmpty();
        assertThat(coverage.uncoveredRules(List.of("TRUST", "ADDR"))).extracting(Rule::id).containsExactly("ADDR-1");
    }

    @Test
    void findsScenariosNamingARuleTheCatalogueLacks() {
        Scenario typo = scenario("trust/a.feature", "Typo", 3, "TRUST-1", "TRUST-99");
        Scenario lowerCase = scenario("trust/b.feature", "Lower case", 3, "trust-1");
        Scenario alsoTypo = scenario("trust/b.feature", "Also typo", 9, "TRUST-99");

        Coverage coverage = Coverage.of(CATALOGUE, List.of(typo, lowerCase, alsoTypo));

        assertThat(coverage.unknownRules()).containsExactly(
                new UnknownRule("TRUST-99", List.of(typo, alsoTypo)),
                new UnknownRule("trust-1", List.of(lowerCase)));
    }

    @Test
    void findsNamesSharedWithinAFileAndAcrossTheSuite() {
        Scenario first = scenario("trust/a.feature", "Revoked leaf", 3, "TRUST-1");
        Scenario again = scenario("trust/a.feature", "Revoked leaf", 9, "TRUST-1");
        Scenario elsewhere = scenario("addr/b.feature", "Revoked leaf", 4, "ADDR-1");
        Scenario otherFileOnly1 = scenario("trust/a.feature", "Unknown root", 15, "TRUST-1");
        Scenario otherFileOnly2 = scenario("addr/b.feature", "Unknown root", 20, "ADDR-1");

        Coverage coverage = Coverage.of(CATALOGUE, List.of(first, again, elsewhere, otherFileOnly1, otherFileOnly2));

        assertThat(coverage.namesSharedWithinFile()).containsExactly(
                new SharedName("Revoked leaf", List.of(first, again)));
        assertThat(coverage.namesSharedAcrossSuite()).containsExactly(
                new SharedName("Revoked leaf", List.of(first, again, elsewhere)),
                new SharedName("Unknown root", List.of(otherFileOnly1, otherFileOnly2)));
    }

    @Test
    void countsAnOutlineOnceUnderItsDeclaredName() {
        Scenario row1 = scenario("ldap/a.feature", "Endpoint host", "Endpoint <form>", 4, "TRUST-1");
        Scenario row2 = scenario("ldap/a.feature", "Endpoint host", "Endpoint <form>", 4, "TRUST-1");
        Scenario plain = scenario("ldap/b.feature", "Endpoint host", 4, "TRUST-1");

        Coverage coverage = Coverage.of(CATALOGUE, List.of(row1, row2, plain));

        assertThat(coverage.namesSharedWithinFile()).isEmpty();
        assertThat(coverage.namesSharedAcrossSuite()).isEmpty();
        assertThat(coverage.scenariosOf("TRUST-1")).containsExactly(row1, row2, plain);
    }

    @Test
    void aScopeMayNameSingleRulesBesideFamilies() {
        Scenario unknownRoot = scenario("trust/a.feature", "Unknown root", 3, "TRUST-1");

        Coverage coverage = Coverage.of(CATALOGUE, List.of(unknownRoot));

        assertThat(coverage.uncoveredRules(List.of("TRUST-1"))).isEmpty();
        assertThat(coverage.uncoveredRules(List.of("TRUST-1", "ADDR-1"))).extracting(Rule::id).containsExactly("ADDR-1");
        assertThat(coverage.uncoveredRules(List.of("TRUST-2", "ADDR"))).extracting(Rule::id)
                .containsExactly("TRUST-2", "ADDR-1");
        assertThat(coverage.uncoveredRules(List.of("TRUST-1", "TRUST-3"))).isEmpty();
    }

    @Test
    void readsAScopeOfFamiliesAndRulesWithoutCommentsOrBlankLines() {
        assertThat(Coverage.parseScope("""
                # what the build requires
                TRUST

                  POL-10   # only this rule of POL so far
                POL-1 the first one
                TRUST
                """)).containsExactly("TRUST", "POL-10", "POL-1");
    }

    @Test
    void findsScopeEntriesThatAreNeitherFamilyNorRule() {
        assertThat(Coverage.unknownScopeEntries(CATALOGUE, List.of("TRUST", "ADDR-1", "ADDR-2", "POL", "trust")))
                .containsExactly("ADDR-2", "POL", "trust");
    }

    @Test
    void readsTheScopeAllOfItInTheCatalogue() {
        assertThat(Coverage.inScope()).contains("TRUST");
        assertThat(Coverage.unknownScopeEntries(RuleCatalogue.load(), Coverage.inScope())).isEmpty();
    }
}
