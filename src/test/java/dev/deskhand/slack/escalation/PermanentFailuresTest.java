package dev.deskhand.slack.escalation;

import dev.deskhand.slack.escalation.card.CardActionIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deskhand.escalation.CardRef;
import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.testing.FakeSlackApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Slack errors that waiting cannot fix: the outbox stops, records why, and someone who can fix it hears. */
class PermanentFailuresTest {
    private static final String SUPPORT = "C0SUPPORT";
    private static final String BILLING = "C0BILLING01";
    private static final String FALLBACK = "C0FALLBACK1";
    private static final String POST = "chat.postMessage";
    private static final EscalationKey ESC_1 = new EscalationKey(1);

    private EscalationTestApp app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private FakeSlackApi slack() {
        return app.slackApi();
    }

    private void ticks(int seconds) {
        for (int i = 0; i < seconds; i++) {
            app.sendOutbox();
            app.clock().advance(Duration.ofSeconds(1));
        }
    }

    private List<FakeSlackApi.Call> postsIn(String channel) {
        return slack().calls(POST).stream().filter(call -> channel.equals(call.param("channel"))).toList();
    }

    private void claim() {
        app.slack().interaction(Payloads.cardAction("U0ANNA", slack().responseUrl("act"), BILLING, 1,
                CardActionIds.CLAIM, "1", null, null));
    }

    @Test
    void aCardWhoseChannelIsGoneIsGivenUpShownCountedAndTheRequesterToldWhatToFix() throws Exception {
        app = EscalationTestApp.withExampleSettings();
        slack().errorNext(POST, BILLING, 1, "channel_not_found");
        app.slack().command("/escalate", "P1 billing ACME-1 checkout down", "U0AGENT", SUPPORT);

        ticks(30);

        // THEN one try, no retries; the row says why
        assertEquals(1, slack().calls(POST + ":failed").size());
        assertEquals(List.of(), postsIn(BILLING));
        assertEquals(List.of("channel_not_found 0 null"),
                app.rows("SELECT failure, attempts, sent_at FROM escalation_outbox"));
        // AND the requester is told by DM what to fix
        List<FakeSlackApi.Call> dms = postsIn("U0AGENT");
        assertEquals(1, dms.size());
        assertEquals(":warning: The card of *ESC-1* cannot be posted in <#C0BILLING01>: Slack answers "
                + "`channel_not_found`, so it will not be retried. Invite Deskhand to the team channel (or unarchive "
                + "it), or ask an admin to fix the channel id in deskhand.yml or set fallback_channel, then escalate "
                + "again.", dms.get(0).param("text"));
        // AND /escalate show says it was not delivered (the time in the reader's zone, Asia/Seoul in the fake)
        String shown = Payloads.JSON.readTree(app.slack().command("/escalate", "show ESC-1", "U0AGENT", SUPPORT)
                .body()).path("text").asText();
        assertTrue(shown.contains("\n:warning: Not delivered: the card (Slack said `channel_not_found`, Nov 23 18:00)."
                + " Invite Deskhand"), shown);
        // AND the metric counts it under its error
        assertEquals(List.of("deskhand_outbox_permanent_failures_total{app=\"deskhand\",error=\"channel_not_found\"} 1.0"),
                app.get("/metrics").lines().filter(line -> line.startsWith("deskhand_outbox_permanent")).toList());
    }

    @Test
    void aCardWhoseChannelIsArchivedGoesToTheFallbackChannelAndIsUpdatedThere(@TempDir Path dir) throws Exception {
        Path settings = dir.resolve("deskhand.yml");
        Files.writeString(settings, Files.readString(Path.of("deskhand.example.yml"))
                + "\nfallback_channel: " + FALLBACK + "\n");
        app = new EscalationTestApp(settings);
        slack().errorNext(POST, BILLING, 1, "is_archived");
        app.slack().command("/escalate", "P1 billing ACME-1 checkout down", "U0AGENT", SUPPORT);

        ticks(2);
        claim();
        ticks(2);

        assertEquals(1, postsIn(FALLBACK).stream().filter(c -> c.param("thread_ts") == null).count());
        CardRef card = app.store().find(ESC_1).orElseThrow().card();
        assertEquals(FALLBACK, card.channelId());
        assertEquals(List.of(FALLBACK), slack().calls("chat.update").stream().map(c -> c.param("channel")).toList());
        assertEquals(List.of(card.ts()), postsIn(FALLBACK).stream().filter(c -> c.param("thread_ts") != null)
                .map(c -> c.param("thread_ts")).toList());
        assertEquals(List.of(), postsIn(BILLING));
        assertEquals(List.of("0"), app.rows("SELECT COUNT(*) FROM escalation_outbox WHERE sent_at IS NULL"));
    }

    @Test
    void aNoteWhoseThreadIsGoneIsPostedAtTheChannelTopLevelOnce() throws Exception {
        app = EscalationTestApp.withExampleSettings();
        app.slack().command("/escalate", "P1 billing ACME-1 checkout down", "U0AGENT", SUPPORT);
        ticks(1);
        slack().errorNext(POST, BILLING, 1, "thread_not_found");

        claim();
        ticks(10);

        List<FakeSlackApi.Call> posts = postsIn(BILLING);
        assertEquals(2, posts.size(), posts.toString());
        assertEquals(null, posts.get(1).param("thread_ts"));
        assertTrue(posts.get(1).param("text").contains("claimed ESC-1"), posts.get(1).param("text"));
        assertEquals(1, slack().calls(POST + ":failed").size());
        assertEquals(List.of("0"), app.rows("SELECT COUNT(*) FROM escalation_outbox WHERE sent_at IS NULL"));
    }
}
