package dev.deskhand.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deskhand.digest.schedule.CatchUpPolicy;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.deskhand.digest.DigestBuilder;
import dev.deskhand.digest.posting.DigestPublisher;
import dev.deskhand.digest.schedule.DigestSchedule;
import dev.deskhand.digest.posting.DigestScheduler;
import dev.deskhand.digest.schedule.ScheduleBook;
import dev.deskhand.digest.schedule.Subscription;
import dev.deskhand.store.DigestTestDatabase.Kind;
import dev.deskhand.store.RecordingDigestPublisher.Message;
import dev.deskhand.slack.digest.SlackDigestPublisher;
import dev.deskhand.testing.FakeSlackApi;
import dev.deskhand.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DigestSchedulerJdbcTest {

    private static final Instant NINE = Instant.parse("2025-06-10T09:00:00Z");
    private static final DigestSchedule DAILY = DigestSchedule.everything("CLEADS", "0 9 * * *", "UTC");

    private final MutableClock clock = new MutableClock(NINE.plusSeconds(5));
    private final RecordingDigestPublisher slack = new RecordingDigestPublisher(clock);

    @ParameterizedTest
    @EnumSource(Kind.class)
    void twoReplicasPostExactlyOneDigestPerSlotOverSixtySlots(Kind kind) throws Exception {
        try (DigestTestDatabase db = DigestTestDatabase.create(kind)) {
            // GIVEN two replicas, each with its own pool, and a digest every minute
            DigestSchedule everyMinute = DigestSchedule.everything("CLEADS", "* * * * *", "UTC");
            List<DigestScheduler> replicas = List.of(
                    scheduler(db.open(), "replica-a", List.of(everyMinute)),
                    scheduler(db.open(), "replica-b", List.of(everyMinute)));
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                // WHEN both run at the same moment in each of 60 minutes
                for (int minute = 0; minute < 60; minute++) {
                    CountDownLatch start = new CountDownLatch(1);
                    List<Future<Object>> runs = replicas.stream().map(r -> threads.submit(() -> {
                        start.await();
                        r.runOnce();
                        return null;
                    })).toList();
                    start.countDown();
                    for (Future<Object> run : runs) {
                        run.get();
                    }
                    clock.advance(Duration.ofMinutes(1));
                }
            } finally {
                threads.shutdownNow();
            }

            // THEN each minute got exactly one digest, on time, and each is recorded as posted
            List<Instant> expected = IntStream.range(0, 60).mapToObj(m -> NINE.plus(Duration.ofMinutes(m))).toList();
            assertEquals(expected, slack.posts.stream().map(Message::slotAt).sorted().toList());
            assertEquals(0, slack.posts.stream().filter(Message::late).count());
            assertEquals(List.of("POSTED=60"), JdbcDigestSlotsTest.query(db.dataSource(),
                    "SELECT status || '=' || COUNT(*) FROM digest_slot GROUP BY status"));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void crashBetweenPostAndRecordLeadsToAnUpdateNotASecondPost(Kind kind) throws Exception {
        try (DigestTestDatabase db = DigestTestDatabase.create(kind)) {
            DigestScheduler a = scheduler(db.open(), "replica-a", List.of(DAILY));
            DigestScheduler b = scheduler(db.open(), "replica-b", List.of(DAILY));
            // GIVEN replica A posts the 09:00 digest and dies before recording it
            slack.dieAfterNextPost.set(true);
            a.runOnce();
            b.runOnce();

            // WHEN the claim lease runs out and B runs again (twice)
            clock.advance(DigestScheduler.DEFAULT_CLAIM_LEASE.plusSeconds(30));
            b.runOnce();
            b.runOnce();
            a.runOnce();

            // THEN the one message was updated and recorded; nothing was posted twice
            assertEquals(1, slack.posts.size());
            assertEquals(List.of(slack.posts.get(0).ts()), slack.updates);
            assertEquals(List.of("POSTED|" + slack.posts.get(0).ts() + "|replica-b"),
                    JdbcDigestSlotsTest.query(db.dataSource(),
                            "SELECT status || '|' || message_ts || '|' || claimed_by FROM digest_slot"));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void failureBeforePostingIsPostedOnceAfterTheLease(Kind kind) throws Exception {
        try (DigestTestDatabase db = DigestTestDatabase.create(kind)) {
            DigestScheduler a = scheduler(db.dataSource(), "replica-a", List.of(DAILY));
            slack.failNextPost.set(true);
            a.runOnce();

            clock.advance(DigestScheduler.DEFAULT_CLAIM_LEASE.plusSeconds(30));
            a.runOnce();
            a.runOnce();

            assertEquals(List.of(NINE), slack.posts.stream().map(Message::slotAt).toList());
            assertEquals(List.of(), slack.updates);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aKilledReplicasSlotIsPostedByAnotherWithin90SecondsOnceMarkedLate(Kind kind) throws Exception {
        try (DigestTestDatabase db = DigestTestDatabase.create(kind)) {
            DigestScheduler a = scheduler(db.open(), "replica-a", List.of(DAILY));
            DigestScheduler b = scheduler(db.open(), "replica-b", List.of(DAILY));
            // GIVEN replica A claims the 09:00 slot and is killed before it posts
            slack.failNextPost.set(true);
            a.runOnce();
            Instant killed = clock.instant();

            // WHEN replica B keeps running on its interval
            while (slack.posts.isEmpty() && Duration.between(killed, clock.instant()).toSeconds() < 600) {
                clock.advance(DigestScheduler.INTERVAL);
                b.runOnce();
            }

            // THEN B posted it once, within 90 s, marked late (due 09:00)
            long seconds = Duration.between(killed, slack.posts.get(0).postedAt()).toSeconds();
            System.out.println("[faults] digest taken over " + seconds + " s after the kill");
            assertEquals(true, seconds <= 90, seconds + " s");
            assertEquals(List.of(new Message("CLEADS", NINE, slack.posts.get(0).ts(), true, clock.instant())),
                    slack.posts);
            clock.advance(DigestScheduler.INTERVAL);
            b.runOnce();
            a.runOnce();
            assertEquals(1, slack.posts.size());
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aSlotOlderThanTheNextPostedOneIsFoldedNotPostedOutOfOrder(Kind kind) throws Exception {
        try (DigestTestDatabase db = DigestTestDatabase.create(kind)) {
            DigestSchedule everyMinute = DigestSchedule.everything("CLEADS", "* * * * *", "UTC");
            DigestScheduler a = scheduler(db.open(), "replica-a", List.of(everyMinute));
            DigestScheduler b = scheduler(db.open(), "replica-b", List.of(everyMinute));
            // GIVEN replica A claims 09:00 and is killed before posting
            slack.failNextPost.set(true);
            a.runOnce();

            // WHEN B posts 09:01 before A's lease runs out, and then finds A's stale claim
            for (int i = 0; i < 8; i++) {
                clock.advance(DigestScheduler.INTERVAL);
                b.runOnce();
            }

            // THEN 09:00 was folded (settled, never posted) and the digests went out in order
            assertEquals(List.of(NINE.plusSeconds(60), NINE.plusSeconds(120)),
                    slack.posts.stream().map(Message::slotAt).toList());
            assertEquals(List.of("SKIPPED"), JdbcDigestSlotsTest.query(db.dataSource(),
                    "SELECT status FROM digest_slot WHERE slot_at = TIMESTAMP WITH TIME ZONE '2025-06-10 09:00:00+00'"));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void slotMissedWithinGraceIsPostedLateOnce(Kind kind) throws Exception {
        try (DigestTestDatabase db = DigestTestDatabase.create(kind)) {
            // GIVEN yesterday's digest went out and the app was down until 10:30
            settledYesterday(db.dataSource());
            clock.set(NINE.plus(Duration.ofMinutes(90)));
            DigestScheduler scheduler = scheduler(db.dataSource(), "replica-a", List.of(DAILY));

            scheduler.runOnce();
            scheduler.runOnce();

            assertEquals(List.of(new Message("CLEADS", NINE, slack.posts.get(0).ts(), true, clock.instant())),
                    slack.posts);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void slotMissedBeyondGraceIsSkippedAndTheNextOneIsOnTime(Kind kind) throws Exception {
        try (DigestTestDatabase db = DigestTestDatabase.create(kind)) {
            settledYesterday(db.dataSource());
            clock.set(NINE.plus(Duration.ofMinutes(150)));
            DigestScheduler scheduler = scheduler(db.dataSource(), "replica-a", List.of(DAILY));

            scheduler.runOnce();
            List<String> afterDowntime = JdbcDigestSlotsTest.query(db.dataSource(),
                    "SELECT status FROM digest_slot ORDER BY slot_at");
            clock.set(NINE.plus(Duration.ofDays(1)).plusSeconds(3));
            scheduler.runOnce();

            assertEquals(List.of("POSTED", "SKIPPED"), afterDowntime);
            assertEquals(List.of(new Message("CLEADS", NINE.plus(Duration.ofDays(1)), slack.posts.get(0).ts(), false,
                    clock.instant())), slack.posts);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void subscriptionsOverrideTheConfigurationAndSurviveARestart(Kind kind) throws Exception {
        try (DigestTestDatabase db = DigestTestDatabase.create(kind)) {
            // GIVEN the file schedules CLEADS at 09:00, someone unsubscribed it and subscribed COPS at 09:00 Seoul
            JdbcDigestSubscriptions subscriptions = new JdbcDigestSubscriptions(db.dataSource());
            subscriptions.save(new Subscription("CLEADS", Optional.empty(), "U1", NINE.minus(Duration.ofDays(2))));
            subscriptions.save(new Subscription("COPS", Optional.of(DigestSchedule.everything("COPS", "0 9 * * *",
                    "Asia/Seoul")), "U1", NINE.minus(Duration.ofDays(2))));

            // WHEN a fresh replica runs at 09:00 UTC and at 09:00 Seoul the next day (00:00 UTC)
            scheduler(db.open(), "replica-new", List.of(DAILY)).runOnce();
            clock.set(Instant.parse("2025-06-11T00:00:04Z"));
            scheduler(db.open(), "replica-new", List.of(DAILY)).runOnce();

            // THEN only the subscribed channel got its digest
            assertEquals(List.of("COPS@2025-06-11T00:00:00Z"),
                    slack.posts.stream().map(m -> m.channelId() + "@" + m.slotAt()).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void newSubscriptionDoesNotPostItsEarlierSlotLate(Kind kind) throws Exception {
        try (DigestTestDatabase db = DigestTestDatabase.create(kind)) {
            clock.set(NINE.plus(Duration.ofMinutes(30)));
            new JdbcDigestSubscriptions(db.dataSource()).save(new Subscription("COPS",
                    Optional.of(DigestSchedule.everything("COPS", "0 9 * * *", "UTC")), "U1", clock.instant()));

            scheduler(db.dataSource(), "replica-a", List.of()).runOnce();

            assertEquals(List.of(), slack.posts);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void twoReplicasPostOneSlackMessagePerMinuteOverTenMinutes(Kind kind) throws Exception {
        try (DigestTestDatabase db = DigestTestDatabase.create(kind); FakeSlackApi slackApi = new FakeSlackApi()) {
            // GIVEN two replicas posting through the real Slack publisher to the fake Web API
            SlackConfig config = new SlackConfig();
            config.setMethodsEndpointUrlPrefix(slackApi.apiUrl());
            DigestSchedule everyMinute = DigestSchedule.everything("CLEADS", "* * * * *", "UTC");
            List<DigestScheduler> replicas = List.of("replica-a", "replica-b").stream()
                    .map(id -> scheduler(db.open(), id, List.of(everyMinute),
                            new SlackDigestPublisher(Slack.getInstance(config), "xoxb-test", dev.deskhand.slack.text.Voice.fixed(dev.deskhand.slack.text.Language.EN))))
                    .toList();

            // WHEN each replica polls every 15 seconds for ten minutes
            for (int tick = 0; tick < 40; tick++) {
                replicas.forEach(DigestScheduler::runOnce);
                clock.advance(DigestScheduler.INTERVAL);
            }

            // THEN Slack received exactly ten digests, one per minute, each recorded with its ts
            List<String> headers = slackApi.calls("chat.postMessage").stream()
                    .map(call -> call.jsonParam("blocks").get(0).get("block_id").asText()).toList();
            assertEquals(IntStream.range(0, 10).mapToObj(m -> "deskhand-digest-"
                    + NINE.plus(Duration.ofMinutes(m)).getEpochSecond()).toList(), headers);
            assertEquals(List.of("10"), JdbcDigestSlotsTest.query(db.dataSource(),
                    "SELECT COUNT(DISTINCT message_ts) FROM digest_slot WHERE status = 'POSTED'"));
        }
    }

    private void settledYesterday(DataSource dataSource) {
        JdbcDigestSlots slots = new JdbcDigestSlots(dataSource);
        Instant yesterday = NINE.minus(Duration.ofDays(1));
        slots.recordPosted(slots.claim("CLEADS", yesterday, false, "old", yesterday).orElseThrow(), "1.1", yesterday,
                Map.of());
    }

    private DigestScheduler scheduler(DataSource dataSource, String instanceId, List<DigestSchedule> defaults) {
        return scheduler(dataSource, instanceId, defaults, slack);
    }

    private DigestScheduler scheduler(DataSource dataSource, String instanceId, List<DigestSchedule> defaults,
                                      DigestPublisher publisher) {
        DigestBuilder builder = new DigestBuilder(new JdbcDigestSource(dataSource, new JdbcEscalationStore(dataSource),
                JdbcDigestSourceTest.sla()), today -> List.of(), clock, List.of("P1", "P2", "P3", "P4"));
        return new DigestScheduler(new ScheduleBook(defaults, new JdbcDigestSubscriptions(dataSource)),
                new JdbcDigestSlots(dataSource), builder, publisher, CatchUpPolicy.defaults(), clock, instanceId,
                DigestScheduler.DEFAULT_CLAIM_LEASE);
    }
}
