package org.smimeconformance.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundaries that keep the suite honest, checked on the classes of every module (the command
 * line's class path holds them all): the arrows of the layout point one way, the scenarios and
 * the command line talk to an implementation only through the contract, the contract speaks only
 * Java, and no two packages need each other.
 *
 * <pre>
 *   cli -> runner -> steps -> {contract, fakes, protocol}     cli -> protocol, reports
 *   runner -> reports          engine -> contract             protocol -> contract
 * </pre>
 */
class ArchitectureTest {

    private static final String ROOT = "org.smimeconformance";
    private static final String CONTRACT = ROOT + ".contract..";
    private static final String ENGINE = ROOT + ".engine..";
    private static final String FAKES = ROOT + ".fakes..";
    private static final String STEPS = ROOT + ".steps..";
    private static final String GLUE = ROOT + ".steps.glue..";
    private static final String WORLD = ROOT + ".steps.world..";
    private static final String RUNNER = ROOT + ".runner..";
    private static final String CLI = ROOT + ".cli..";
    private static final String PROTOCOL = ROOT + ".protocol..";
    private static final String REPORTS = ROOT + ".reports..";

    private static JavaClasses all;

    @BeforeAll
    static void importEveryModule() {
        all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
        assertThat(all.stream().map(JavaClass::getName))
                .as("classes of every module imported from the class path")
                .contains("org.smimeconformance.contract.Implementation", "org.smimeconformance.engine.ReferenceImplementation",
                        "org.smimeconformance.fakes.pki.Pki", "org.smimeconformance.steps.target.Targets",
                        "org.smimeconformance.runner.FeatureRun", "org.smimeconformance.cli.SmimeConformance",
                        "org.smimeconformance.protocol.HttpImplementation", "org.smimeconformance.reports.site.LandingPage");
    }

    @Test
    void theModulesDependOnEachOtherOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy(CLI)
                .layer("runner").definedBy(RUNNER)
                .layer("steps").definedBy(STEPS)
                .layer("reports").definedBy(REPORTS)
                .layer("protocol").definedBy(PROTOCOL)
                .layer("fakes").definedBy(FAKES)
                .layer("engine").definedBy(ENGINE)
                .layer("contract").definedBy(CONTRACT)
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("runner").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("steps").mayOnlyBeAccessedByLayers("runner", "cli")
                .whereLayer("reports").mayOnlyBeAccessedByLayers("runner", "cli")
                .whereLayer("protocol").mayOnlyBeAccessedByLayers("steps", "cli")
                .whereLayer("fakes").mayOnlyBeAccessedByLayers("steps")
                .whereLayer("engine").mayNotBeAccessedByAnyLayer()
                .because("the implementation under test is chosen at run time, and each module has one job")
                .check(all);
    }

    @Test
    void noPackagesNeedEachOther() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles()
                .because("a package cycle hides which of the two is the room for a change")
                .check(all);
    }

    @Test
    void nothingButServiceLoaderReachesTheReferenceEngine() {
        noClasses().that().resideOutsideOfPackage(ENGINE)
                .should().dependOnClassesThat().resideInAPackage(ENGINE)
                .because("the reference engine is found at run time through ServiceLoader, like any other implementation")
                .check(all);
    }

    @Test
    void theFakesAndTheEngineDoNotKnowEachOther() {
        noClasses().that().resideInAPackage(FAKES).should().dependOnClassesThat().resideInAPackage(ENGINE)
                .because("the world around an implementation must not borrow its judgement")
                .check(all);
        noClasses().that().resideInAPackage(ENGINE).should().dependOnClassesThat().resideInAPackage(FAKES)
                .because("an implementation meets the fakes only over the network")
                .check(all);
    }

    @Test
    void theGlueSpeaksOnlyTheArticle() {
        noClasses().that().resideInAPackage(GLUE)
                .should().dependOnClassesThat().resideInAnyPackage("java.security..", "javax.security..", "org.bouncycastle..",
                        "jakarta.mail..", "javax.mail..", "com.unboundid..", ENGINE)
                .because("a step calls the world or the contract; keys, certificates, messages and LDAP are read by world objects")
                .check(all);
    }

    @Test
    void theCommandLineUsesNeitherGlueNorWorld() {
        noClasses().that().resideInAPackage(CLI).should().dependOnClassesThat().resideInAnyPackage(GLUE, WORLD)
                .because("commands ask the implementation through the contract, not through the scenario language")
                .check(all);
    }

    @Test
    void theContractDependsOnNothingButJava() {
        classes().that().resideInAPackage(CONTRACT)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", CONTRACT)
                .because("no type of a cryptography or test library may appear in the port")
                .check(all);
    }
}
