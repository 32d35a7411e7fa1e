package dev.deskhand.playground.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deskhand.playground.workspace.Channel;
import dev.deskhand.playground.workspace.Directory;
import dev.deskhand.playground.workspace.Message;
import dev.deskhand.playground.workspace.Modal;
import dev.deskhand.playground.workspace.ResponseTarget;
import dev.deskhand.playground.workspace.Workspace;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Web API stand-in and response URLs, called over HTTP as the Slack SDK calls them. */
class SlackStandInTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String TOKEN = "xoxb-playground-test";

    Workspace workspace;
    SlackStandIn standIn;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
        Directory directory = new Directory(Directory.defaultPeople());
        directory.addChannels(List.of(Channel.channel("C0BILLING01", "billing")));
        workspace = new Workspace(directory, clock);
        standIn = SlackStandIn.start(workspace, TOKEN, () -> "http://127.0.0.1:1/playground/", clock);
    }

    @AfterEach
    void stop() throws Exception {
        standIn.close();
    }

    JsonNode callAs(String token, String method, String... params) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            form.put(params[i], params[i + 1]);
        }
        StringJoiner body = new StringJoiner("&");
        form.forEach((k, v) -> body.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(standIn.apiUrl() + method))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return JSON.readTree(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    JsonNode call(String method, String... params) throws Exception {
        return callAs(TOKEN, method, params);
    }

    HttpResponse<String> respond(String id, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(standIn.responseUrlBase() + id))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void postedMessagesAreRecordedPerChannelAndThread() throws Exception {
        JsonNode parent = call("chat.postMessage", "channel", "C0BILLING01", "text", "card");
        JsonNode reply = call("chat.postMessage", "channel", "C0BILLING01", "text", "note",
                "thread_ts", parent.path("ts").asText());

        assertTrue(parent.path("ok").asBoolean(), parent.toString());
        assertEquals("C0BILLING01", parent.path("channel").asText());
        assertTrue(parent.path("ts").asText().startsWith("1795424400."), parent.toString());
        Message stored = workspace.find("C0BILLING01", reply.path("ts").asText()).orElseThrow();
        assertEquals(parent.path("ts").asText(), stored.threadTs());
        assertEquals("thread_not_found", call("chat.postMessage", "channel", "C0BILLING01", "text", "x",
                "thread_ts", "1.000000").path("error").asText());
        assertEquals("channel_not_found", call("chat.postMessage", "channel", "nowhere", "text", "x")
                .path("error").asText());
    }

    @Test
    void theBotTokenIsCheckedLikeSlackChecksIt() throws Exception {
        assertEquals("not_authed", callAs(null, "auth.test").path("error").asText());
        assertEquals("invalid_auth", callAs("xoxb-someone-else", "auth.test").path("error").asText());
        assertEquals("U0DESKHAND", call("auth.test").path("user_id").asText());
    }

    @Test
    void postingToAUserLandsInTheirDirectMessageWithDeskhand() throws Exception {
        JsonNode posted = call("chat.postMessage", "channel", "U0BEA", "text", "hello");

        assertEquals("D0BEA", posted.path("channel").asText());
        assertEquals("D0BEA", call("conversations.open", "users", "U0BEA").path("channel").path("id").asText());
    }

    @Test
    void blocksBeyondSlacksLimitsAreRefusedWithTheReason() throws Exception {
        StringJoiner blocks = new StringJoiner(",", "[", "]");
        for (int i = 0; i < 51; i++) {
            blocks.add("{\"type\":\"divider\"}");
        }
        JsonNode refused = call("chat.postMessage", "channel", "C0SUPPORT", "text", "x", "blocks", blocks.toString());

        assertEquals("invalid_blocks", refused.path("error").asText());
        assertEquals("more than 50 blocks (51)", refused.path("response_metadata").path("messages").get(0).asText());
        JsonNode longButton = call("chat.postMessage", "channel", "C0SUPPORT", "text", "x", "blocks",
                "[{\"type\":\"actions\",\"elements\":[{\"type\":\"button\",\"text\":{\"type\":\"plain_text\",\"text\":\""
                        + "x".repeat(76) + "\"}}]}]");
        assertEquals("block 0 (actions): button text is longer than 75 characters (76)",
                longButton.path("response_metadata").path("messages").get(0).asText());
    }

    @Test
    void blocksWithoutIdsGetThemAsInSlack() throws Exception {
        JsonNode posted = call("chat.postMessage", "channel", "C0SUPPORT", "text", "x", "blocks",
                "[{\"type\":\"actions\",\"elements\":[{\"type\":\"button\",\"text\":{\"type\":\"plain_text\",\"text\":\"Go\"}}]}]");

        JsonNode block = posted.path("message").path("blocks").get(0);
        assertEquals(5, block.path("block_id").asText().length());
        assertEquals(5, block.path("elements").get(0).path("action_id").asText().length());
    }

    @Test
    void responseUrlReplacesAddsAndDeletes() throws Exception {
        Message original = workspace.post("C0SUPPORT", null, Directory.BOT_USER_ID, true, "answer", null, "U0ALEX");
        String id = workspace.newResponseUrl(new ResponseTarget("C0SUPPORT", "U0ALEX", original.ts()));

        assertEquals(200, respond(id, "{\"replace_original\":true,\"text\":\"replaced\"}").statusCode());
        Message replaced = workspace.find("C0SUPPORT", original.ts()).orElseThrow();
        assertEquals("replaced", replaced.text());
        assertTrue(replaced.edited());
        assertEquals("U0ALEX", replaced.visibleTo());

        assertEquals(200, respond(id, "{\"response_type\":\"ephemeral\",\"text\":\"thanks\"}").statusCode());
        Message added = workspace.snapshot("U0ALEX").messages().get(1);
        assertEquals("thanks", added.text());
        assertEquals("U0ALEX", added.visibleTo());
        assertFalse(workspace.snapshot("U0BEA").messages().contains(added));

        assertEquals(200, respond(id, "{\"response_type\":\"in_channel\",\"text\":\"for all\"}").statusCode());
        assertNull(workspace.snapshot("U0BEA").messages().get(0).visibleTo());

        assertEquals(200, respond(id, "{\"delete_original\":true}").statusCode());
        assertTrue(workspace.find("C0SUPPORT", original.ts()).isEmpty());
        assertEquals(400, respond(id, "{\"response_type\":\"ephemeral\"}").statusCode());
        assertEquals(404, respond("unknown", "{\"text\":\"x\"}").statusCode());
    }

    @Test
    void modalsNeedATriggerAndUpdatesCheckTheHash() throws Exception {
        String view = "{\"type\":\"modal\",\"callback_id\":\"form\",\"title\":{\"type\":\"plain_text\",\"text\":\"Form\"},"
                + "\"blocks\":[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"hi\"}}]}";
        assertEquals("invalid_trigger_id", call("views.open", "trigger_id", "made-up", "view", view)
                .path("error").asText());

        JsonNode opened = call("views.open", "trigger_id", workspace.newTrigger("U0ALEX"), "view", view);
        String viewId = opened.path("view").path("id").asText();
        assertEquals(List.of(viewId), workspace.snapshot("U0ALEX").modals().stream().map(Modal::id).toList());
        assertEquals("hash_conflict", call("views.update", "view_id", viewId, "hash", "stale", "view", view)
                .path("error").asText());
        JsonNode updated = call("views.update", "view_id", viewId,
                "hash", opened.path("view").path("hash").asText(), "view", view.replace("\"hi\"", "\"bye\""));
        assertEquals(viewId, updated.path("view").path("id").asText());
        assertEquals("bye", workspace.modal(viewId).orElseThrow().view().path("blocks").get(0)
                .path("text").path("text").asText());
        assertTrue(workspace.snapshot("U0BEA").modals().isEmpty());
    }

    @Test
    void historyListsTheChannelNewestFirstWithoutRepliesOrEphemeralMessages() throws Exception {
        String first = call("chat.postMessage", "channel", "C0BILLING01", "text", "one").path("ts").asText();
        call("chat.postMessage", "channel", "C0BILLING01", "text", "reply", "thread_ts", first);
        call("chat.postEphemeral", "channel", "C0BILLING01", "user", "U0ALEX", "text", "private");
        call("chat.postMessage", "channel", "C0BILLING01", "text", "two");
        call("chat.postMessage", "channel", "C0BILLING01", "text", "three");

        JsonNode page = call("conversations.history", "channel", "C0BILLING01", "limit", "2");
        assertEquals(List.of("three", "two"), texts(page));
        assertTrue(page.path("has_more").asBoolean());
        JsonNode rest = call("conversations.history", "channel", "C0BILLING01", "limit", "2",
                "cursor", page.path("response_metadata").path("next_cursor").asText());
        assertEquals(List.of("one"), texts(rest));
        assertEquals(List.of("three", "two"), texts(call("conversations.history", "channel", "C0BILLING01",
                "oldest", first)));
    }

    static List<String> texts(JsonNode history) {
        List<String> texts = new java.util.ArrayList<>();
        history.path("messages").forEach(m -> texts.add(m.path("text").asText()));
        return texts;
    }
}
