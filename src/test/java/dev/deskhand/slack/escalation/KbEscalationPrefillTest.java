package dev.deskhand.slack.escalation;

import dev.deskhand.slack.escalation.form.EscalationModal;
import dev.deskhand.slack.escalation.form.KbEscalateAction;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Escalating from a /kb answer: what the form opens with, and the article as the card shows it. */
class KbEscalationPrefillTest {
    private static final String LINK = "<https://wiki.example.com/support/refund-policy|Refund policy>";
    private EscalationTestApp app;

    @BeforeEach
    void start() throws Exception {
        app = EscalationTestApp.withExampleSettings();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void anAnswerPrefillsTheQuestionTheLinkedTitleAndTheTeamAndTheCardLinksTheArticle() throws Exception {
        // GIVEN an answer to "refund policy" (the Refund policy article, owner @billing-team, tags billing, refunds)
        JsonNode answer = Payloads.JSON.readTree(app.slack().command("/kb", "refund policy", "U0AGENT", "C0SUPPORT")
                .body()).path("blocks");

        // WHEN the agent presses Escalate under it
        app.slack().interaction(Payloads.kbEscalate("U0AGENT", app.slackApi().responseUrl("kb"), "C0SUPPORT",
                escalateValue(answer)));
        JsonNode form = app.slackApi().await("views.open", 1).get(0).jsonParam("view");

        // THEN the question is the summary, the title (not the id) the article with its link under it, billing the team
        assertEquals("refund policy", element(form, "summary").path("initial_value").asText());
        assertEquals("Refund policy", element(form, "article").path("initial_value").asText());
        assertEquals("From the knowledge base: " + LINK, after(form, "article").path("elements").get(0)
                .path("text").asText());
        assertEquals("billing", element(form, "team").path("initial_option").path("value").asText());
        // An answer is no gap: only the channel rides along.
        assertEquals("C0SUPPORT", form.path("private_metadata").asText());

        // WHEN the form is submitted as prefilled THEN the card names the article by its title, linked
        app.slack().interaction(Payloads.submission("U0AGENT", "V0KB1", EscalationModal.CALLBACK_ID,
                form.path("private_metadata").asText(), Map.of("customer", "ACME Corp", "tier", "option:standard",
                        "ticket", "ACME-5", "severity", "option:P3", "team", "option:billing",
                        "summary", "refund policy", "article", "Refund policy")));
        app.sendOutbox();
        JsonNode card = app.slackApi().await("chat.postMessage", 1).get(0).jsonParam("blocks");
        List<String> contexts = new java.util.ArrayList<>();
        card.forEach(block -> {
            if (block.path("type").asText().equals("context")) {
                contexts.add(block.path("elements").get(0).path("text").asText());
            }
        });
        assertEquals(List.of("Related article: " + LINK), contexts.stream()
                .filter(text -> text.startsWith("Related article")).toList());
        // The search log is written in batches off the request thread: the row comes, a moment later.
        assertEquals(List.of(Map.of("answered", true)), app.awaitRows(1,
                "SELECT answered FROM search_log WHERE escalation_id IS NULL AND query = ?", "refund policy"));
    }

    private static String escalateValue(JsonNode blocks) {
        for (JsonNode block : blocks) {
            for (JsonNode element : block.path("elements")) {
                if (KbEscalateAction.ACTION_ID.equals(element.path("action_id").asText())) {
                    return element.path("value").asText();
                }
            }
        }
        throw new AssertionError("no Escalate button in " + blocks);
    }

    private static JsonNode element(JsonNode view, String blockId) {
        for (JsonNode block : view.path("blocks")) {
            if (block.path("block_id").asText().equals(blockId)) {
                return block.path("element");
            }
        }
        throw new AssertionError("no block " + blockId + " in " + view);
    }

    /** The block right after {@code blockId}. */
    private static JsonNode after(JsonNode view, String blockId) {
        JsonNode blocks = view.path("blocks");
        for (int i = 0; i < blocks.size() - 1; i++) {
            if (blocks.get(i).path("block_id").asText().equals(blockId)) {
                return blocks.get(i + 1);
            }
        }
        throw new AssertionError("nothing after " + blockId + " in " + view);
    }
}
