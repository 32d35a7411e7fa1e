package dev.deskhand.slack.kb;

import static dev.deskhand.slack.kb.KbOverHttpTest.JSON;
import static dev.deskhand.slack.kb.KbOverHttpTest.buttonValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deskhand.testing.FakeSlackApi;
import dev.deskhand.testing.TestApp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One "Not helpful" vote, explained with "Other" and a few words, is one vote in the digest, with the words once. */
class FeedbackVotesOverHttpTest {

    static final String AGENT = "U0AGENT1";
    static final String CHANNEL = "C0SUPPORT";
    static final String QUERY = "how do I reset 2fa";

    TestApp app;

    @BeforeEach
    void start() throws Exception {
        app = TestApp.start();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void oneNotHelpfulVoteWithOtherTextCountsOnceAndShowsTheTextOnceInTheDigest() throws Exception {
        // GIVEN an answer, voted "Not helpful", explained with "Other" and a note
        JsonNode answer = JSON.readTree(app.slack().command("/kb", QUERY, AGENT, CHANNEL).body());
        String title = KbOverHttpTest.hitTitles(answer.path("blocks")).get(0);
        String value = buttonValue(answer.path("blocks"), "kb_not_helpful");
        app.slack().interaction(click("kb_not_helpful", value, "vote-1"));
        JsonNode askWhy = app.slackApi().await("response_url", 1).get(0).json();
        String other = buttonValue(askWhy.path("blocks"), "kb_reason:OTHER");
        app.slack().interaction(click("kb_reason:OTHER", other, "vote-2"));
        JsonNode form = app.slackApi().await("views.open", 1).get(0).jsonParam("view");
        assertEquals(FeedbackOtherModal.CALLBACK_ID, form.path("callback_id").asText());
        app.awaitRows(1, "SELECT id FROM kb_feedback WHERE reason = 'OTHER'");
        String note = "The customer has a hardware key, <not> an app";
        assertEquals(200, app.slack().interaction(submission(form.path("private_metadata").asText(), note))
                .statusCode());

        // THEN one row holds the vote, its reason and the note
        var rows = app.awaitRows(1, "SELECT helpful, reason, note FROM kb_feedback WHERE note IS NOT NULL");
        assertEquals(List.of(Map.of("helpful", false, "reason", "OTHER", "note", note)),
                app.rows("SELECT helpful, reason, note FROM kb_feedback"));
        assertEquals(1, rows.size());

        // AND the digest counts it once and quotes the note once, escaped
        app.clock().advance(Duration.ofMinutes(1));
        app.slackApi().reset();
        app.wiring().postDigestNow(CHANNEL);
        JsonNode blocks = app.slackApi().await("chat.postMessage", 1).get(0).jsonParam("blocks");
        StringBuilder shown = new StringBuilder();
        blocks.findValues("text").forEach(t -> shown.append(t.isTextual() ? t.asText() : t.path("text").asText())
                .append('\n'));
        String digest = shown.toString();
        String quoted = "“The customer has a hardware key, &lt;not&gt; an app”";
        assertEquals(1, occurrences(digest, quoted), digest);
        assertEquals(1, occurrences(digest, title + " ×1 " + quoted), digest);
    }

    ObjectNode click(String actionId, String value, String responseId) {
        ObjectNode payload = JSON.createObjectNode().put("type", "block_actions").put("api_app_id", "A0DESKHAND")
                .put("trigger_id", "trigger-" + responseId)
                .put("response_url", app.slackApi().responseUrl(responseId));
        payload.putObject("user").put("id", AGENT).put("username", "agent").put("team_id", FakeSlackApi.TEAM_ID);
        payload.putObject("team").put("id", FakeSlackApi.TEAM_ID);
        payload.putObject("channel").put("id", CHANNEL).put("name", "support");
        payload.putObject("container").put("type", "message").put("is_ephemeral", true);
        payload.putArray("actions").addObject().put("action_id", actionId).put("block_id", "kb_actions_0")
                .put("type", "button").put("value", value).put("action_ts", "1763857800.1")
                .putObject("text").put("type", "plain_text").put("text", "x");
        return payload;
    }

    static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    static ObjectNode submission(String privateMetadata, String note) {
        ObjectNode payload = JSON.createObjectNode().put("type", "view_submission").put("api_app_id", "A0DESKHAND")
                .put("trigger_id", "trigger-submit");
        payload.putObject("team").put("id", FakeSlackApi.TEAM_ID);
        payload.putObject("user").put("id", AGENT).put("username", "agent").put("team_id", FakeSlackApi.TEAM_ID);
        ObjectNode view = payload.putObject("view").put("id", "V0FEEDBACK").put("type", "modal")
                .put("callback_id", FeedbackOtherModal.CALLBACK_ID).put("private_metadata", privateMetadata)
                .put("team_id", FakeSlackApi.TEAM_ID).put("app_id", "A0DESKHAND").put("hash", "h");
        view.putObject("state").putObject("values").putObject(FeedbackOtherModal.BLOCK)
                .putObject(FeedbackOtherModal.ACTION).put("type", "plain_text_input").put("value", note);
        return payload;
    }
}
