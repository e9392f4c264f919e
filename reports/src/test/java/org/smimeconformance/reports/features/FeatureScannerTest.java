package org.smimeconformance.reports.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureScannerTest {

    @TempDir
    Path features;

    private void write(String relativePath, String gherkin) throws IOException {
        Path file = features.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, gherkin);
    }

    @Test
    void inheritsTagsFromFeatureAndRule() throws IOException {
        write("trust/revocation.feature", """
                @trust @rule:TRUST-9
                Feature: Revocation

                  Scenario: CRL endpoint down
                    Given nothing

                  @rule:TRUST-10 @interpretation
                  Rule: A listed certificate is revoked

                    @slow
                    Scenario: Revoked leaf
                      Given nothing
                """);

        List<Scenario> scenarios = FeatureScanner.scan(features);

        assertThat(scenarios).containsExactly(
                new Scenario(Path.of("trust/revocation.feature"), "Revocation", "CRL endpoint down",
                        "CRL endpoint down", 4, List.of("@trust", "@rule:TRUST-9"), List.of("TRUST-9")),
                new Scenario(Path.of("trust/revocation.feature"), "Revocation", "Revoked leaf", "Revoked leaf", 11,
                        List.of("@trust", "@rule:TRUST-9", "@rule:TRUST-10", "@interpretation", "@slow"),
                        List.of("TRUST-9", "TRUST-10")));
    }

    @Test
    void expandsAnOutlinePerExampleRowKeepingItsDeclaredName() throws IOException {
        write("ldap/endpoint.feature", """
                Feature: LDAP endpoint forms

                  @rule:LDAP-4
                  Scenario Outline: Endpoint <form> is accepted
                    Given the endpoint "<form>"

                    Examples: with a scheme
                      | form          |
                      | ldaps://host  |
                      | ldap://host   |

                    @interpretation
                    Examples: bare host
                      | form |
                      | host |
                """);

        List<Scenario> scenarios = FeatureScanner.scan(features);

        assertThat(scenarios).extracting(Scenario::name).containsExactly(
                "Endpoint ldaps://host is accepted", "Endpoint ldap://host is accepted", "Endpoint host is accepted");
        assertThat(scenarios).extracting(Scenario::declaredName).containsOnly("Endpoint <form> is accepted");
        assertThat(scenarios).extracting(Scenario::line).containsOnly(4);
        assertThat(scenarios).extracting(Scenario::ruleIds).containsOnly(List.of("LDAP-4"));
        assertThat(scenarios.get(2).tags()).containsExactly("@rule:LDAP-4", "@interpretation");
    }

    @Test
    void namesEachRuleOnceEvenWhenTaggedTwice() throws IOException {
        write("a.feature", """
                @rule:SEND-9
                Feature: Order

                  @rule:SEND-9 @rule:LDAP-5
                  Scenario: Both orders
                    Given nothing
                """);

        assertThat(FeatureScanner.scan(features).get(0).ruleIds()).containsExactly("SEND-9", "LDAP-5");
    }

    @Test
    void readsFeatureFilesAtAnyDepthInPathOrderAndNothingElse() throws IOException {
        write("view/reading.feature", "Feature: Reading\n  Scenario: Read\n    Given nothing\n");
        write("addr/matching.feature", "Feature: Matching\n  Scenario: Match\n    Given nothing\n");
        write("addr/notes.md", "Feature: not a feature file\n");
        write("empty.feature", "# no feature yet\n");

        assertThat(FeatureScanner.scan(features)).extracting(Scenario::file, Scenario::feature).containsExactly(
                tuple(Path.of("addr/matching.feature"), "Matching"),
                tuple(Path.of("view/reading.feature"), "Reading"));
    }

    @Test
    void givesNothingForAFolderWithoutFeatures() throws IOException {
        Files.createDirectories(features.resolve("trust"));

        assertThat(FeatureScanner.scan(features)).isEmpty();
    }

    @Test
    void refusesInvalidGherkinNamingTheFile() throws IOException {
        write("broken.feature", "Feature: Broken\n  Scenario: A\n    Given nothing\n  Nonsense line\n");

        assertThatThrownBy(() -> FeatureScanner.scan(features))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("broken.feature: (4:3)");
    }

    @Test
    void refusesAMissingFolder() {
        assertThatThrownBy(() -> FeatureScanner.scan(features.resolve("missing")))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("missing");
    }
}
