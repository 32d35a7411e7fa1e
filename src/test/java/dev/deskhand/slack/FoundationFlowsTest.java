package dev.deskhand.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deskhand.testing.FakeSlackApi;
import dev.deskhand.testing.TestApp;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FoundationFlowsTest {

    static TestApp app;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void clear() {
        app.slackApi().reset();
    }

    private static ObjectNode mention(String text, String ts) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "app_mention").put("user", "U0AGENT").put("text", "<@" + FakeSlackApi.BOT_USER_ID + "> " + text)
                .put("ts", ts).put("channel", "C0SUPPORT").put("event_ts", ts);
        return event;
    }

    @Test
    void unknownCommandGetsHelpfulEphemeralReply() throws Exception {
        HttpResponse<String> response = app.slack().command("/deskhand-nope", "x", "U0AGENT", "C0SUPPORT");
        assertEquals(200, response.statusCode());
        var body = JSON.readTree(response.body());
        assertEquals("ephemeral", body.path("response_type").asText());
        assertTrue(body.path("text").asText().contains("`/deskhand-nope`"), body.toString());
        assertTrue(body.path("text").asText().contains("/kb"), body.toString());
    }

    @Test
    void retriedEventIsAcknowledgedButHandledOnce() {
        ObjectNode event = mention("refund policy", "1763857800.000100");
        assertEquals(200, app.slack().event(event, "Ev0RETRY1", null).statusCode());
        app.slackApi().await("chat.postMessage", 1);
        assertEquals(200, app.slack().event(event, "Ev0RETRY1", 1).statusCode());
        assertEquals(200, app.slack().event(event, "Ev0RETRY1", 2).statusCode());
        // A different event is still handled, which proves the retries were not merely slow.
        app.slack().event(mention("another", "1763857801.000100"), "Ev0OTHER1", null);
        var posts = app.slackApi().await("chat.postMessage", 2);
        assertEquals(2, posts.size());
        assertEquals("1763857800.000100", posts.get(0).param("thread_ts"));
        assertEquals("1763857801.000100", posts.get(1).param("thread_ts"));
    }

    @Test
    void handledEventIdsAreForgottenAfterADaySoTheTableStaysSmall() throws Exception {
        app.slack().event(mention("old", "1763857810.000100"), "Ev0OLD1", null);
        app.slackApi().await("chat.postMessage", 1);
        app.clock().advance(java.time.Duration.ofHours(25));
        app.slack().event(mention("new", "1763857811.000100"), "Ev0NEW1", null);
        app.slackApi().await("chat.postMessage", 2);
        app.runRoutine("event-receipt-cleanup");
        var left = app.rows("SELECT event_id FROM event_receipt WHERE event_id IN ('Ev0OLD1', 'Ev0NEW1')");
        assertEquals(java.util.List.of(java.util.Map.of("event_id", "Ev0NEW1")), left);
    }

    @Test
    void eventsFromOurOwnBotAreIgnored() {
        ObjectNode event = mention("loop?", "1763857802.000100");
        event.put("user", FakeSlackApi.BOT_USER_ID).put("bot_id", FakeSlackApi.BOT_ID);
        assertEquals(200, app.slack().event(event, "Ev0SELF1", null).statusCode());
        app.slack().event(mention("real", "1763857803.000100"), "Ev0REAL1", null);
        var posts = app.slackApi().await("chat.postMessage", 1);
        assertEquals(1, posts.size());
        assertEquals("1763857803.000100", posts.get(0).param("thread_ts"));
    }

    @Test
    void healthAndReadinessAnswer200() throws Exception {
        assertEquals(200, app.get("/healthz").statusCode());
        HttpResponse<String> ready = app.get("/readyz");
        assertEquals(200, ready.statusCode(), ready.body());
        assertEquals("ok", JSON.readTree(ready.body()).path("checks").path("database").asText());
    }
}
