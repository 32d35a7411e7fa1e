package dev.deskhand.slack.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deskhand.kb.importing.Exports;
import dev.deskhand.kb.importing.ImportCli;
import dev.deskhand.kb.importing.ZendeskStandIn;
import dev.deskhand.testing.TestApp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** Articles imported from each of the four sources answer /kb over signed HTTP, from the folder import wrote. */
class ImportedKnowledgeOverHttpTest {

    @TempDir
    static Path dir;

    static TestApp app;

    @BeforeAll
    static void importEverythingAndStart() throws Exception {
        Path knowledge = Files.createDirectories(dir.resolve("knowledge"));
        ImportCli cli = new ImportCli(name -> Optional.empty(), HttpClient.newHttpClient(), wait -> { },
                Clock.systemUTC(), knowledge);
        Path csv = dir.resolve("faq.csv");
        Files.writeString(csv, """
                question,answer,tags
                "How do I download my invoices?
                Where are past invoices?","Open **Billing → Invoices** and choose *Download all* (PDF, zipped).",billing
                """);
        try (ZendeskStandIn zendesk = new ZendeskStandIn()) {
            run(cli, "zendesk", "--subdomain", "acme", "--base-url", zendesk.base().toString(), "--locale", "en-us,ko");
        }
        run(cli, "confluence", Exports.zip("confluence", dir).toString(), "--space", "ACME");
        run(cli, "notion", Exports.zip("notion", dir).toString());
        run(cli, "csv", csv.toString());
        app = TestApp.start(Map.of("KNOWLEDGE_DIR", knowledge.toString(), "KB_MEANING", "off"));
    }

    private static void run(ImportCli cli, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, cli.run(List.of(args), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8)), err.toString(StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "reset my password|How do I reset my password?",
        "환불 언제 받나요|환불은 언제 받을 수 있나요?",
        "customer charged twice|Refund for a duplicate charge",
        "배송 상태 확인|배송 조회",
        "change billing email address|Change the billing e-mail",
        "download past invoices|How do I download my invoices?"})
    void importedArticlesAnswerKb(String query, String title) throws Exception {
        var response = app.slack().command("/kb", query, KbOverHttpTest.AGENT, KbOverHttpTest.CHANNEL);
        assertEquals(200, response.statusCode(), response.body());
        var body = KbOverHttpTest.JSON.readTree(response.body());
        assertEquals(title, KbOverHttpTest.hitTitles(body.path("blocks")).get(0), body.toString());
    }
}
