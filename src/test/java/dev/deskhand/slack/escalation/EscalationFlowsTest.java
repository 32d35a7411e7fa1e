package dev.deskhand.slack.escalation;

import dev.deskhand.slack.escalation.actions.ResolveModal;
import dev.deskhand.slack.escalation.card.CardActionIds;
import dev.deskhand.slack.escalation.form.EscalationModal;
import dev.deskhand.testing.Golden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.deskhand.escalation.Action;
import dev.deskhand.escalation.AuditEvent;
import dev.deskhand.escalation.CardRef;
import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.escalation.Status;
import dev.deskhand.testing.FakeSlackApi;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Escalations end to end: signed requests in, the fake Web API's recorded calls and the database out. */
class EscalationFlowsTest {
    private static final String SUPPORT = "C0SUPPORT";
    private static final String BILLING = "C0BILLING01";
    private static final EscalationKey ESC_1 = new EscalationKey(1);

    private EscalationTestApp app;

    @BeforeEach
    void start() throws Exception {
        app = EscalationTestApp.withExampleSettings();
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    private FakeSlackApi slack() {
        return app.slackApi();
    }

    private JsonNode json(HttpResponse<String> response) throws Exception {
        return Payloads.JSON.readTree(response.body());
    }

    private HttpResponse<String> escalate(String text, String user) {
        return app.slack().command("/escalate", text, user, SUPPORT);
    }

    private HttpResponse<String> submit(String viewId, Map<String, String> values) {
        return app.slack().interaction(Payloads.submission("U0AGENT", viewId, EscalationModal.CALLBACK_ID, SUPPORT,
                values));
    }

    private static Map<String, String> completeForm() {
        return Map.of("customer", "ACME Corp", "tier", "option:enterprise", "ticket", "ACME-1234",
                "severity", "option:P2", "team", "option:billing", "summary", "Refund stuck since Monday",
                "tried", "Retried the refund");
    }

    private HttpResponse<String> click(String user, String actionId, String value, String option, String selectedUser) {
        return app.slack().interaction(Payloads.cardAction(user, slack().responseUrl("act-" + user), BILLING, 1,
                actionId, value, option, selectedUser));
    }

    private List<String> ephemeralReplies() {
        return slack().calls("response_url").stream().map(call -> call.json().path("text").asText()).toList();
    }

    @Test
    void escalateWithoutTextOpensTheForm() throws Exception {
        HttpResponse<String> response = escalate("", "U0AGENT");

        assertEquals(200, response.statusCode());
        assertEquals("", response.body());
        List<FakeSlackApi.Call> opens = slack().calls("views.open");
        assertEquals(1, opens.size());
        assertTrue(opens.get(0).param("trigger_id").startsWith("trigger-"), opens.get(0).body());
        Golden.assertMatches("golden/escalation/modal-empty.json", opens.get(0).jsonParam("view"));
    }

    @Test
    void oneLineEscalationCreatesEsc1PostsOneCardAndConfirms() throws Exception {
        // WHEN an agent types the one-line form
        HttpResponse<String> response = escalate("P2 billing ACME-1234 refund stuck", "U0AGENT");

        // THEN the requester gets the key ephemerally, told the card is on its way (the outbox posts it later)
        assertEquals("ephemeral", json(response).path("response_type").asText());
        assertEquals(":white_check_mark: Escalated as *ESC-1* (P2) to *Billing*. Its card is on its way to "
                + "<#C0BILLING01>; the conversation will happen in its thread.", json(response).path("text").asText());
        // AND it was stored before anything was posted
        assertEquals(List.of(), slack().calls("chat.postMessage"));
        Escalation stored = app.store().find(ESC_1).orElseThrow();
        assertEquals("refund stuck", stored.summary());
        assertEquals("standard", stored.tier());
        // AND the outbox posts exactly one card to the billing channel, then nothing more
        app.sendOutbox();
        app.sendOutbox();
        List<FakeSlackApi.Call> posts = slack().calls("chat.postMessage");
        assertEquals(1, posts.size());
        assertEquals(BILLING, posts.get(0).param("channel"));
        Golden.assertMatches("golden/escalation/flow-card-posted.json", posts.get(0).jsonParam("blocks"));
        assertEquals(new CardRef(BILLING, "1700000000.000100"), app.store().find(ESC_1).orElseThrow().card());
    }

    @Test
    void incompleteOneLineOpensTheFormWithWhatWasUnderstood() throws Exception {
        escalate("P1 ACME-9 the billing page is blank", "U0AGENT");

        JsonNode view = slack().calls("views.open").get(0).jsonParam("view");
        assertEquals("P1", block(view, "severity").path("element").path("initial_option").path("value").asText());
        assertEquals("ACME-9", block(view, "ticket").path("element").path("initial_value").asText());
        assertEquals("the billing page is blank",
                block(view, "summary").path("element").path("initial_value").asText());
        assertTrue(block(view, "team").path("element").path("initial_option").isMissingNode());
        assertEquals(SUPPORT, view.path("private_metadata").asText());
        assertEquals(0, app.store().listUnresolved().size());
    }

    private static JsonNode block(JsonNode view, String blockId) {
        for (JsonNode block : view.path("blocks")) {
            if (blockId.equals(block.path("block_id").asText())) {
                return block;
            }
        }
        throw new AssertionError("no block " + blockId + " in " + view);
    }

    @Test
    void submittingTheSameFormTwiceCreatesOneEscalationOneCardOneConfirmation() throws Exception {
        // WHEN the form is submitted and Slack delivers the same submission again
        HttpResponse<String> first = submit("V0FORM1", completeForm());
        HttpResponse<String> second = submit("V0FORM1", completeForm());

        // THEN both close the modal, and there is one row, one confirmation and one card
        assertEquals(200, first.statusCode());
        assertEquals("", first.body());
        assertEquals("", second.body());
        assertEquals(1, app.store().listUnresolved().size());
        List<FakeSlackApi.Call> confirmations = slack().await("chat.postEphemeral", 1);
        assertEquals(1, confirmations.size());
        assertEquals(SUPPORT, confirmations.get(0).param("channel"));
        assertEquals("U0AGENT", confirmations.get(0).param("user"));
        assertTrue(confirmations.get(0).param("text").contains("*ESC-1*"), confirmations.get(0).param("text"));
        app.sendOutbox();
        assertEquals(1, slack().calls("chat.postMessage").size());
        Escalation stored = app.store().find(ESC_1).orElseThrow();
        assertEquals("ACME Corp", stored.customer());
        assertEquals("enterprise", stored.tier());
        assertEquals("Retried the refund", stored.tried());
    }

    @Test
    void invalidFormShowsErrorsOnTheFields() throws Exception {
        Map<String, String> values = Map.of("ticket", "see the email thread", "severity", "option:P2",
                "team", "option:billing", "tier", "option:standard");

        HttpResponse<String> response = submit("V0FORM2", values);

        assertEquals(Payloads.JSON.readTree("{\"response_action\":\"errors\",\"errors\":{"
                + "\"ticket\":\"Use a ticket id like ACME-1234, #12345 or a link to the ticket.\","
                + "\"summary\":\"Describe the problem in a sentence or two.\"}}"), json(response));
        assertEquals(0, app.store().listUnresolved().size());
    }

    @Test
    void claimRaceHasOneWinner() throws Exception {
        escalate("P1 billing ACME-1234 checkout down", "U0AGENT");
        CountDownLatch go = new CountDownLatch(1);

        // WHEN two people click "I'll take it" at the same moment
        CompletableFuture<HttpResponse<String>> anna = CompletableFuture.supplyAsync(() -> {
            await(go);
            return click("U0ANNA", CardActionIds.CLAIM, "1", null, null);
        });
        CompletableFuture<HttpResponse<String>> ben = CompletableFuture.supplyAsync(() -> {
            await(go);
            return click("U0BEN", CardActionIds.CLAIM, "1", null, null);
        });
        go.countDown();
        assertEquals(200, anna.get().statusCode());
        assertEquals(200, ben.get().statusCode());

        // THEN exactly one claim is stored and the other person is told who has it
        List<AuditEvent> claims = app.store().timeline(ESC_1).stream()
                .filter(event -> event.action() == Action.CLAIM).toList();
        assertEquals(1, claims.size());
        String winner = claims.get(0).actor();
        assertEquals(List.of("ESC-1 is already claimed by <@" + winner + ">."), ephemeralReplies());
        assertEquals(winner, app.store().find(ESC_1).orElseThrow().assignee());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void resolveAsksForANoteThenUpdatesTheCardInPlaceAndNotesTheThread() throws Exception {
        escalate("P2 billing ACME-1234 refund stuck", "U0AGENT");
        app.sendOutbox();
        click("U0ANNA", CardActionIds.CLAIM, "1", null, null);

        // WHEN Anna clicks Resolve THEN the resolve form opens
        click("U0ANNA", CardActionIds.RESOLVE, "1", null, null);
        JsonNode resolveView = slack().calls("views.open").get(0).jsonParam("view");
        Golden.assertMatches("golden/escalation/modal-resolve.json", resolveView);
        // WHEN she submits it without a note THEN the note field says it is required
        HttpResponse<String> noNote = app.slack().interaction(Payloads.submission("U0ANNA", "V0RES1",
                ResolveModal.CALLBACK_ID, "1", Map.of("reason", "option:FIXED")));
        assertEquals("A resolution note is required.", json(noNote).path("errors").path("note").asText());
        assertEquals(Status.ACKNOWLEDGED, app.store().find(ESC_1).orElseThrow().status());
        // WHEN she submits a note and a reason THEN it is resolved
        HttpResponse<String> done = app.slack().interaction(Payloads.submission("U0ANNA", "V0RES1",
                ResolveModal.CALLBACK_ID, "1", Map.of("note", "Refunded the duplicate", "reason", "option:FIXED")));
        assertEquals("", done.body());
        assertEquals(Status.RESOLVED, app.store().find(ESC_1).orElseThrow().status());

        // THEN the outbox updates the one card (never posts another) and notes both changes in its thread
        app.sendOutbox();
        app.sendOutbox();
        app.sendOutbox();
        app.sendOutbox();
        List<FakeSlackApi.Call> posts = slack().calls("chat.postMessage");
        assertEquals(List.of("card", "thread", "thread"), posts.stream()
                .map(post -> post.param("thread_ts") == null ? "card" : "thread").toList());
        assertEquals(List.of(":raising_hand: <@U0ANNA> claimed ESC-1.",
                ":white_check_mark: <@U0ANNA> resolved ESC-1 (Fixed): Refunded the duplicate"),
                posts.subList(1, 3).stream().map(post -> post.param("text")).toList());
        List<FakeSlackApi.Call> updates = slack().calls("chat.update");
        assertEquals(2, updates.size());
        assertEquals("1700000000.000100", updates.get(1).param("ts"));
        assertTrue(updates.get(1).param("blocks").contains("esc_reopen"), updates.get(1).param("blocks"));
        // AND a late click is refused politely
        click("U0BEN", CardActionIds.CLAIM, "1", null, null);
        assertEquals(List.of("ESC-1 is already resolved."), ephemeralReplies());
    }

    @Test
    void moveToAnotherTeamRetiresTheOldCardAndPostsOneInTheNewChannel() throws Exception {
        escalate("P2 billing ACME-1234 login loops", "U0AGENT");
        app.sendOutbox();

        // The requester may move it (so may its claimer and the team's leads)
        click("U0AGENT", CardActionIds.REASSIGN_TEAM, null, "technical", null);
        app.sendOutbox();
        app.sendOutbox();

        List<FakeSlackApi.Call> posts = slack().calls("chat.postMessage");
        assertEquals(List.of("C0BILLING01", "C0TECHNIC01", "C0TECHNIC01"),
                posts.stream().map(post -> post.param("channel")).toList());
        assertEquals(posts.get(1).param("ts") == null ? "1700000000.000101" : posts.get(1).param("ts"),
                posts.get(2).param("thread_ts"));
        assertEquals(":arrow_right: <@U0AGENT> moved ESC-1 from \u200B*Billing*\u200B to \u200B*Technical support*\u200B.",
                posts.get(2).param("text"));
        FakeSlackApi.Call retired = slack().calls("chat.update").get(0);
        assertEquals(BILLING, retired.param("channel"));
        assertEquals("ESC-1 moved to Technical support", retired.param("text"));
        assertEquals(new CardRef("C0TECHNIC01", "1700000000.000101"), app.store().find(ESC_1).orElseThrow().card());
    }

    @Test
    void severitySnoozeAndReassignToPersonComeFromTheCard() throws Exception {
        escalate("P3 billing ACME-1234 invoice wrong", "U0AGENT");

        click("U0ANNA", CardActionIds.SEVERITY, null, "P1", null);
        click("U0AGENT", CardActionIds.REASSIGN_USER, null, null, "U0BEN");
        click("U0ANNA", CardActionIds.SNOOZE, null, "PT4H", null);

        Escalation stored = app.store().find(ESC_1).orElseThrow();
        assertEquals("P1", stored.severity().name());
        assertEquals("U0BEN", stored.assignee());
        assertEquals(EscalationTestApp.START.plus(Duration.ofHours(4)), stored.snoozedUntil());
        assertEquals(List.of(Action.CREATE, Action.CHANGE_SEVERITY, Action.REASSIGN_PERSON, Action.SNOOZE),
                app.store().timeline(ESC_1).stream().map(AuditEvent::action).toList());
    }

    @Test
    void webApiAnswering429Then500ThenOkStillPostsTheCardExactlyOnce() throws Exception {
        // GIVEN Slack rate-limits the first post (Retry-After 7 s) and fails the second
        slack().rateLimitNext("chat.postMessage", 1, 7);
        slack().failNext("chat.postMessage", 1, 500);
        escalate("P2 billing ACME-1234 refund stuck", "U0AGENT");

        // WHEN the sender runs: now, just before Retry-After, at Retry-After (waiting as told is not a failure, so
        // the 500 is the first failure: back off 1 s), and at the end of the back-off
        app.sendOutbox();
        app.clock().advance(Duration.ofSeconds(6));
        app.sendOutbox();
        assertEquals(List.of("chat.postMessage:failed"), chatMethods());
        app.clock().advance(Duration.ofSeconds(1));
        app.sendOutbox();
        assertEquals(List.of("chat.postMessage:failed", "chat.postMessage:failed"), chatMethods());
        assertEquals(List.of("1"), attempts());
        app.clock().advance(Duration.ofSeconds(1));
        app.sendOutbox();
        app.sendOutbox();

        // THEN there were exactly two failures and one card
        assertEquals(List.of("chat.postMessage:failed", "chat.postMessage:failed", "chat.postMessage"),
                chatMethods());
        assertEquals(0, app.outbox().pendingCount());
    }

    private List<String> attempts() throws Exception {
        return app.rows("SELECT attempts FROM escalation_outbox ORDER BY id");
    }

    private List<String> chatMethods() {
        return slack().methods().stream().filter(method -> method.startsWith("chat.")).toList();
    }

    @Test
    void cardSlackAcceptedButWhoseTsWasNeverStoredIsUpdatedNotPostedAgain() throws Exception {
        // GIVEN an escalation whose card Slack already shows (a process died after chat.postMessage succeeded and
        // before it stored the ts), while the outbox still holds the card
        escalate("P2 billing ACME-1234 refund stuck", "U0AGENT");
        slack().seedHistory(BILLING, "1799999999.000001", "[{\"type\":\"actions\",\"block_id\":\""
                + CardActionIds.blockId(ESC_1) + "\",\"elements\":[]}]");

        // WHEN the outbox is sent
        app.sendOutbox();

        // THEN the shown card is brought up to date and recorded, and no second card appears
        assertEquals(List.of("conversations.history", "chat.update"), slack().methods().stream()
                .filter(m -> m.startsWith("chat.") || m.startsWith("conversations.history")).toList());
        assertEquals("1799999999.000001", slack().calls("chat.update").get(0).param("ts"));
        assertEquals(new CardRef(BILLING, "1799999999.000001"), app.store().find(ESC_1).orElseThrow().card());
        assertEquals(0, app.outbox().pendingCount());
    }

    @Test
    void withoutTheHistoryScopeTheCardIsStillPosted() throws Exception {
        // GIVEN Slack refuses conversations.history (the app was installed without channels:history)
        slack().failNext("conversations.history", 1, 200);
        escalate("P2 billing ACME-1234 refund stuck", "U0AGENT");

        // WHEN the outbox is sent  THEN the card is posted once, as before the lookup existed
        app.sendOutbox();
        assertEquals(1, slack().calls("chat.postMessage").size());
        assertEquals(BILLING, app.store().find(ESC_1).orElseThrow().card().channelId());
    }

    @Test
    void workLeftInTheOutboxIsDeliveredOnceAfterARestartDespiteFailures() throws Exception {
        // This test is about the outbox across a restart, not search: without the sentence model no ONNX Runtime
        // encode thread is alive while the app stops and starts (one once crashed the JVM here).
        app.close();
        app = new EscalationTestApp(java.nio.file.Path.of("deskhand.example.yml"), java.util.Map.of("KB_MEANING", "off"));
        // GIVEN the Web API fails the first 5 calls and two escalations are created
        slack().failNext("chat.postMessage", 5, 503);
        escalate("P2 billing ACME-1 refund stuck", "U0AGENT");
        escalate("P1 billing ACME-2 checkout down", "U0AGENT");
        app.sendOutbox();
        app.clock().advance(Duration.ofSeconds(2));
        app.sendOutbox();

        // WHEN the app is stopped and started again with work still in the outbox
        app.restart();
        for (int i = 0; i < 10; i++) {
            app.clock().advance(Duration.ofSeconds(30));
            app.sendOutbox();
        }

        // THEN every escalation got exactly one card
        List<FakeSlackApi.Call> cards = slack().calls("chat.postMessage");
        assertEquals(2, cards.size());
        assertEquals(5, slack().calls("chat.postMessage:failed").size());
        assertEquals(List.of("ESC-1 P2 for Billing: refund stuck", "ESC-2 P1 for Billing: checkout down"),
                cards.stream().map(card -> card.param("text")).sorted().toList());
        assertEquals(0, app.outbox().pendingCount());
    }

    @Test
    void unclaimedP1GetsWarningThenBreachMentioningLeadsThenRepeatsUntilClaimed() throws Exception {
        escalate("P1 billing ACME-1234 checkout down", "U0AGENT");
        app.sendOutbox();
        String cardTs = app.store().find(ESC_1).orElseThrow().card().ts();

        for (int minute = 1; minute <= 50; minute++) {
            app.clock().advance(Duration.ofMinutes(1));
            app.remind();
            app.sendOutbox();
        }
        click("U0ANNA", CardActionIds.CLAIM, "1", null, null);
        for (int minute = 51; minute <= 90; minute++) {
            app.clock().advance(Duration.ofMinutes(1));
            app.remind();
            app.sendOutbox();
        }

        List<FakeSlackApi.Call> thread = slack().calls("chat.postMessage").stream()
                .filter(post -> post.param("thread_ts") != null).toList();
        assertTrue(thread.stream().allMatch(post -> post.param("thread_ts").equals(cardTs)));
        assertEquals(List.of(
                ":hourglass_flowing_sand: ESC-1 (P1) still needs an owner; acknowledgement is due "
                        + "Mon 23 Nov 09:15 UTC.",
                ":rotating_light: ESC-1 (P1) was not acknowledged within its SLA. <!subteam^S0BILLLEAD1> "
                        + "<!subteam^S0ONCALL01>",
                ":rotating_light: ESC-1 (P1) is still unacknowledged, 30m past its SLA. <!subteam^S0BILLLEAD1> "
                        + "<!subteam^S0ONCALL01>",
                ":raising_hand: <@U0ANNA> claimed ESC-1."),
                thread.stream().map(post -> post.param("text")).toList());
        // Breach alerts are also shown in the channel, not only in the thread.
        assertEquals("1", thread.get(1).param("reply_broadcast"));
    }

    @Test
    void listMineAndShowAnswerEphemerally() throws Exception {
        escalate("P2 billing ACME-1 refund stuck", "U0AGENT");
        app.clock().advance(Duration.ofMinutes(90));
        escalate("P1 technical ACME-2 <!channel> login broken", "U0OTHER");
        click("U0AGENT", CardActionIds.CLAIM, "1", null, null);
        app.clock().advance(Duration.ofMinutes(10));

        assertEquals("Open escalations for billing, technical, accounts (oldest first):\n"
                + "• \u200B*ESC-1*\u200B P2 · billing · 1h 40m old · <@U0AGENT> · SLA on track — ACME-1 refund stuck\n"
                + "• \u200B*ESC-2*\u200B P1 · technical · 10m old · unclaimed · SLA at risk — ACME-2 &lt;!channel&gt; login broken",
                json(escalate("list", "U0AGENT")).path("text").asText());
        assertEquals("Open escalations for billing (oldest first):\n"
                + "• \u200B*ESC-1*\u200B P2 · billing · 1h 40m old · <@U0AGENT> · SLA on track — ACME-1 refund stuck",
                json(app.slack().command("/escalate", "list", "U0AGENT", BILLING)).path("text").asText());
        assertEquals("Your escalations (oldest first):\n"
                + "• \u200B*ESC-2*\u200B P1 · technical · 10m old · unclaimed · SLA at risk — ACME-2 &lt;!channel&gt; login broken",
                json(escalate("mine", "U0OTHER")).path("text").asText());
        assertEquals("\u200B*ESC-1*\u200B P2 · billing · acknowledged\nrefund stuck\n"
                + "Customer: — (standard) · Ticket: ACME-1\nOwner: <@U0AGENT> · SLA: on track\n*Timeline*\n"
                + "• Mon 23 Nov 18:00 KST <@U0AGENT> opened ESC-1.\n"
                + "• Mon 23 Nov 19:30 KST :raising_hand: <@U0AGENT> "
                + "claimed ESC-1.", json(escalate("show ESC-1", "U0AGENT")).path("text").asText());
        assertEquals("There is no escalation ESC-9.", json(escalate("show esc-9", "U0AGENT")).path("text").asText());
        assertTrue(json(escalate("help", "U0AGENT")).path("text").asText().contains("`/escalate mine`"));
    }

    @Test
    void messageShortcutAndKbButtonOpenThePrefilledForm() throws Exception {
        app.slack().interaction(Payloads.messageShortcut("U0AGENT", SUPPORT, "1700000500.000100",
                "Customer says ACME-77 was charged twice"));
        app.slack().interaction(Payloads.kbEscalate("U0AGENT", slack().responseUrl("kb"), SUPPORT,
                "billing/double-charge"));

        List<FakeSlackApi.Call> opens = slack().calls("views.open");
        assertEquals(2, opens.size());
        JsonNode fromMessage = opens.get(0).jsonParam("view");
        assertEquals("Customer says ACME-77 was charged twice\n\n"
                + "From: https://deskhand-test.slack.com/archives/C0SUPPORT/p1700000500000100",
                block(fromMessage, "summary").path("element").path("initial_value").asText());
        assertEquals("ACME-77", block(fromMessage, "ticket").path("element").path("initial_value").asText());
        JsonNode fromKb = opens.get(1).jsonParam("view");
        assertEquals("billing/double-charge", block(fromKb, "article").path("element").path("initial_value").asText());
        assertEquals(SUPPORT, fromKb.path("private_metadata").asText());
    }
}
