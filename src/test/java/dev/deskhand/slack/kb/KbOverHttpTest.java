package dev.deskhand.slack.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deskhand.testing.FakeSlackApi;
import dev.deskhand.testing.SlackMarkers;
import dev.deskhand.testing.TestApp;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The /kb and @-mention flows over signed HTTP against the bundled starter knowledge base. */
class KbOverHttpTest {

    static TestApp app;
    static final ObjectMapper JSON = new ObjectMapper();
    static final String AGENT = "U0AGENT1";
    static final String CHANNEL = "C0SUPPORT";

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

    static JsonNode kb(String text) throws Exception {
        // The answer comes in the acknowledgement itself (no response_url round trip); how fast that is under
        // load is measured in bench/ (the load scenario's p99), never timed in a unit test on a shared machine.
        HttpResponse<String> response = app.slack().command("/kb", text, AGENT, CHANNEL);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = JSON.readTree(response.body());
        assertEquals("ephemeral", body.path("response_type").asText(), body.toString());
        return body;
    }

    /** The article titles of the hits, in order, read from the rendered section blocks. */
    static List<String> hitTitles(JsonNode blocks) {
        List<String> titles = new ArrayList<>();
        for (JsonNode block : blocks) {
            if (block.path("block_id").asText().startsWith("kb_hit_")) {
                String text = block.path("text").path("text").asText();
                String first = text.substring(1, text.indexOf("*  `"));
                titles.add(first.contains("|") ? first.substring(first.indexOf('|') + 1, first.length() - 1) : first);
            }
        }
        return titles;
    }

    static String firstHitArticleId(JsonNode blocks) throws Exception {
        for (JsonNode block : blocks) {
            if (block.path("block_id").asText().equals("kb_actions_0")) {
                for (JsonNode element : block.path("elements")) {
                    if (element.path("action_id").asText().equals("kb_helpful")) {
                        return JSON.readTree(element.path("value").asText()).path("a").asText();
                    }
                }
            }
        }
        throw new AssertionError("no answer buttons in " + blocks);
    }

    @ParameterizedTest(name = "/kb {0} → {1}")
    @CsvSource({
            "refund policy, refund-policy",
            "환불, ko-refund-policy",
            "money back, refund-policy",
            "pasword reset, password-reset",
            "customer was charged twice, double-charge",
            "type:playbook angry customer, angry-customer-de-escalation",
            "lang:ko 비밀번호를 잊어버렸어요, ko-password-reset",
    })
    void slashCommandRanksTheRightStarterArticleFirst(String query, String expectedId) throws Exception {
        JsonNode body = kb(query);
        assertEquals(expectedId, firstHitArticleId(body.path("blocks")), body.toString());
    }

    @Test
    void answerShowsOwnerFreshnessLinkAndButtons() throws Exception {
        JsonNode blocks = kb("refund policy").path("blocks");
        assertEquals("Refund policy", hitTitles(blocks).get(0));
        String section = blocks.get(1).path("text").path("text").asText();
        assertTrue(section.startsWith("*<https://wiki.example.com/support/refund-policy|Refund policy>*  `FAQ`"), section);
        String meta = blocks.get(2).path("elements").get(0).path("text").asText();
        assertTrue(meta.contains("@billing-team") && meta.contains("updated "), meta);
        List<String> actions = new ArrayList<>();
        blocks.get(3).path("elements").forEach(e -> actions.add(e.path("action_id").asText()));
        assertEquals(List.of("kb_share", "kb_helpful", "kb_not_helpful", "kb_escalate"), actions);
    }

    @Test
    void typoGetsDidYouMean() throws Exception {
        String summary = kb("pasword reset").path("blocks").get(0).path("elements").get(0).path("text").asText();
        assertTrue(summary.contains("Did you mean \u200B*password reset*\u200B?"), summary);
    }

