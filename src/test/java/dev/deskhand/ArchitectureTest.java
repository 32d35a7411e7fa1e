package dev.deskhand;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

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
        noClasses().that().resideInAnyPackage("dev.deskhand.kb..", "dev.deskhand.escalation..", "dev.deskhand.digest..",
                        "dev.deskhand.home..", "dev.deskhand.owners..")
                .should().dependOnClassesThat().resideInAnyPackage("com.slack..", "java.sql..", "javax.sql..",
                        "org.eclipse.jetty..", "jakarta.servlet..", "dev.deskhand.slack..", "dev.deskhand.store..",
                        "dev.deskhand.server..")
                .allowEmptyShould(true)
                .check(classes);
    }

    /**
     * Paging's domain (settings, policy, the port, the sender) is plain Java: no HTTP client, no Slack, no JDBC, and
     * it never reaches into its own HTTP adapter; escalations know paging only through their {@code OnCall} hook.
     */
    @Test
    void pagingDomainStaysPlain() {
        noClasses().that().resideInAPackage("dev.deskhand.paging")
                .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "com.slack..", "java.sql..",
                        "javax.sql..", "org.eclipse.jetty..", "jakarta.servlet..", "com.fasterxml..",
                        "dev.deskhand.paging.http..", "dev.deskhand.slack..", "dev.deskhand.store..",
                        "dev.deskhand.server..", "dev.deskhand.config..")
                .check(classes);
        noClasses().that().resideInAnyPackage("dev.deskhand.escalation..", "dev.deskhand.digest..",
                        "dev.deskhand.kb..", "dev.deskhand.tickets..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.deskhand.paging..")
                .check(classes);
    }

    /** Only the composition root wires the paging adapter; everything else speaks to the {@code Pager} port. */
    @Test
    void onlyTheRootReachesThePagingAdapter() {
        noClasses().that().resideOutsideOfPackages("dev.deskhand.paging.http..")
                .and().resideOutsideOfPackage("dev.deskhand")
                .should().dependOnClassesThat().resideInAnyPackage("dev.deskhand.paging.http..")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideInAPackage("dev.deskhand.paging.http..")
                .should().dependOnClassesThat().resideInAnyPackage("com.slack..", "java.sql..", "javax.sql..",
                        "dev.deskhand.slack..", "dev.deskhand.store..", "dev.deskhand.config..")
                .allowEmptyShould(true)
                .check(classes);
    }

    /**
     * Tickets' domain (links, lookup port and values) is plain Java, and only the composition root wires its Zendesk
     * adapter, which knows nothing of Slack, JDBC or the settings file.
     */
    @Test
    void ticketsStayPlainAndOnlyTheRootReachesTheLookupAdapter() {
        noClasses().that().resideInAPackage("dev.deskhand.tickets")
                .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "com.slack..", "java.sql..",
                        "javax.sql..", "com.fasterxml..", "dev.deskhand.tickets.http..", "dev.deskhand.slack..",
                        "dev.deskhand.store..", "dev.deskhand.config..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("dev.deskhand.tickets.http..")
                .and().resideOutsideOfPackage("dev.deskhand")
                .should().dependOnClassesThat().resideInAnyPackage("dev.deskhand.tickets.http..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.deskhand.tickets.http..")
                .should().dependOnClassesThat().resideInAnyPackage("com.slack..", "java.sql..", "javax.sql..",
                        "dev.deskhand.slack..", "dev.deskhand.store..", "dev.deskhand.config..")
                .check(classes);
    }

    /** The kb layers look only down: tools → engine → rank → index → the port and its values. */
    @Test
    void kbLayersLookOnlyDown() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("port").definedBy("dev.deskhand.kb")
                .layer("index").definedBy("dev.deskhand.kb.index..")
                .layer("rank").definedBy("dev.deskhand.kb.rank..")
                .layer("engine").definedBy("dev.deskhand.kb.engine..")
                .layer("tools").definedBy("dev.deskhand.kb.tools..")
                .whereLayer("tools").mayNotBeAccessedByAnyLayer()
                .whereLayer("engine").mayOnlyBeAccessedByLayers("tools")
                .whereLayer("rank").mayOnlyBeAccessedByLayers("engine", "tools")
                .whereLayer("index").mayOnlyBeAccessedByLayers("rank", "engine", "tools")
                .check(classes);
    }

    /**
     * The escalation packages look one way: the use cases and their settings ({@code service}) → SLA timing
     * ({@code sla}) → the model, its state machine and its port ({@code escalation}); the outbox as its senders see
     * it ({@code outbox}) rests on the model alone. The model knows none of them, SLA timing and the outbox know
     * nothing of each other or of the use cases.
     */
    @Test
    void escalationPartsLookOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("dev.deskhand.escalation")
                .layer("sla").definedBy("dev.deskhand.escalation.sla..")
                .layer("outbox").definedBy("dev.deskhand.escalation.outbox..")
                .layer("service").definedBy("dev.deskhand.escalation.service..")
                .whereLayer("service").mayNotBeAccessedByAnyLayer()
                .whereLayer("outbox").mayNotBeAccessedByAnyLayer()
                .whereLayer("sla").mayOnlyBeAccessedByLayers("service")
                .check(classes);
    }

    /**
     * The escalations' Slack surface looks one way: the feature (registration) → the card's buttons → the ways in
     * (command, form, shortcuts) → the rendering (card, thread notes, listings, Block Kit); the outbox sender → the
     * rendering. The rendering sees none of them, and the ways in and the sender never see each other.
     */
    @Test
    void slackEscalationPartsLookOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("feature").definedBy("dev.deskhand.slack.escalation")
                .layer("actions").definedBy("dev.deskhand.slack.escalation.actions..")
                .layer("form").definedBy("dev.deskhand.slack.escalation.form..")
                .layer("outbox").definedBy("dev.deskhand.slack.escalation.outbox..")
                .layer("card").definedBy("dev.deskhand.slack.escalation.card..")
                .whereLayer("feature").mayNotBeAccessedByAnyLayer()
                .whereLayer("actions").mayOnlyBeAccessedByLayers("feature")
                .whereLayer("form").mayOnlyBeAccessedByLayers("feature", "actions")
                .whereLayer("outbox").mayNotBeAccessedByAnyLayer()
                .whereLayer("card").mayOnlyBeAccessedByLayers("feature", "actions", "form", "outbox")
                .check(classes);
    }

    /**
     * Only the composition root (the feature, the outbox sender, card links for pages) and the App Home (which opens
     * the escalation form) reach the escalations' Slack surface.
     */
    @Test
    void onlyTheRootAndTheHomeReachTheEscalationSurface() {
        noClasses().that().resideOutsideOfPackages("dev.deskhand.slack.escalation..", "dev.deskhand.slack.home..")
                .and().resideOutsideOfPackage("dev.deskhand")
                .should().dependOnClassesThat().resideInAnyPackage("dev.deskhand.slack.escalation..")
                .check(classes);
    }

    /** The JDBC adapters implement the escalation ports; they never call the use cases or read their settings. */
    @Test
    void storeImplementsEscalationPortsWithoutTheUseCases() {
        noClasses().that().resideInAPackage("dev.deskhand.store..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.deskhand.escalation.service..")
                .check(classes);
    }

    /**
     * The digest's parts look one way: posting → the digest model and its source port → the schedule and the
     * knowledge-gap values, which know nothing of each other or of what is built on them.
     */
    @Test
    void digestPartsLookOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("schedule").definedBy("dev.deskhand.digest.schedule..")
                .layer("gaps").definedBy("dev.deskhand.digest.gaps..")
                .layer("model").definedBy("dev.deskhand.digest")
                .layer("posting").definedBy("dev.deskhand.digest.posting..")
                .whereLayer("posting").mayNotBeAccessedByAnyLayer()
                .whereLayer("model").mayOnlyBeAccessedByLayers("posting")
                .whereLayer("gaps").mayOnlyBeAccessedByLayers("model", "posting")
                .whereLayer("schedule").mayOnlyBeAccessedByLayers("model", "posting")
                .check(classes);
    }

    /**
     * The playground's layers look only down: the page and its wiring → the client side and the Web API stand-in,
     * the two sides of Slack, which never see each other → the workspace they both change.
     */
    @Test
    void playgroundLayersLookOnlyDown() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("workspace").definedBy("dev.deskhand.playground.workspace..")
                .layer("standin").definedBy("dev.deskhand.playground.standin..")
                .layer("client").definedBy("dev.deskhand.playground.client..")
                .layer("page").definedBy("dev.deskhand.playground")
                .whereLayer("page").mayNotBeAccessedByAnyLayer()
                .whereLayer("client").mayOnlyBeAccessedByLayers("page")
                .whereLayer("standin").mayOnlyBeAccessedByLayers("page")
                .whereLayer("workspace").mayOnlyBeAccessedByLayers("standin", "client", "page")
                .check(classes);
    }

    /**
     * Outside kb, only the root package (composition root, command line) sees past the port into the engine, and
     * config reads the engine's default answer bar; Slack, the store and the server speak to the port alone.
     */
    @Test
    void onlyTheRootReachesIntoTheKbEngine() {
        noClasses().that().resideOutsideOfPackages("dev.deskhand.kb..")
                .and().resideOutsideOfPackage("dev.deskhand")
                .and().resideOutsideOfPackage("dev.deskhand.config..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.deskhand.kb.index..", "dev.deskhand.kb.rank..",
                        "dev.deskhand.kb.engine..", "dev.deskhand.kb.tools..")
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
