package dev.deskhand.slack.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deskhand.escalation.Action;
import dev.deskhand.escalation.AuditEvent;
import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.testing.FakeSlackApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With resolve and reassign limited to a user group, everyone else gets an ephemeral refusal, never silence. */
class EscalationPermissionsTest {
    private EscalationTestApp app;

    @BeforeEach
    void start(@TempDir Path dir) throws Exception {
        Path settings = dir.resolve("deskhand.yml");
        Files.writeString(settings, Files.readString(Path.of("deskhand.example.yml"))
                .replace("  resolve: []", "  resolve: [S0LEADS01]").replace("  reassign: []", "  reassign: [S0LEADS01]"));
        app = new EscalationTestApp(settings);
        app.slack().command("/escalate", "P2 billing ACME-1234 refund stuck", "U0AGENT", "C0SUPPORT");
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    private void click(String actionId, String option) {
        app.slack().interaction(Payloads.cardAction("U0AGENT", app.slackApi().responseUrl("p"), "C0BILLING01", 1,
                actionId, "1", option, null));
    }

    @Test
    void resolveAndReassignAreRefusedEphemerallyToNonMembers() throws Exception {
        // WHEN someone outside S0LEADS01 clicks Resolve and moves the escalation to another team
        click(CardActionIds.RESOLVE, null);
        click(CardActionIds.REASSIGN_TEAM, "technical");
        // AND submits a resolve form they got hold of anyway
        var submitted = app.slack().interaction(Payloads.submission("U0AGENT", "V0RES9", ResolveModal.CALLBACK_ID,
                "1", Map.of("note", "done", "reason", "option:FIXED")));

        // THEN each attempt is refused with who may, no form opens and nothing changes
        assertEquals(List.of("Only members of <!subteam^S0LEADS01> can resolve escalations.",
                "Only members of <!subteam^S0LEADS01> can reassign escalations."),
                app.slackApi().calls("response_url").stream().map(c -> c.json().path("text").asText()).toList());
        assertEquals("Only members of <!subteam^S0LEADS01> can resolve escalations.",
                Payloads.JSON.readTree(submitted.body()).path("errors").path("note").asText());
        assertEquals(List.<FakeSlackApi.Call>of(), app.slackApi().calls("views.open"));
        assertEquals(List.of(Action.CREATE), app.store().timeline(new EscalationKey(1)).stream()
                .map(AuditEvent::action).toList());
        // AND claiming stays open to everyone
        click(CardActionIds.CLAIM, null);
        assertEquals("U0AGENT", app.store().find(new EscalationKey(1)).orElseThrow().assignee());
    }
}