    @Test
    void koreanLocaleGetsKoreanChromeWithBoldThatRendersAndEnglishLocaleDoesNot() throws Exception {
        app.slackApi().userLocale("U0KOREAN", "ko-KR");
        app.slackApi().userLocale("U0ENGLISH", "en-US");
        JsonNode korean = JSON.readTree(app.slack().command("/kb", "환불 정책", "U0KOREAN", CHANNEL).body());
        JsonNode blocks = korean.path("blocks");
        assertEquals("ko-refund-policy", firstHitArticleId(blocks));
        // Every button label is Korean (an emoji shortcode aside): nothing English is left on a button.
        List<String> buttons = new ArrayList<>();
        for (JsonNode block : blocks) {
            block.path("elements").forEach(e -> {
                if (e.path("type").asText().equals("button")) {
                    buttons.add(e.path("text").path("text").asText());
                }
            });
        }
        assertEquals(List.of("채널에 공유", ":thumbsup: 도움이 됐어요", ":thumbsdown: 도움이 안 됐어요", "에스컬레이션"),
                buttons.subList(0, 4));
        assertEquals(List.of(), buttons.stream().filter(b -> !b.replaceAll(":[a-z_]+:", "").matches("[\\s가-힣…]+"))
                .toList(), "a button label that is not Korean");
        // The labels around the answer are Korean too: the summary, the type, the owner line and its freshness
        // (ko-refund-policy was updated 2026-10-01, 53 days before the app's clock).
        String summary = blocks.get(0).path("elements").get(0).path("text").asText();
        assertTrue(summary.startsWith("“환불 정책” 검색 결과 · 전체 ") && summary.endsWith("건 중 1–3"), summary);
        assertTrue(blocks.get(1).path("text").path("text").asText().startsWith("*<https://wiki.example.com/support/ko/"
                + "refund-policy|환불 정책>*  `FAQ`"), blocks.get(1).toString());
        assertEquals(":bust_in_silhouette: @billing-team · 53일 전 수정",
                blocks.get(2).path("elements").get(0).path("text").asText());
        StringBuilder shown = new StringBuilder();
        blocks.findParents("type").stream().filter(t -> t.path("type").asText().matches("mrkdwn|plain_text"))
                .forEach(t -> shown.append(t.path("text").asText()).append('\n'));
        assertEquals(List.of(), java.util.stream.Stream.of("Share", "Helpful", "helpful", "Escalate", "updated",
                "Results for", "More results", "Playbook", "owner").filter(shown.toString()::contains).toList());
        // Matched words are bold as Slack reads it: the run renders, and no marker is left against Hangul.
        List<String> bold = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        for (JsonNode block : blocks) {
            for (JsonNode text : block.findParents("type")) {
                if (text.path("type").asText().equals("mrkdwn")) {
                    SlackMarkers.Reading reading = SlackMarkers.read(text.path("text").asText());
                    bold.addAll(reading.inners('*'));
                    reading.raw().stream().filter(SlackMarkers.Raw::besideHangul).forEach(r -> raw.add(r.context()));
                }
            }
        }
        assertTrue(bold.contains("환불"), bold.toString());
        assertEquals(List.of(), raw);

        JsonNode english = JSON.readTree(app.slack().command("/kb", "환불 정책", "U0ENGLISH", CHANNEL).body());
        String englishJson = english.path("blocks").toString();
        assertTrue(englishJson.contains("Share in channel") && englishJson.contains("Results for")
                && englishJson.contains("updated 53 days ago"), englishJson);
        assertFalse(englishJson.contains("채널에 공유") || englishJson.contains("전 수정"), englishJson);
        // Unchanged: the en-US agent sees exactly what anyone sees in an English workspace (AGENT's profile has no
        // locale, so they read the default, English).
        assertEquals(kb("환불 정책"), english);
        // The locale is remembered: the second search by the same person does not ask Slack again.
        app.slack().command("/kb", "환불", "U0KOREAN", CHANNEL);
        assertEquals(1, app.slackApi().calls("users.info").stream()
                .filter(c -> "U0KOREAN".equals(c.param("user"))).count());
    }

    @Test
    void emptyAndHelpShowUsage() throws Exception {
        for (String text : List.of("", "help")) {
            String usage = kb(text).path("text").asText();
            assertTrue(usage.contains("/kb refund policy") && usage.contains("type:playbook"), usage);
        }
    }

    @Test
    void nonsenseGetsAnHonestNoAnswerAndIsLoggedAsAGap() throws Exception {
        JsonNode body = kb("zebra quantum trampoline");
        String head = body.path("blocks").get(0).path("text").path("text").asText();
        assertTrue(head.startsWith(":mag: I don't have a good answer for"), head);
        var rows = app.awaitRows(1, "SELECT * FROM search_log WHERE query = ?", "zebra quantum trampoline");
        assertEquals(false, rows.get(0).get("answered"));
        assertEquals("command", rows.get(0).get("surface"));
        assertEquals(CHANNEL, rows.get(0).get("channel_id"));
        assertEquals(null, rows.get(0).get("user_id"), "user ids are kept only with DESKHAND_LOG_USERS");
    }

