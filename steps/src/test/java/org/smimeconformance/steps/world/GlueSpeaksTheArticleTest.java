package org.smimeconformance.steps.world;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * The glue is the scenario language only: what needs keys, certificates, MIME or LDAP is done by
 * the world, in the article's words, never by a step.
 */
class GlueSpeaksTheArticleTest {

    private static final String GLUE = "org.smimeconformance.steps.glue";

    @Test
    void no_step_touches_cryptography_mail_or_ldap_types() {
        JavaClasses glue = new ClassFileImporter().importPackages(GLUE);
        assertThat(glue.contain(GLUE + ".ParameterTypes")).as("the glue was imported from the class path").isTrue();

        noClasses().that().resideInAPackage(GLUE)
                .should().dependOnClassesThat().resideInAnyPackage("java.security..", "javax.security..",
                        "org.bouncycastle..", "jakarta.mail..", "com.unboundid..")
                .because("steps are one-liners in the language of the article; the world does the work")
                .check(glue);
    }
}
