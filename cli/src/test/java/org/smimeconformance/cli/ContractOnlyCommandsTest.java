package org.smimeconformance.cli;

import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;
import org.smimeconformance.steps.target.Targets;

/**
 * {@code verify-cert}, {@code compose} and {@code inspect} ask the implementation under test through
 * the contract alone, with {@link Targets} to choose it: neither they nor the options and files they
 * read depend on the engine, the fakes, the scenario language or the runner.
 */
class ContractOnlyCommandsTest {

    private static final Class<?>[] COMMANDS_AND_WHAT_THEY_USE = {
        VerifyCertCommand.class, ComposeCommand.class, InspectCommand.class,
        TrustOptions.class, AtHandOptions.class, ImplementationOptions.class, CertificateFile.class, CommandRefusal.class,
    };

    @Test
    void theCommandsThatAskTheImplementationDependOnlyOnTheContractAndTheChoiceOfTarget() {
        JavaClasses cli = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.smimeconformance.cli");

        classes().that(belongToAnyOf(COMMANDS_AND_WHAT_THEY_USE))
                .should().onlyDependOnClassesThat(or(
                        resideInAnyPackage("java..", "javax..", "picocli..", "com.fasterxml.jackson..",
                                "org.smimeconformance.contract.."),
                        belongToAnyOf(Targets.class, SmimeConformance.Version.class),
                        belongToAnyOf(COMMANDS_AND_WHAT_THEY_USE)))
                .because("a command asks the implementation through the contract, whatever the implementation is")
                .check(cli);
    }
}
