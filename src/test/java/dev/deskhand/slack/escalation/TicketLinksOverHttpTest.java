package dev.deskhand.slack.escalation;

import dev.deskhand.slack.escalation.actions.ResolveModal;
import dev.deskhand.slack.escalation.card.CardActionIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.deskhand.testing.FakeSlackApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a Zendesk template for ACME-n ids, the ticket is a link in the card, its thread, /escalate list and the digest. */
class TicketLinksOverHttpTest {
    private static final String LINK = "<https://acme.zendesk.com/agent/tickets/1234|ACME-1234>";
    private EscalationTestApp app;

    @BeforeEach
    void start(@TempDir Path dir) throws Exception {
        Path settings = dir.resolve("deskhand.yml");
        Files.writeString(settings, Files.readString(Path.of("deskhand.example.yml")).replace("tickets: []", """
                tickets:
                  - system: zendesk
                    pattern: "ACME-(\\\\d+)"
                    url: "https://acme.zendesk.com/agent/tickets/{id}"
                """));
        app = new EscalationTestApp(settings);
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    @Test
    void acme1234IsALinkInTheCardTheThreadTheListAndTheDigest() throws Exception {
        // GIVEN an escalation about ACME-1234 whose summary names another ticket, with hostile text beside it
        app.slack().command("/escalate", "P2 billing ACME-1234 charged twice, like ACME-77 <!channel>", "U0AGENT",
                "C0SUPPORT");
        app.sendOutbox();

        // THEN the card links both ids and escapes the rest
        FakeSlackApi.Call card = app.slackApi().calls("chat.postMessage").get(0);
        JsonNode blocks = card.jsonParam("blocks");
        assertEquals("charged twice, like <https://acme.zendesk.com/agent/tickets/77|ACME-77> &lt;!channel&gt;",
                blocks.get(1).path("text").path("text").asText());
        assertEquals("\u200B*Ticket*\u200B\n" + LINK, blocks.get(2).path("fields").get(2).path("text").asText());

        // AND a resolution note naming the ticket links it in the thread
        app.slack().interaction(Payloads.cardAction("U0AGENT", app.slackApi().responseUrl("r"), "C0BILLING01", 1,
                CardActionIds.CLAIM, "1", null, null));
        app.slack().interaction(Payloads.submission("U0AGENT", "V0RES1", ResolveModal.CALLBACK_ID, "1",
                Map.of("note", "Refunded ACME-1234", "reason", "option:FIXED")));
        for (int round = 0; round < 6; round++) {
            app.sendOutbox();
        }
        assertTrue(app.slackApi().calls("chat.postMessage").stream().map(c -> c.param("text")).anyMatch(
                (":white_check_mark: <@U0AGENT> resolved ESC-1 (Fixed): Refunded " + LINK)::equals));

        // AND /escalate list and the digest link it (a second, open escalation)
        app.slack().command("/escalate", "P1 billing ACME-1234 checkout down", "U0AGENT", "C0SUPPORT");
        String list = Payloads.JSON.readTree(app.slack().command("/escalate", "list", "U0AGENT", "C0SUPPORT").body())
                .path("text").asText();
        assertTrue(list.contains("— " + LINK + " checkout down"), list);
        app.slackApi().reset();
        app.postDigestNow("C0BILLING01");
        String digest = app.slackApi().await("chat.postMessage", 1).get(0).param("blocks");
        assertTrue(Payloads.JSON.readTree(digest).toString().contains(
                "ESC-2 :rotating_light: P1 · " + LINK + " checkout down"), digest);
    }
}
