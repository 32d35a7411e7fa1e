package dev.deskhand.slack.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.deskhand.testing.FakeSlackApi;
import dev.deskhand.testing.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Times on cards, in their threads and in digests carry a date and the channel's zone: the team's {@code zone:} in
 * deskhand.yml, else the workspace's ({@code DESKHAND_TIME_ZONE}).
 */
class ChannelTimesTest {
    private static final Instant START = Instant.parse("2026-11-23T09:00:00Z");
    private TestApp app;

    @BeforeEach
    void start(@TempDir Path dir) throws Exception {
        Path settings = dir.resolve("deskhand.yml");
        Files.writeString(settings, Files.readString(Path.of("deskhand.example.yml")).replace(
                "    leads: [\"<!subteam^S0BILLLEAD1>\"]", "    leads: [\"<!subteam^S0BILLLEAD1>\"]\n    zone: Asia/Seoul"));
        app = TestApp.start(Map.of("DESKHAND_CONFIG", settings.toString(), "DESKHAND_TIME_ZONE", "America/New_York"));
        app.clock().set(START);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aTeamWithAZoneReadsItsCardInThatZoneAndOthersInTheWorkspaceZone() throws Exception {
        app.slack().command("/escalate", "P2 billing ACME-1 Refund stuck", "U0AGENT", "C0SUPPORT");
        app.slack().command("/escalate", "P2 technical ACME-2 Login page blank", "U0AGENT", "C0SUPPORT");
        app.runRoutine("escalation-outbox");

        List<FakeSlackApi.Call> cards = app.slackApi().await("chat.postMessage", 2);
        Map<String, JsonNode> byChannel = Map.of(cards.get(0).param("channel"), cards.get(0).jsonParam("blocks"),
                cards.get(1).param("channel"), cards.get(1).jsonParam("blocks"));
        // Billing (zone: Asia/Seoul): created 09:00 UTC, acknowledge within 1h.
        assertEquals(List.of("\u200B*Requested by*\u200B\n<@U0AGENT> Mon 23 Nov 18:00 KST",
                        "\u200B*Acknowledge by*\u200B\nMon 23 Nov 19:00 KST · on track"),
                timeFields(byChannel.get("C0BILLING01")));
        // Technical (no zone): the workspace's America/New_York.
        assertEquals(List.of("\u200B*Requested by*\u200B\n<@U0AGENT> Mon 23 Nov 04:00 EST",
                        "\u200B*Acknowledge by*\u200B\nMon 23 Nov 05:00 EST · on track"),
                timeFields(byChannel.get("C0TECHNIC01")));
    }

    @Test
    void aDigestPreviewWithoutAScheduleIsInTheChannelsZoneWithDatesOnEveryTime() throws Exception {
        app.slack().command("/escalate", "P2 billing ACME-1 Refund stuck", "U0AGENT", "C0SUPPORT");
        app.clock().set(START.plusSeconds(3 * 3600));

        JsonNode preview = Payloads.JSON.readTree(app.slack().command("/digest", "preview", "U0LEAD", "C0BILLING01").body());

        String all = preview.path("blocks").toString();
        assertTrue(all.contains("Asia/Seoul"), all);
        assertTrue(all.contains("Mon 23 Nov 19:00 KST"), "the breached deadline, dated and zoned: " + all);
        assertTrue(!all.matches(".*[^d] \\d\\d:\\d\\d[^ ].*"), "no bare time: " + all);
    }

    /** The card's "Requested by" and deadline fields, the ones holding times. */
    private static List<String> timeFields(JsonNode blocks) {
        for (JsonNode block : blocks) {
            if (block.has("fields")) {
                return List.of(block.path("fields").get(3).path("text").asText(),
                        block.path("fields").get(4).path("text").asText());
            }
        }
        throw new AssertionError("no fields in " + blocks);
    }
}
