package org.smimeconformance.steps;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import org.junit.jupiter.api.Test;

/**
 * The boundaries that keep the suite honest: the scenarios and the command line talk to an
 * implementation only through the contract, and the contract speaks only Java.
 */
class ArchitectureTest {

    private static final String STEPS = "org.smimeconformance.steps";
    private static final String CONTRACT = "org.smimeconformance.contract";
    private static final String ENGINE = "org.smimeconformance.engine";

    @Test
    void stepsNeverDependOnTheReferenceEngine() {
        JavaClasses steps = new ClassFileImporter().importPackages(STEPS);
        assertThat(names(steps))
                .as("classes of %s imported from the class path", STEPS)
                .contains("org.smimeconformance.steps.cli.SmimeConformance",
                        "org.smimeconformance.steps.cli.VerifyCertCommand",
                        "org.smimeconformance.steps.target.Targets");

        noClasses().that().resideInAPackage(STEPS + "..")
                .should().dependOnClassesThat().resideInAPackage(ENGINE + "..")
                .because("the reference engine is found at run time through ServiceLoader, like any other implementation")
                .check(steps);
    }

    @Test
    void theContractDependsOnNothingButJava() {
        JavaClasses contract = new ClassFileImporter().importPackages(CONTRACT);
        assertThat(names(contract))
                .as("classes of %s imported from the class path", CONTRACT)
                .contains("org.smimeconformance.contract.Implementation",
                        "org.smimeconformance.contract.World",
                        "org.smimeconformance.contract.trust.TrustVerification");

        classes().that().resideInAPackage(CONTRACT + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", CONTRACT + "..")
                .because("no type of a cryptography or test library may appear in the port")
                .check(contract);
    }

    private static java.util.List<String> names(JavaClasses imported) {
        return imported.stream().map(JavaClass::getName).toList();
    }
}