    @Test
    void aClosestTitleCanBeOpenedPrivatelyAndMarkedHelpful() throws Exception {
        JsonNode declined = kb("lunch menu for friday").path("blocks");
        assertTrue(declined.get(0).path("text").path("text").asText().startsWith(":mag: I don't have a good answer"));
        String open = buttonValue(declined, "kb_open_closest:0");
        assertEquals("contact-and-support-hours", JSON.readTree(open).path("a").asText());

        assertEquals(200, app.slack().interaction(blockAction("kb_open_closest:0", open, "open-1")).statusCode());
        JsonNode shown = app.slackApi().await("response_url", 1).get(0).json();
        assertEquals(false, shown.path("replace_original").asBoolean(), "the other closest titles stay on screen");
        String warning = shown.path("blocks").get(0).path("elements").get(0).path("text").asText();
        assertTrue(warning.contains("Closest match for “lunch menu for friday”, low confidence"), warning);
        assertEquals(List.of("How to contact support and support hours"), hitTitles(shown.path("blocks")));

        app.slack().interaction(blockAction("kb_helpful", buttonValue(shown.path("blocks"), "kb_helpful"), "open-2"));
        var rows = app.awaitRows(1, "SELECT article_id, helpful, query, below_bar FROM kb_feedback WHERE query = ?",
                "lunch menu for friday");
        assertEquals(Map.of("article_id", "contact-and-support-hours", "helpful", true, "query",
                "lunch menu for friday", "below_bar", true), rows.get(0));
        assertVotedAtTheSearchesConfidence("lunch menu for friday");
    }

    @Test
    void aSearchWithoutAnAnswerCanBeEscalatedAtOnceWithTheQuestionAsTheSummary() throws Exception {
        JsonNode declined = kb("lunch menu for friday").path("blocks");
        JsonNode escalate = declined.get(declined.size() - 1).path("elements").get(0);
        assertEquals("kb_escalate", escalate.path("action_id").asText(), declined.toString());

        assertEquals(200, app.slack().interaction(blockAction("kb_escalate", escalate.path("value").asText(),
                "esc-1")).statusCode());
        JsonNode view = app.slackApi().await("views.open", 1).get(0).jsonParam("view");
        assertEquals(CHANNEL + "\nlunch menu for friday", view.path("private_metadata").asText());
        assertEquals("lunch menu for friday", input(view, "summary").path("initial_value").asText());
        assertTrue(input(view, "article").path("initial_value").isMissingNode(), "no article to name");
        assertTrue(input(view, "team").path("initial_option").isMissingNode(), "no team to guess");
    }

    @Test
    void escalatingFromAnAnswerPrefillsTheQuestionTheArticleTitleAndTheTeamFromItsTags() throws Exception {
        JsonNode blocks = kb("refund policy").path("blocks");
        assertEquals(200, app.slack().interaction(blockAction("kb_escalate", buttonValue(blocks, "kb_escalate"),
                "esc-2")).statusCode());
        JsonNode view = app.slackApi().await("views.open", 1).get(0).jsonParam("view");
        assertEquals("refund policy", input(view, "summary").path("initial_value").asText());
        assertEquals("Refund policy", input(view, "article").path("initial_value").asText());
        assertEquals("billing", input(view, "team").path("initial_option").path("value").asText(), view.toString());
    }

    /** The element of the form's input block {@code blockId}. */
    static JsonNode input(JsonNode view, String blockId) {
        for (JsonNode block : view.path("blocks")) {
            if (block.path("block_id").asText().equals(blockId)) {
                return block.path("element");
            }
        }
        throw new AssertionError("no block " + blockId + " in " + view);
    }

    @Test
    void hostileInputIsAnsweredSafely() throws Exception {
        String hostile = "<!channel> <@U0BOSS> <https://evil.example|click> ((( AND OR \" ~ * ? \\ :) 🎉 "
                + "x".repeat(3000);
        JsonNode body = kb(hostile);
        // Button values are opaque data Slack never renders; everything shown to people is in "text" fields.
        StringBuilder shown = new StringBuilder(body.path("text").asText());
        body.findValues("text").forEach(t -> shown.append(t.isTextual() ? t.asText() : t.path("text").asText()));
        String all = shown.toString();
        assertFalse(all.contains("<!channel>"), all);
        assertFalse(all.contains("<@U0BOSS>"), all);
        assertFalse(all.contains("<https://evil.example"), all);
    }

