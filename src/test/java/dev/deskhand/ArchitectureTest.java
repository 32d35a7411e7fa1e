package dev.deskhand;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules the layout promises, checked on the production classes. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.deskhand");
    }

    @Test
    void domainPackagesStayPlain() {
        noClasses().that().resideInAnyPackage("dev.deskhand.kb..", "dev.deskhand.escalation..", "dev.deskhand.digest..")
                .should().dependOnClassesThat().resideInAnyPackage("com.slack..", "java.sql..", "javax.sql..",
                        "org.eclipse.jetty..", "jakarta.servlet..", "dev.deskhand.slack..", "dev.deskhand.store..",
                        "dev.deskhand.server..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyStoreSpeaksJdbc() {
        noClasses().that().resideOutsideOfPackage("dev.deskhand.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .check(classes);
    }

    @Test
    void onlySlackImportsTheSlackSdk() {
        noClasses().that().resideOutsideOfPackages("dev.deskhand.slack..")
                .should().dependOnClassesThat().resideInAnyPackage("com.slack..")
                .check(classes);
    }

    @Test
    void onlySemanticLoadsTheSentenceModel() {
        noClasses().that().resideOutsideOfPackage("dev.deskhand.semantic..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.langchain4j..", "ai.onnxruntime..", "ai.djl..")
                .check(classes);
    }

    @Test
    void onlyConfigReadsTheEnvironment() {
        noClasses().that().resideOutsideOfPackage("dev.deskhand.config..")
                .should().callMethod(System.class, "getenv")
                .orShould().callMethod(System.class, "getenv", String.class)
                .check(classes);
    }

    @Test
    void messageBundlesDependOnNothingOfOurs() {
        noClasses().that().resideInAPackage("dev.deskhand.slack.text..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.deskhand.kb..", "dev.deskhand.escalation..",
                        "dev.deskhand.digest..", "dev.deskhand.store..", "dev.deskhand.config..", "com.slack..")
                .check(classes);
    }
}
