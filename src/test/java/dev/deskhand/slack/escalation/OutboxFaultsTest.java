package dev.deskhand.slack.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deskhand.testing.FakeSlackApi;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox against a flaky Web API, through signed requests and the fake Slack's fault injection, on the test
 * clock: the sender runs once per simulated second, as it does in production.
 */
class OutboxFaultsTest {
    private static final String SUPPORT = "C0SUPPORT";
    private static final String POST = "chat.postMessage";
    private static final List<String> TEAMS = List.of("billing", "technical", "accounts");

    private EscalationTestApp app;

    @BeforeEach
    void start() throws Exception {
        app = EscalationTestApp.withExampleSettings();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private FakeSlackApi slack() {
        return app.slackApi();
    }

    private void escalate(int n) {
        String severity = "P" + (1 + n % 4);
        app.slack().command("/escalate", severity + " " + TEAMS.get(n % 3) + " ACME-" + n + " case " + n,
                "U0AGENT", SUPPORT);
    }

    /** One simulated second: the sender runs, then the clock moves on. */
    private void tick() {
        app.sendOutbox();
        app.clock().advance(Duration.ofSeconds(1));
    }

    /** Top-level posts (cards), by text, with how often each was posted. */
    private Map<String, Integer> cards() {
        Map<String, Integer> cards = new TreeMap<>();
        slack().calls(POST).stream().filter(call -> call.param("thread_ts") == null)
                .filter(call -> call.param("channel").startsWith("C"))
                .forEach(call -> cards.merge(call.param("text"), 1, Integer::sum));
        return cards;
    }

    @Test
    void twentyCardsHeldBy429sThen500sAreAllPostedOnceWithinTenSecondsOfRecovery() throws Exception {
        // GIVEN Slack answers 40 × 429 (Retry-After 1 s) and then 40 × 500 to chat.postMessage
        slack().rateLimitNext(POST, 40, 1);
        slack().failNext(POST, 40, 500);
        // WHEN 20 escalations are created over the first 20 seconds while the sender keeps trying
        Instant recovered = null;
        for (int second = 0; second < 300 && cards().size() < 20; second++) {
            if (second < 20) {
                escalate(second);
            }
            tick();
            if (recovered == null && slack().pendingFailures(POST) == 0) {
                recovered = app.clock().instant();
            }
        }

        // THEN each card was posted exactly once, the last within 10 s of Slack answering 200 again
        assertTrue(recovered != null, "the injected failures were never used up");
        Map<String, Integer> cards = cards();
        assertEquals(20, cards.size(), cards.toString());
        assertEquals(List.of(1), cards.values().stream().distinct().toList());
        long secondsToLastCard = Duration.between(recovered, app.clock().instant()).toSeconds();
        System.out.println("[faults] last card " + secondsToLastCard + " s after recovery");
        assertTrue(secondsToLastCard <= 10, "last card " + secondsToLastCard + " s after recovery");
        assertEquals(List.of("0"), app.rows("SELECT COUNT(*) FROM escalation_outbox WHERE sent_at IS NULL"));
    }

    @Test
    void cardsHeldBy429sAnd500sArePostedWithinFifteenSecondsOfARestart() throws Exception {
        // GIVEN 4 × 429 and 3 × 500, and two escalations tried for a few seconds
        slack().rateLimitNext(POST, 4, 1);
        slack().failNext(POST, 3, 500);
        escalate(0);
        escalate(1);
        IntStream.range(0, 5).forEach(i -> tick());

        // WHEN the app restarts
        app.restart();
        Instant restarted = app.clock().instant();
        for (int second = 0; second < 120 && cards().size() < 2; second++) {
            tick();
        }

        // THEN both cards are out within 15 s of the restart, once each
        long seconds = Duration.between(restarted, app.clock().instant()).toSeconds();
        System.out.println("[faults] both cards " + seconds + " s after restart");
        assertEquals(List.of(1, 1), List.copyOf(cards().values()));
        assertTrue(seconds <= 15, "both cards " + seconds + " s after the restart");
    }

    @Test
    void aRateLimitInOneChannelDoesNotHoldBackAnotherChannelsCard() {
        slack().rateLimitNext(POST, 1, 30);
        escalate(0); // billing: takes the 429
        escalate(1); // technical

        tick();

        assertEquals(Map.of("ESC-2 P2 for Technical support: case 1", 1), cards());
    }

    @Test
    void aRateLimitOnTheHistoryLookupIsAWaitNotAFailure() throws Exception {
        slack().rateLimitNext("conversations.history", 1, 3);
        escalate(0);

        tick();
        assertEquals(List.of("0"), app.rows("SELECT attempts FROM escalation_outbox"));
        assertEquals(Map.of(), cards());
        for (int second = 0; second < 3; second++) {
            tick();
        }

        assertEquals(Map.of("ESC-1 P1 for Billing: case 0", 1), cards());
    }

    @Test
    void aRequesterWhoseCardIsStillNotOutAfterThreeMinutesIsToldOnceByDm() {
        // GIVEN Slack fails every post in the billing channel for a good while (DMs go through)
        slack().failNextIn(POST, "C0BILLING01", 35, 503);
        escalate(0);

        // WHEN the sender keeps trying until the card is out
        for (int second = 0; second < 600 && cards().isEmpty(); second++) {
            tick();
        }

        // THEN the requester got exactly one DM, sent after three minutes, and the card was posted once
        List<FakeSlackApi.Call> dms = slack().calls(POST).stream().filter(c -> "U0AGENT".equals(c.param("channel")))
                .toList();
        assertEquals(1, dms.size());
        assertTrue(dms.get(0).param("text").startsWith(":hourglass_flowing_sand: The card of *ESC-1* (P1) is not in "
                + "<#C0BILLING01> yet: Slack has not accepted it for 3 minutes."), dms.get(0).param("text"));
        assertEquals(1, cards().size());
    }
}
