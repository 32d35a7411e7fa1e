package dev.deskhand.playground;

import static dev.deskhand.playground.RunningPlayground.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The playground without a browser: what typing and clicking on the page does, read back from its state. */
class PlaygroundServerTest {

    static final String ALEX = "U0ALEX";
    static final String BEA = "U0BEA";
    static final String SUPPORT = "C0SUPPORT";

    static RunningPlayground playground;

    @BeforeAll
    static void start() throws Exception {
        playground = RunningPlayground.start();
    }

    @AfterAll
    static void stop() {
        playground.close();
    }

    static List<JsonNode> messages(JsonNode state, String channel) {
        List<JsonNode> out = new ArrayList<>();
        state.path("messages").forEach(m -> {
            if (m.path("channel").asText().equals(channel)) {
                out.add(m);
            }
        });
        return out;
    }

    static Optional<JsonNode> last(JsonNode state, String channel, java.util.function.Predicate<JsonNode> filter) {
        List<JsonNode> found = messages(state, channel).stream().filter(filter).toList();
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }

    static String allText(JsonNode message) {
        return message.path("text").asText() + " " + message.path("blocks").toString();
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        assertEquals("127.0.0.1", playground.playground().config().bindAddress());
        int port = playground.uri("/").getPort();
        try (Socket loopback = new Socket()) {
            loopback.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
        }
        Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(nic -> !isLoopback(nic))
                .flatMap(nic -> StreamSupport.stream(Collections.list(nic.getInetAddresses()).spliterator(), false))
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
        if (external.isPresent()) {
            try (Socket outside = new Socket()) {
                assertThrows(IOException.class, () -> outside.connect(new InetSocketAddress(external.get(), port), 2000),
                        "the playground answered on " + external.get());
            }
        }
    }

    private static boolean isLoopback(NetworkInterface nic) {
        try {
            return nic.isLoopback() || !nic.isUp();
        } catch (IOException e) {
            return true;
        }
    }

    @Test
    void kbInTheComposerAnswersOnlyTheAskerWithTheRefundPolicyFirst() throws Exception {
        // GIVEN Alex in #support WHEN they type /kb refund policy
        playground.api("send", body("user", ALEX, "channel", SUPPORT, "text", "/kb refund policy"));

        // THEN Deskhand's answer is an ephemeral message for Alex, with "Refund policy" as the first hit
        JsonNode state = playground.state(ALEX);
        JsonNode answer = last(state, SUPPORT, m -> m.path("ephemeral").asBoolean()
                && allText(m).contains("Results for")).orElseThrow(() -> new AssertionError(state.toPrettyString()));
        assertTrue(answer.path("fromBot").asBoolean());
        assertEquals("U0DESKHAND", answer.path("author").asText());
        JsonNode firstHit = StreamSupport.stream(answer.path("blocks").spliterator(), false)
                .filter(b -> b.path("type").asText().equals("section")).findFirst().orElseThrow();
        String titleLine = firstHit.path("text").path("text").asText().split("\n")[0];
        assertTrue(titleLine.matches("\\*(<[^|]+\\|)?Refund policy>?\\*.*"), titleLine);
        // ... and Bea, in the same channel, does not see it
        assertFalse(messages(playground.state(BEA), SUPPORT).stream()
                .anyMatch(m -> m.path("ts").equals(answer.path("ts"))));
    }

    @Test
    void shareInChannelPostsTheArticleForEveryoneAndClosesThePrivateAnswer() throws Exception {
        playground.api("send", body("user", ALEX, "channel", SUPPORT, "text", "/kb refund policy"));
        JsonNode answer = last(playground.state(ALEX), SUPPORT, m -> m.path("ephemeral").asBoolean()
                && allText(m).contains("Results for")).orElseThrow();

        // WHEN Alex clicks "Share in channel" on the first hit
        playground.api("action", body("user", ALEX, "channel", SUPPORT, "ts", answer.path("ts").asText(),
                "blockId", "kb_actions_0", "actionId", "kb_share"));

        // THEN Bea sees the shared article, attributed to Alex, and Alex's private answer says it was shared
        JsonNode beaSees = playground.awaitState(BEA, s -> last(s, SUPPORT, m -> !m.path("ephemeral").asBoolean()
                && allText(m).contains("shared an answer")).isPresent());
        JsonNode shared = last(beaSees, SUPPORT, m -> allText(m).contains("shared an answer")).orElseThrow();
        assertTrue(allText(shared).contains("<@U0ALEX> shared an answer from the knowledge base"), allText(shared));
        assertTrue(allText(shared).contains("Refund policy"), allText(shared));
        JsonNode replaced = playground.awaitState(ALEX, s -> last(s, SUPPORT,
                m -> m.path("ts").asText().equals(answer.path("ts").asText())
                        && allText(m).contains("Shared \u200B*Refund policy*\u200B in the channel")).isPresent());
        assertTrue(last(replaced, SUPPORT, m -> m.path("ts").asText().equals(answer.path("ts").asText()))
                .orElseThrow().path("edited").asBoolean());
    }

