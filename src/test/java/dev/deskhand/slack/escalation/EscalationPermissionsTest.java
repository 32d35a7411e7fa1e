package dev.deskhand.slack.escalation;

import dev.deskhand.slack.escalation.actions.ReopenModal;
import dev.deskhand.slack.escalation.actions.ResolveModal;
import dev.deskhand.slack.escalation.card.CardActionIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.deskhand.escalation.Action;
import dev.deskhand.escalation.AuditEvent;
import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.escalation.Status;
import dev.deskhand.testing.FakeSlackApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Safe defaults over signed HTTP: the claimer, the requester and the team's leads may resolve or reassign; everyone
 * else gets an ephemeral refusal naming who may, in their language. Snooze and Reopen confirm to the clicker, and
 * Reopen asks why.
 */
class EscalationPermissionsTest {
    private static final EscalationKey ESC_1 = new EscalationKey(1);
    private static final String WHO = "<@U0ANNA>, <@U0AGENT>, or <!subteam^S0BILLLEAD1>";

    @TempDir
    Path dir;
    private EscalationTestApp app;

    /** The example settings (billing's leads are the group S0BILLLEAD1, whose member is U0LEAD), with extra text. */
    private void start(String from, String to) throws Exception {
        Path settings = dir.resolve("deskhand.yml");
        Files.writeString(settings, Files.readString(Path.of("deskhand.example.yml")).replace(from, to));
        app = new EscalationTestApp(settings);
        app.slackApi().userGroup("S0BILLLEAD1", List.of("U0LEAD"));
        app.slack().command("/escalate", "P2 billing ACME-1234 refund stuck", "U0AGENT", "C0SUPPORT");
        click("U0ANNA", CardActionIds.CLAIM, null);
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    /** Calls of each method before the latest click: the assertions read only what the click caused. */
    private final Map<String, Integer> before = new java.util.HashMap<>();

    private void mark() {
        for (String method : List.of("response_url", "views.open", "chat.postEphemeral", "chat.postMessage")) {
            before.put(method, app.slackApi().calls(method).size());
        }
    }

    /** The calls of {@code method} since the latest click. */
    private List<FakeSlackApi.Call> since(String method) {
        List<FakeSlackApi.Call> all = app.slackApi().calls(method);
        return all.subList(before.getOrDefault(method, 0), all.size());
    }

    private void click(String user, String actionId, String option) {
        // Not reset(): the stand-in would forget the card, and its later updates would fail.
        mark();
        app.slack().interaction(Payloads.cardAction(user, app.slackApi().responseUrl("p-" + user), "C0BILLING01", 1,
                actionId, "1", option, null));
    }

    private List<String> ephemeral() {
        return since("response_url").stream().map(c -> c.json().path("text").asText()).toList();
    }

    private List<Action> timeline() {
        return app.store().timeline(ESC_1).stream().map(AuditEvent::action).toList();
    }

    @Test
    void anAgentOutsideTheTeamIsRefusedEphemerallyWithWhoMayResolveOrReassign() throws Exception {
        start("", "");
        // WHEN an agent who neither claimed nor requested it, and is no billing lead, tries each restricted action
        click("U0OUTSIDE", CardActionIds.RESOLVE, null);
        assertEquals(List.of("Only " + WHO + " may resolve ESC-1."), ephemeral());
        assertEquals(List.<FakeSlackApi.Call>of(), since("views.open"));
        click("U0OUTSIDE", CardActionIds.REASSIGN_TEAM, "technical");
        assertEquals(List.of("Only " + WHO + " may reassign ESC-1."), ephemeral());
        mark();
        app.slack().interaction(Payloads.cardAction("U0OUTSIDE", app.slackApi().responseUrl("u"), "C0BILLING01", 1,
                CardActionIds.REASSIGN_USER, null, null, "U0OUTSIDE"));
        assertEquals(List.of("Only " + WHO + " may reassign ESC-1."), ephemeral());
        var submitted = app.slack().interaction(Payloads.submission("U0OUTSIDE", "V0RES9", ResolveModal.CALLBACK_ID,
                "1", Map.of("note", "done", "reason", "option:FIXED")));
        assertEquals("Only " + WHO + " may resolve ESC-1.",
                Payloads.JSON.readTree(submitted.body()).path("errors").path("note").asText());
        // AND a Korean-speaking agent reads it in Korean
        app.slackApi().userLocale("U0KOREAN", "ko-KR");
        click("U0KOREAN", CardActionIds.RESOLVE, null);
        assertEquals(List.of("ESC-1 건은 <@U0ANNA>, <@U0AGENT> 또는 <!subteam^S0BILLLEAD1>만 해결 처리할 수 있습니다."),
                ephemeral());

        // THEN nothing changed
        assertEquals(List.of(Action.CREATE, Action.CLAIM), timeline());
        // AND a member of the team's lead group may resolve: the form opens
        click("U0LEAD", CardActionIds.RESOLVE, null);
        assertEquals(List.of(), ephemeral());
        assertEquals(1, since("views.open").size());
        // AND the requester may move it
        click("U0AGENT", CardActionIds.REASSIGN_TEAM, "technical");
        assertEquals("technical", app.store().find(ESC_1).orElseThrow().team());
    }

    @Test
    void configuredGroupsMayToo() throws Exception {
        start("  resolve: []", "  resolve: [S0LEADS01]");
        app.slackApi().userGroup("S0LEADS01", List.of("U0DUTY"));

        click("U0OUTSIDE", CardActionIds.RESOLVE, null);
        assertEquals(List.of("Only <@U0ANNA>, <@U0AGENT>, <!subteam^S0BILLLEAD1>, or <!subteam^S0LEADS01> may resolve "
                + "ESC-1."), ephemeral());
        click("U0DUTY", CardActionIds.RESOLVE, null);
        assertEquals(1, since("views.open").size());
    }

    @Test
    void anyoneTrueLiftsTheRestriction() throws Exception {
        start("  resolve: []", "  anyone: true\n  resolve: []");
        click("U0OUTSIDE", CardActionIds.REASSIGN_TEAM, "technical");
        assertEquals(List.of(), ephemeral());
        assertEquals("technical", app.store().find(ESC_1).orElseThrow().team());
    }

    @Test
    void snoozeConfirmsAndReopenAsksWhyThenConfirmsAndNotesTheReason() throws Exception {
        start("", "");
        // Snooze: the clicker hears when reminders resume, in their zone (the stand-in says Asia/Seoul)
        click("U0ANNA", CardActionIds.SNOOZE, "PT4H");
        assertEquals(List.of(":zzz: Reminders for ESC-1 are snoozed until Mon 23 Nov, 22:00 GMT+9."), ephemeral());

        app.slack().interaction(Payloads.submission("U0ANNA", "V0RES1", ResolveModal.CALLBACK_ID, "1",
                Map.of("note", "Refunded", "reason", "option:FIXED")));
        app.sendOutbox();
        // WHEN the requester clicks Reopen THEN a form asks why
        click("U0AGENT", CardActionIds.REOPEN, null);
        JsonNode form = since("views.open").get(0).jsonParam("view");
        assertEquals(ReopenModal.CALLBACK_ID, form.path("callback_id").asText());
        assertEquals("1|C0BILLING01", form.path("private_metadata").asText());
        // WHEN submitted empty THEN the reason is required and nothing changes
        var empty = app.slack().interaction(Payloads.submission("U0AGENT", "V0RE1", ReopenModal.CALLBACK_ID,
                "1|C0BILLING01", Map.of()));
        assertEquals("Say why it is being reopened.",
                Payloads.JSON.readTree(empty.body()).path("errors").path("reason").asText());
        assertEquals(Status.RESOLVED, app.store().find(ESC_1).orElseThrow().status());
        // WHEN submitted with a reason THEN it is open again, the clicker is told, the thread and audit say why
        app.slack().interaction(Payloads.submission("U0AGENT", "V0RE1", ReopenModal.CALLBACK_ID, "1|C0BILLING01",
                Map.of("reason", "Charged <again> today")));
        assertEquals(Status.OPEN, app.store().find(ESC_1).orElseThrow().status());
        FakeSlackApi.Call confirmation = since("chat.postEphemeral").get(0);
        assertEquals(List.of("C0BILLING01", "U0AGENT",
                        ":leftwards_arrow_with_hook: You reopened ESC-1; its SLA clocks start again."),
                List.of(confirmation.param("channel"), confirmation.param("user"), confirmation.param("text")));
        AuditEvent reopened = app.store().timeline(ESC_1).get(app.store().timeline(ESC_1).size() - 1);
        assertEquals(List.of(Action.REOPEN, "Charged <again> today"), List.of(reopened.action(), reopened.note()));
        for (int round = 0; round < 12; round++) {  // one message per escalation per round
            app.sendOutbox();
        }
        assertTrue(since("chat.postMessage").stream().map(c -> c.param("text")).anyMatch(
                ":leftwards_arrow_with_hook: <@U0AGENT> reopened ESC-1: Charged &lt;again&gt; today"::equals),
                app.slackApi().calls("chat.postMessage").toString());
    }
}
