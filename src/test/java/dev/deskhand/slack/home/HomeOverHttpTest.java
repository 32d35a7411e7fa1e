package dev.deskhand.slack.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deskhand.kb.Feedback;
import dev.deskhand.kb.FeedbackReason;
import dev.deskhand.kb.SearchLogEntry;
import dev.deskhand.store.JdbcFeedbackLog;
import dev.deskhand.store.JdbcSearchLog;
import dev.deskhand.testing.Eventually;
import dev.deskhand.testing.FakeSlackApi;
import dev.deskhand.testing.Golden;
import dev.deskhand.testing.TestApp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The App Home over signed HTTP: published on {@code app_home_opened}, its buttons, and republished on a change. */
class HomeOverHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant START = Instant.parse("2026-11-23T09:00:00Z");
    private static final String SUPPORT = "C0SUPPORT";
    private static final String BILLING = "C0BILLING01";
    private final AtomicInteger events = new AtomicInteger();
    private TestApp app;

    @BeforeEach
    void start() throws Exception {
        app = TestApp.start();
        app.clock().set(START);
        FakeSlackApi slack = app.slackApi();
        slack.userLocale("U0AGENT", "en-US");
        slack.userLocale("U0MINJI", "ko-KR");
        slack.memberOf("U0AGENT", SUPPORT, BILLING);
        slack.memberOf("U0MINJI", BILLING);
        // The refund article's owner is "@billing-team": both agents are in that user group.
        slack.userGroup("S0BILLTEAM", "billing-team", List.of("U0AGENT", "U0MINJI"));
    }

    @AfterEach
    void stop() {
        app.close();
    }

    /**
     * ESC-1 (P2 billing) asked by the agent at 09:00, breached at 10:00; ESC-2 (P1 billing) asked by Minji at 10:20
     * and claimed by the agent at 10:25; ESC-3 (P3 technical) asked by Minji. Two gaps on the refund article.
     */
    private void seed() throws Exception {
        escalate("P2 billing ACME-1 Refund stuck for ACME", "U0AGENT");
        app.clock().set(START.plusSeconds(80 * 60));
        escalate("P1 billing ACME-2 Customer charged twice", "U0MINJI");
        app.clock().set(START.plusSeconds(85 * 60));
        assertEquals(200, app.slack().interaction(claim("U0AGENT", 2)).statusCode());
        app.clock().set(START.plusSeconds(86 * 60));
        escalate("P3 technical ACME-3 Login page blank", "U0MINJI");
        Instant yesterday = START.minusSeconds(24 * 3600);
        var searches = new JdbcSearchLog(app.database().dataSource());
        for (int i = 0; i < 2; i++) {
            searches.record(new SearchLogEntry(yesterday, "Refund to a closed card?", "refund to a closed card?", "en",
                    3, 0.4, 0.2, false, Optional.of("refund-policy"), SUPPORT, Optional.empty(), "command"));
        }
        // Older than a week: not shown.
        searches.record(new SearchLogEntry(START.minusSeconds(8 * 24 * 3600), "refund in bitcoin", "refund in bitcoin",
                "en", 3, 0.4, 0.2, false, Optional.of("refund-policy"), SUPPORT, Optional.empty(), "command"));
        new JdbcFeedbackLog(app.database().dataSource()).record(new Feedback(yesterday, "refund-policy", false,
                Optional.of(FeedbackReason.OUTDATED), "refund policy", SUPPORT, Optional.of("U0X"), false,
                OptionalDouble.of(0.9)));
        app.clock().set(START.plusSeconds(90 * 60));
    }

    @Test
    void openingTheHomePublishesMyEscalationsMyTeamsQueueAndMyArticlesGaps() throws Exception {
        seed();

        JsonNode english = openHome("U0AGENT");
        JsonNode korean = openHome("U0MINJI");

        Golden.assertMatches("home/home-en.json", english);
        Golden.assertMatches("home/home-ko.json", korean);
        // Remembered as viewers, with the teams their queue shows.
        assertEquals(List.of(Map.of("user_id", "U0AGENT", "team", "billing"),
                        Map.of("user_id", "U0MINJI", "team", "billing")),
                app.rows("SELECT user_id, team FROM home_viewer_teams ORDER BY user_id"));
    }

    @Test
    void escalatingFromTheHomeButtonOpensTheFormAndSubmittingItCreatesTheEscalation() throws Exception {
        openHome("U0AGENT");

        assertEquals(200, app.slack().interaction(homeButton("U0AGENT", HomeView.ESCALATE)).statusCode());
        JsonNode form = app.slackApi().await("views.open", 1).get(0).jsonParam("view");
        assertEquals("escalation_modal", form.path("callback_id").asText());
        assertEquals("", form.path("private_metadata").asText());
        var submitted = app.slack().interaction(submission("U0AGENT", "V0HOME1", form.path("private_metadata").asText(),
                Map.of("customer", "ACME Corp", "tier", "option:standard", "ticket", "ACME-9", "severity", "option:P2",
                        "team", "option:billing", "summary", "Invoice shows the wrong VAT", "tried", "")));

        assertEquals("", submitted.body());
        assertEquals(List.of(Map.of("id", 1L, "team", "billing", "requester", "U0AGENT", "summary",
                "Invoice shows the wrong VAT")), app.rows("SELECT id, team, requester, summary FROM escalations"));
        // Opened from no channel: the key comes by DM.
        FakeSlackApi.Call confirmation = app.slackApi().await("chat.postMessage", 1).get(0);
        assertEquals("U0AGENT", confirmation.param("channel"));
        assertTrue(confirmation.param("text").contains("ESC-1"), confirmation.param("text"));
    }

    @Test
    void searchingFromTheHomeShowsTheResultsInTheModal() throws Exception {
        assertEquals(200, app.slack().interaction(homeButton("U0AGENT", HomeView.SEARCH)).statusCode());
        JsonNode modal = app.slackApi().await("views.open", 1).get(0).jsonParam("view");
        assertEquals(SearchModal.CALLBACK_ID, modal.path("callback_id").asText());

        ObjectNode payload = base("view_submission", "U0AGENT");
        ObjectNode view = payload.putObject("view").put("id", "V0SEARCH").put("type", "modal")
                .put("callback_id", SearchModal.CALLBACK_ID).put("hash", "h").put("team_id", FakeSlackApi.TEAM_ID);
        view.putObject("state").putObject("values").putObject(SearchModal.QUERY).putObject(SearchModal.VALUE)
                .put("type", "plain_text_input").put("value", "refund policy");
        JsonNode answer = JSON.readTree(app.slack().interaction(payload).body());

        assertEquals("update", answer.path("response_action").asText());
        JsonNode blocks = answer.path("view").path("blocks");
        assertEquals("refund policy", blocks.get(0).path("element").path("initial_value").asText());
        assertEquals("Results for “refund policy”", blocks.get(2).path("elements").get(0).path("text").asText());
        assertTrue(blocks.get(3).path("text").path("text").asText()
                .startsWith("\u200B*<https://wiki.example.com/support/refund-policy|Refund policy>*\u200B"),
                blocks.get(3).toString());
        assertEquals(List.of(Map.of("query", "refund policy", "surface", "home")),
                app.awaitRows(1, "SELECT query, surface FROM search_log"));
    }

    @Test
    void aChangeToMyEscalationRepublishesMyHomeAndNobodyElses() throws Exception {
        escalate("P2 billing ACME-1 Refund stuck for ACME", "U0MINJI");
        app.slackApi().memberOf("U0AGENT");
        JsonNode before = openHome("U0AGENT");
        assertTrue(before.toString().contains("Nothing claimed."), before.toString());

        // WHEN the agent claims Minji's escalation (Minji never opened her home)
        assertEquals(200, app.slack().interaction(claim("U0AGENT", 1)).statusCode());

        // THEN the agent's home is published again, now with the claim; Minji's is not
        List<FakeSlackApi.Call> published = app.slackApi().await("views.publish", 2);
        JsonNode after = published.get(1).jsonParam("view");
        assertEquals("U0AGENT", published.get(1).param("user_id"));
        String claimed = after.path("blocks").get(4).path("text").path("text").asText();
        assertTrue(claimed.contains("ESC-1") && claimed.contains("resolve by"), claimed);
        assertEquals(List.of("U0AGENT", "U0AGENT"), app.slackApi().calls("views.publish").stream()
                .map(c -> c.param("user_id")).toList());
    }

    private JsonNode openHome(String user) {
        int before = app.slackApi().calls("views.publish").size();
        ObjectNode event = JSON.createObjectNode().put("type", "app_home_opened").put("user", user)
                .put("channel", "D0" + user).put("tab", "home").put("event_ts", "1700000000.000100");
        assertEquals(200, app.slack().event(event, "Ev0HOME" + events.incrementAndGet(), null).statusCode());
        // Other viewers' homes may be republished meanwhile (the outbox still delivering the seeded escalations
        // touches their team), so wait for the first publish to this user after the event, not the next publish.
        List<FakeSlackApi.Call> mine = Eventually.await(Duration.ofSeconds(10),
                () -> app.slackApi().calls("views.publish").stream().skip(before)
                        .filter(c -> user.equals(c.param("user_id"))).toList(),
                found -> !found.isEmpty(), "views.publish for " + user);
        return mine.get(0).jsonParam("view");
    }

    private void escalate(String line, String user) {
        assertEquals(200, app.slack().command("/escalate", line, user, SUPPORT).statusCode());
    }

    private static ObjectNode base(String type, String user) {
        ObjectNode payload = JSON.createObjectNode().put("type", type).put("api_app_id", "A0DESKHAND")
                .put("token", "legacy-verification-token").put("trigger_id", "trigger-" + type + "-" + user);
        payload.putObject("team").put("id", FakeSlackApi.TEAM_ID).put("domain", "deskhand-test");
        payload.putObject("user").put("id", user).put("username", "user-" + user).put("team_id", FakeSlackApi.TEAM_ID);
        return payload;
    }

    private ObjectNode homeButton(String user, String actionId) {
        ObjectNode payload = base("block_actions", user);
        payload.putObject("container").put("type", "view").put("view_id", "VHOME1");
        payload.putObject("view").put("id", "VHOME1").put("type", "home").put("callback_id", HomeView.CALLBACK_ID)
                .put("team_id", FakeSlackApi.TEAM_ID);
        payload.putArray("actions").addObject().put("action_id", actionId).put("block_id", "home_actions")
                .put("type", "button").put("action_ts", "1700000001.000100");
        return payload;
    }

    private ObjectNode claim(String user, long number) {
        ObjectNode payload = base("block_actions", user);
        payload.put("response_url", app.slackApi().responseUrl("claim-" + number));
        payload.putObject("channel").put("id", BILLING).put("name", "billing");
        payload.putObject("container").put("type", "message").put("channel_id", BILLING)
                .put("message_ts", "1700000000.000100");
        payload.putObject("message").put("type", "message").put("ts", "1700000000.000100").put("text", "card");
        payload.putArray("actions").addObject().put("action_id", "esc_claim").put("block_id", "escalation:" + number)
                .put("type", "button").put("value", String.valueOf(number)).put("action_ts", "1700000001.000100");
        return payload;
    }

    private static ObjectNode submission(String user, String viewId, String metadata, Map<String, String> values) {
        ObjectNode payload = base("view_submission", user);
        ObjectNode view = payload.putObject("view").put("id", viewId).put("type", "modal")
                .put("callback_id", "escalation_modal").put("private_metadata", metadata).put("hash", "h-" + viewId)
                .put("team_id", FakeSlackApi.TEAM_ID).put("app_id", "A0DESKHAND");
        ObjectNode state = view.putObject("state").putObject("values");
        values.forEach((block, value) -> {
            ObjectNode element = state.putObject(block).putObject("value");
            if (value.startsWith("option:")) {
                element.put("type", "static_select");
                ObjectNode option = element.putObject("selected_option").put("value", value.substring(7));
                option.putObject("text").put("type", "plain_text").put("text", value.substring(7));
            } else {
                element.put("type", "plain_text_input").put("value", value);
            }
        });
        return payload;
    }
}