    @Test
    void mentionIsAnsweredInItsThread() throws Exception {
        playground.api("send", body("user", BEA, "channel", SUPPORT,
                "text", "@Deskhand customer was charged twice"));

        JsonNode state = playground.awaitState(BEA, s -> last(s, SUPPORT, m -> m.path("fromBot").asBoolean()
                && !m.path("threadTs").isNull() && allText(m).contains("Knowledge base")).isPresent());
        JsonNode question = last(state, SUPPORT, m -> m.path("author").asText().equals(BEA)).orElseThrow();
        assertEquals("<@U0DESKHAND> customer was charged twice", question.path("text").asText());
        JsonNode reply = last(state, SUPPORT, m -> m.path("fromBot").asBoolean() && !m.path("threadTs").isNull())
                .orElseThrow();
        assertEquals(question.path("ts").asText(), reply.path("threadTs").asText());
        assertEquals(1, question.path("replyCount").asInt());
    }

    @Test
    void directMessageIsAnsweredInItsThread() throws Exception {
        playground.api("send", body("user", ALEX, "channel", "D0ALEX", "text", "password reset"));

        JsonNode state = playground.awaitState(ALEX, s -> last(s, "D0ALEX",
                m -> m.path("fromBot").asBoolean()).isPresent());
        JsonNode reply = last(state, "D0ALEX", m -> m.path("fromBot").asBoolean()).orElseThrow();
        JsonNode question = last(state, "D0ALEX", m -> m.path("author").asText().equals(ALEX)).orElseThrow();
        assertEquals(question.path("ts").asText(), reply.path("threadTs").asText());
    }

    @Test
    void movingTheClockMovesTheAppsTimeAndSignedRequestsStillPass() throws Exception {
        try {
            playground.api("clock", RunningPlayground.JSON.createObjectNode().put("advanceSeconds", 4 * 3600));
            JsonNode state = playground.state(ALEX);
            assertEquals(4 * 3600, state.path("offsetSeconds").asLong());

            playground.api("send", body("user", ALEX, "channel", SUPPORT, "text", "/kb refund policy"));
            JsonNode answer = last(playground.state(ALEX), SUPPORT, m -> allText(m).contains("Results for"))
                    .orElseThrow();
            long answeredAt = Long.parseLong(answer.path("ts").asText().split("\\.")[0]);
            long now = java.time.Instant.parse(state.path("now").asText()).getEpochSecond();
            assertTrue(Math.abs(answeredAt - now) < 120, answeredAt + " vs " + now);
        } finally {
            playground.api("clock", RunningPlayground.JSON.createObjectNode().put("reset", true));
        }
        assertEquals(0, playground.state(ALEX).path("offsetSeconds").asLong());
    }

    @Test
    void requestsWithoutThePlaygroundsSignatureAreStillRejected() throws Exception {
        assertEquals(401, playground.post("/slack/events", "application/x-www-form-urlencoded",
                "command=%2Fkb&text=refund").statusCode());
    }

    @Test
    void pageEndpointsRefuseFormPostsFromOtherSites() throws Exception {
        assertEquals(403, playground.post("/playground/api/send", "application/x-www-form-urlencoded",
                "user=U0ALEX&channel=C0SUPPORT&text=hi").statusCode());
    }

