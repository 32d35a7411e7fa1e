package dev.deskhand.slack.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.deskhand.testing.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A playbook hit names the step that matched; when the article has a {@code url:}, the step links to that section's
 * anchor on the page (GitHub-style slug), and without one it stays plain text. Over signed HTTP, from real files.
 */
class PlaybookAnchorOverHttpTest {

    @TempDir
    static Path dir;

    static TestApp app;

    @BeforeAll
    static void start() throws Exception {
        Path knowledge = Files.createDirectories(dir.resolve("knowledge"));
        String playbook = Files.readString(Path.of("knowledge/playbooks/refund-exceptions.md"));
        assertTrue(playbook.contains("review_by: 2027-04-01\n"), "the starter playbook changed");
        Files.writeString(knowledge.resolve("refund-exceptions.md"), playbook.replace("review_by: 2027-04-01\n",
                "review_by: 2027-04-01\nurl: https://wiki.acme.test/playbooks/refund-exceptions\n"));
        // The same playbook under another id and without a url: its step is named, not linked.
        Files.writeString(knowledge.resolve("refund-exceptions-copy.md"), playbook
                .replace("id: refund-exceptions", "id: refund-exceptions-copy")
                .replace("title: Refund exceptions and goodwill credits", "title: Goodwill credits (offline copy)"));
        // Words only: the test is about the link, not about ranking by meaning (and loads no sentence model).
        app = TestApp.start(Map.of("KNOWLEDGE_DIR", knowledge.toString(), "KB_MEANING", "off"));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    /** The "→ step" lines of the hits, in order. */
    private static List<String> stepLines(JsonNode blocks) {
        List<String> steps = new ArrayList<>();
        for (JsonNode block : blocks) {
            String text = block.path("text").path("text").asText();
            for (String line : text.split("\n")) {
                if (line.startsWith("→ ")) {
                    steps.add(line);
                }
            }
        }
        return steps;
    }

    @Test
    void aPlaybookStepLinksToItsSectionAnchorWhenTheArticleHasAUrl() throws Exception {
        var response = app.slack().command("/kb", "goodwill credit once per customer every 90 days",
                KbOverHttpTest.AGENT, KbOverHttpTest.CHANNEL);

        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = KbOverHttpTest.JSON.readTree(response.body());
        List<String> steps = stepLines(body.path("blocks"));
        assertTrue(steps.contains("→ _<https://wiki.acme.test/playbooks/refund-exceptions"
                + "#step-1--check-what-you-can-already-do|Step 1 — Check what you can already do>_"), body.toString());
        assertTrue(steps.contains("→ _Step 1 — Check what you can already do_"), body.toString());
    }
}