    @Test
    void searchIsLoggedWithTheTopArticle() throws Exception {
        kb("how do I reset 2fa");
        var rows = app.awaitRows(1, "SELECT * FROM search_log WHERE query = ?", "how do i reset 2fa");
        assertEquals(true, rows.get(0).get("answered"));
        assertEquals("two-factor-authentication", rows.get(0).get("top_article_id"));
    }

    static ObjectNode blockAction(String actionId, String value, String responseId) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", "block_actions");
        payload.putObject("user").put("id", AGENT).put("username", "agent").put("team_id", FakeSlackApi.TEAM_ID);
        payload.putObject("team").put("id", FakeSlackApi.TEAM_ID);
        payload.putObject("channel").put("id", CHANNEL).put("name", "support");
        payload.putObject("container").put("type", "message").put("is_ephemeral", true);
        payload.put("trigger_id", "trigger-action");
        payload.put("response_url", app.slackApi().responseUrl(responseId));
        payload.put("api_app_id", "A0DESKHAND");
        ObjectNode action = payload.putArray("actions").addObject();
        action.put("action_id", actionId).put("block_id", "kb_actions_0").put("type", "button").put("value", value)
                .put("action_ts", "1763857800.1");
        action.putObject("text").put("type", "plain_text").put("text", "x");
        return payload;
    }

    static String buttonValue(JsonNode blocks, String actionId) {
        for (JsonNode block : blocks) {
            for (JsonNode element : block.path("elements")) {
                if (element.path("action_id").asText().equals(actionId)) {
                    return element.path("value").asText();
                }
            }
        }
        throw new AssertionError("no " + actionId + " in " + blocks);
    }

    @Test
    void shareInChannelPostsTheArticlePubliclyWithAttribution() throws Exception {
        String value = buttonValue(kb("refund policy").path("blocks"), "kb_share");
        assertEquals(200, app.slack().interaction(blockAction("kb_share", value, "share-1")).statusCode());
        var post = app.slackApi().await("chat.postMessage", 1).get(0);
        assertEquals(CHANNEL, post.param("channel"));
        JsonNode blocks = post.jsonParam("blocks");
        assertEquals("<@" + AGENT + "> shared an answer from the knowledge base",
                blocks.get(0).path("elements").get(0).path("text").asText());
        assertTrue(blocks.get(1).path("text").path("text").asText().contains("|Refund policy>"), blocks.toString());
        assertFalse(blocks.toString().contains("kb_share"), "a public answer has no share button");
        var reply = app.slackApi().await("response_url", 1).get(0);
        assertEquals(true, reply.json().path("replace_original").asBoolean());
        assertTrue(reply.json().path("text").asText().contains("Shared \u200B*Refund policy*\u200B"), reply.body());
    }

    @Test
    void feedbackClicksAreStoredWithTheReason() throws Exception {
        JsonNode blocks = kb("cancel my subscription").path("blocks");
        String helpful = buttonValue(blocks, "kb_helpful");
        app.slack().interaction(blockAction("kb_helpful", helpful, "fb-1"));
        app.slack().interaction(blockAction("kb_not_helpful", helpful, "fb-2"));
        var ask = app.slackApi().await("response_url", 2);
        JsonNode askWhy = ask.stream().filter(c -> c.body().contains("kb_reason:")).findFirst().orElseThrow().json();
        String reasonValue = buttonValue(askWhy.path("blocks"), "kb_reason:OUTDATED");
        app.slack().interaction(blockAction("kb_reason:OUTDATED", reasonValue, "fb-3"));

        // The reason explains the "Not helpful" vote: two clicks, two votes.
        app.awaitRows(1, "SELECT id FROM kb_feedback WHERE reason = 'OUTDATED'");
        var rows = app.awaitRows(2, "SELECT article_id, helpful, reason, query FROM kb_feedback WHERE below_bar = FALSE"
                + " AND query = 'cancel my subscription' ORDER BY id");
        assertEquals(2, rows.size());
        assertEquals(Map.of("article_id", "cancel-subscription", "helpful", true, "query", "cancel my subscription"),
                without(rows.get(0), "reason"));
        assertEquals(false, rows.get(1).get("helpful"));
        assertEquals("OUTDATED", rows.get(1).get("reason"));
        assertVotedAtTheSearchesConfidence("cancel my subscription");
    }

    /** The top hit's votes carry the confidence its search was logged with, so `kb bar` can weigh the bar. */
    static void assertVotedAtTheSearchesConfidence(String query) throws Exception {
        double searched = ((Number) app.awaitRows(1, "SELECT confidence FROM search_log WHERE query = ?", query)
                .get(0).get("confidence")).doubleValue();
        var votes = app.awaitRows(1, "SELECT confidence FROM kb_feedback WHERE query = ?", query);
        assertTrue(searched > 0, "the search had a confidence");
        votes.forEach(v -> assertEquals(Math.round(searched * 1000) / 1000.0,
                ((Number) v.get("confidence")).doubleValue(), 1e-9, v.toString()));
    }

    static Map<String, Object> without(Map<String, Object> row, String column) {
        var copy = new java.util.LinkedHashMap<>(row);
        assertEquals(null, copy.remove(column));
        return copy;
    }

    @Test
    void moreResultsReplacesTheAnswerWithTheNextPage() throws Exception {
        JsonNode first = kb("refund").path("blocks");
        List<String> page1 = hitTitles(first);
        String more = buttonValue(first, "kb_more");
        app.slack().interaction(blockAction("kb_more", more, "more-1"));
        JsonNode page2 = app.slackApi().await("response_url", 1).get(0).json();
        List<String> titles = hitTitles(page2.path("blocks"));
        assertFalse(titles.isEmpty(), page2.toString());
        titles.forEach(t -> assertFalse(page1.contains(t), t + " was already on page 1"));
        assertTrue(page2.path("blocks").get(0).path("elements").get(0).path("text").asText().contains("4–"));
    }

    static ObjectNode mention(String text, String ts, String threadTs) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "app_mention").put("user", AGENT).put("text", "<@" + FakeSlackApi.BOT_USER_ID + "> " + text)
                .put("ts", ts).put("channel", CHANNEL).put("event_ts", ts);
        if (threadTs != null) {
            event.put("thread_ts", threadTs);
        }
        return event;
    }

    @Test
    void mentionIsAnsweredInTheThreadWithTheRightArticle() throws Exception {
        app.slack().event(mention("a customer was charged twice, what do I do?", "1763857900.000200", null),
                "Ev0MENTION1", null);
        var post = app.slackApi().await("chat.postMessage", 1).get(0);
        assertEquals(CHANNEL, post.param("channel"));
        assertEquals("1763857900.000200", post.param("thread_ts"));
        JsonNode blocks = post.jsonParam("blocks");
        assertEquals("double-charge", firstHitArticleId(blocks));
        assertFalse(blocks.toString().contains("kb_share"), "no ephemeral-only buttons in a thread");
        assertFalse(blocks.toString().contains("kb_more"));
    }

    @Test
    void mentionInsideAThreadAnswersInThatThread() {
        app.slack().event(mention("refund policy", "1763857901.000300", "1763857000.000100"), "Ev0MENTION2", null);
        assertEquals("1763857000.000100", app.slackApi().await("chat.postMessage", 1).get(0).param("thread_ts"));
    }

    @Test
    void directMessageIsAnsweredInItsThread() {
        ObjectNode dm = JSON.createObjectNode();
        dm.put("type", "message").put("channel_type", "im").put("user", AGENT).put("text", "환불 정책")
                .put("ts", "1763857902.000400").put("channel", "D0AGENT1").put("event_ts", "1763857902.000400");
        app.slack().event(dm, "Ev0DM1", null);
        var post = app.slackApi().await("chat.postMessage", 1).get(0);
        assertEquals("D0AGENT1", post.param("channel"));
        assertEquals("1763857902.000400", post.param("thread_ts"));
        assertTrue(post.param("blocks").contains("ko-refund-policy"), post.param("blocks"));
    }

    @Test
    void mentionAnswerSurvivesA429() throws Exception {
        app.slackApi().rateLimitNext("chat.postMessage", 1, 1);
        app.slack().event(mention("password reset", "1763857903.000500", null), "Ev0MENTION429", null);
        var posts = app.slackApi().await("chat.postMessage", 1);
        assertEquals(1, posts.size());
        assertEquals(1, app.slackApi().calls("chat.postMessage:failed").size());
    }
}