    @Test
    void pageIsServedWithAPolicyThatKeepsItOffline() throws Exception {
        var page = playground.get("/playground/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<script src=\"playground.js\""), page.body());
        assertEquals(PageServlet.POLICY, page.headers().firstValue("Content-Security-Policy").orElse(""));
        assertEquals(404, playground.get("/playground/pom.xml").statusCode());
    }

    static com.fasterxml.jackson.databind.node.ObjectNode formValues(String ticket) {
        var values = RunningPlayground.JSON.createObjectNode();
        values.putObject("summary").putObject("value").put("type", "plain_text_input")
                .put("value", "Refund API returns 500 for this customer");
        values.putObject("ticket").putObject("value").put("type", "plain_text_input").put("value", ticket);
        for (String[] select : new String[][] {{"severity", "P3"}, {"team", "billing"}, {"tier", "standard"}}) {
            values.putObject(select[0]).putObject("value").put("type", "static_select")
                    .putObject("selected_option").put("value", select[1]);
        }
        return values;
    }

    @Test
    void escalationFormShowsFieldErrorsThenTheCardReachesTheTeamChannel() throws Exception {
        // GIVEN Alex ran /escalate: the form is open on their screen only
        playground.api("send", body("user", ALEX, "channel", SUPPORT, "text", "/escalate"));
        JsonNode modal = playground.awaitState(ALEX, s -> s.path("modals").size() == 1).path("modals").get(0);
        assertEquals("escalation_modal", modal.path("view").path("callback_id").asText());
        assertEquals(0, playground.state(BEA).path("modals").size());
        String viewId = modal.path("id").asText();

        // WHEN the ticket is not a ticket id THEN Deskhand's error is on that field and the form stays open
        var submit = body("user", ALEX, "viewId", viewId);
        submit.set("values", formValues("see chat"));
        playground.api("submit", submit);
        JsonNode errors = playground.state(ALEX).path("modals").get(0).path("errors");
        assertTrue(errors.path("ticket").asText().startsWith("Use a ticket id like ACME-1234"), errors.toString());

        // WHEN it is fixed THEN the form closes and the card is posted in #billing for everyone
        submit.set("values", formValues("ACME-4321"));
        playground.api("submit", submit);
        assertEquals(0, playground.state(ALEX).path("modals").size());
        JsonNode state = playground.awaitState(BEA, s -> last(s, "C0BILLING01",
                m -> allText(m).contains("Refund API returns 500 for this customer")).isPresent());
        JsonNode card = last(state, "C0BILLING01", m -> allText(m).contains("Refund API returns 500")).orElseThrow();
        assertFalse(card.path("ephemeral").asBoolean());
        assertTrue(allText(card).contains("P3 · Billing"), allText(card));
    }

    @Test
    void digestButtonPostsThisChannelsDigestForEveryone() throws Exception {
        assertTrue(playground.state(ALEX).path("digestAvailable").asBoolean());

        playground.api("digest", body("user", ALEX, "channel", "C0TECHNIC01"));

        JsonNode digest = last(playground.state(BEA), "C0TECHNIC01", m -> allText(m).contains("Queue digest"))
                .orElseThrow(() -> new AssertionError("no digest in #technical"));
        assertFalse(digest.path("ephemeral").asBoolean());
        assertFalse(allText(digest).contains("(preview)"), allText(digest));
    }

    @Test
    void messageShortcutFromTheManifestOpensTheEscalationFormPrefilled() throws Exception {
        JsonNode shortcuts = playground.state(ALEX).path("shortcuts");
        assertEquals("escalate_message", shortcuts.get(0).path("callbackId").asText());
        assertEquals("Escalate this message", shortcuts.get(0).path("name").asText());
        playground.api("send", body("user", BEA, "channel", SUPPORT, "text", "Customer ACME-555 cannot log in"));
        JsonNode message = last(playground.state(BEA), SUPPORT,
                m -> m.path("text").asText().equals("Customer ACME-555 cannot log in")).orElseThrow();

        playground.api("shortcut", body("user", BEA, "channel", SUPPORT, "ts", message.path("ts").asText(),
                "callbackId", "escalate_message"));

        JsonNode modal = playground.awaitState(BEA, s -> s.path("modals").size() == 1).path("modals").get(0);
        assertTrue(modal.path("view").toString().contains("Customer ACME-555 cannot log in"), modal.toString());
        playground.api("close", body("user", BEA, "viewId", modal.path("id").asText()));
        assertEquals(0, playground.state(BEA).path("modals").size());
    }
}
