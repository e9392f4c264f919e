package org.smimeconformance.mutants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smimeconformance.contract.Implementation;
import org.smimeconformance.runner.FeatureRun;
import org.smimeconformance.runner.RunOptions;
import org.smimeconformance.runner.RunSummary;
import org.smimeconformance.runner.ScenarioResult;

/**
 * Every mutant must be caught: run against it, at least one scenario tagged with the rule it
 * breaks fails. Writes the kill rate, and which scenarios caught which mutant, to
 * {@code target/mutants.md} and {@code target/mutants.html}.
 */
class MutantsAreCaughtTest {

    private static final KillReport REPORT = new KillReport();

    static Stream<Mutant> mutants() {
        return ServiceLoader.load(Implementation.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(Mutant.class::isInstance)
                .map(Mutant.class::cast);
    }

    @Test
    void there_is_a_mutant_for_every_trust_rule_family_seam() {
        assertThat(mutants().map(Mutant::breaks))
                .contains("TRUST-1", "TRUST-2", "TRUST-3", "TRUST-4", "TRUST-5", "TRUST-6", "TRUST-9", "TRUST-10");
    }

    @Test
    void there_is_a_mutant_for_every_seam_of_the_identity_and_settings_parts() {
        assertThat(mutants().map(Mutant::breaks)).contains("ADDR-1", "POL-1", "CLIENT-3");
    }

    @Test
    void there_is_a_mutant_for_every_seam_of_the_delivery_parts() {
        assertThat(mutants().map(Mutant::breaks)).contains("AUTO-1", "AUTO-2", "MAN-3");
    }

    @Test
    void there_is_a_mutant_for_every_seam_of_the_mail_parts() {
        assertThat(mutants().map(Mutant::breaks)).contains("SEND-5", "SEND-2", "VIEW-5");
    }

    @Test
    void there_is_a_mutant_for_every_seam_of_the_directory_parts() {
        assertThat(mutants().map(Mutant::breaks)).contains("LDAP-5", "SEND-9", "LDAP-6", "SEND-11");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutants")
    void the_scenarios_of_the_rule_it_breaks_catch_it(Mutant mutant) {
        RunSummary summary = FeatureRun.run(
                new RunOptions(mutant.name(), "@rule:" + mutant.breaks(), Path.of("target", "mutant-runs", mutant.name())),
                line -> { });

        List<ScenarioResult> caughtBy = summary.failed().stream()
                .filter(s -> s.rules().contains(mutant.breaks()))
                .toList();
        REPORT.add(new KillReport.Entry(mutant.name(), mutant.breaks(), mutant.description(), summary.scenarios().size(),
                caughtBy.stream().map(ScenarioResult::scenario).toList()));

        assertThat(summary.harnessErrors()).as("harness errors").isEmpty();
        assertThat(summary.scenarios()).as("scenarios tagged @rule:%s", mutant.breaks()).isNotEmpty();
        assertThat(caughtBy).as("scenarios of %s failing against %s", mutant.breaks(), mutant.name()).isNotEmpty();
    }

    @AfterAll
    static void writeReport() throws IOException {
        REPORT.write(Path.of("target"));
        System.out.println("Kill rate: " + REPORT.killRate() + "; see target/mutants.html");
    }
}
