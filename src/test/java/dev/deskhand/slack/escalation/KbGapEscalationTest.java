package dev.deskhand.slack.escalation;

import dev.deskhand.slack.escalation.form.EscalationModal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Escalating from a search without a good answer links that miss to the escalation it became. */
class KbGapEscalationTest {
    private EscalationTestApp app;

    @BeforeEach
    void start() throws Exception {
        app = EscalationTestApp.withExampleSettings();
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    @Test
    void aMissEscalatedFromTheNoAnswerReplyIsRecordedAsAGapLinkedToTheEscalation() throws Exception {
        // GIVEN a search without a good answer
        JsonNode declined = Payloads.JSON.readTree(app.slack().command("/kb", "lunch menu for friday", "U0AGENT",
                "C0SUPPORT").body()).path("blocks");
        String value = declined.get(declined.size() - 1).path("elements").get(0).path("value").asText();
        // WHEN the agent escalates from it and submits the form
        app.slack().interaction(Payloads.kbEscalate("U0AGENT", app.slackApi().responseUrl("kb"), "C0SUPPORT", value));
        JsonNode form = app.slackApi().await("views.open", 1).get(0).jsonParam("view");
        var submitted = app.slack().interaction(Payloads.submission("U0AGENT", "V0GAP1", EscalationModal.CALLBACK_ID,
                form.path("private_metadata").asText(), Map.of("customer", "ACME Corp", "tier", "option:standard",
                        "ticket", "ACME-5", "severity", "option:P3", "team", "option:accounts",
                        "summary", "lunch menu for friday", "tried", "Searched the knowledge base")));
        assertEquals("", submitted.body());

        // THEN the miss is linked to ESC-1, and the confirmation still reaches the channel the agent was in
        assertEquals(List.of(Map.of("answered", false, "escalation_id", 1L)),
                app.rows("SELECT answered, escalation_id FROM search_log WHERE query = ?", "lunch menu for friday"));
        assertEquals("C0SUPPORT", app.slackApi().await("chat.postEphemeral", 1).get(0).param("channel"));
    }
}
