package dev.deskhand.slack.owners;

import static dev.deskhand.slack.owners.OwnerFixture.OWNER_EN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deskhand.testing.FakeSlackApi;
import dev.deskhand.testing.PostgresTestDatabase;
import dev.deskhand.testing.TestApp;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two replicas on one PostgreSQL: each owner's weekly DM goes out once, even when the claiming replica fails. */
class OwnerDigestReplicasTest {

    static final Instant SLOT = OwnerDigestOverHttpTest.SLOT;

    @Test
    void aSlotClaimedByAReplicaThatFailsIsSentOnceByTheOtherAfterTheLease(@TempDir Path dir) throws Exception {
        try (PostgresTestDatabase pg = PostgresTestDatabase.open()) {
            Path knowledge = OwnerFixture.knowledgeCopy(dir);
            Map<String, String> env = Map.of("DATABASE_URL", pg.jdbcUrlWithSchema(), "KNOWLEDGE_DIR",
                    knowledge.toString(), "DESKHAND_CONFIG",
                    OwnerFixture.settings(dir, OwnerFixture.OWNER_DIGEST).toString());
            try (TestApp first = TestApp.start(env, OwnerFixture::prepare);
                 TestApp second = TestApp.start(env, OwnerFixture::prepare)) {
                // GIVEN a question declined near the English owner's article during the week (the Korean owner's
                // articles have nothing to report)
                OwnerDigestOverHttpTest.miss(first, "2fa codes never arrive", "two-factor-authentication",
                        SLOT.minus(Duration.ofDays(2)));
                // AND the first replica's DM fails after it has claimed the slot
                first.slackApi().failNext("chat.postMessage", 1, 500);
                at(SLOT.plusSeconds(20), first, second);
                first.runRoutine("owner-digest");
                second.runRoutine("owner-digest");
                assertEquals(0, sent(first, second).size(), "within the lease nobody else sends it");

                // WHEN the lease has run out and both replicas keep running
                at(SLOT.plusSeconds(90), first, second);
                second.runRoutine("owner-digest");
                first.runRoutine("owner-digest");
                at(SLOT.plus(Duration.ofMinutes(10)), first, second);
                first.runRoutine("owner-digest");
                second.runRoutine("owner-digest");

                // THEN the English owner got exactly one DM (from the second replica, marked late), the Korean none
                List<FakeSlackApi.Call> sent = sent(first, second);
                assertEquals(List.of(OWNER_EN), sent.stream().map(c -> c.param("channel")).toList());
                assertEquals(1, second.slackApi().calls("chat.postMessage").size());
                assertTrue(sent.get(0).param("blocks").contains("Sent late"), sent.get(0).param("blocks"));
                assertEquals(List.of(
                                Map.of("channel_id", OWNER_EN, "status", "POSTED", "late", true, "attempts", 2),
                                Map.of("channel_id", OwnerFixture.OWNER_KO, "status", "SKIPPED", "late", false,
                                        "attempts", 1)),
                        first.rows("SELECT channel_id, status, late, attempts FROM digest_slot WHERE kind = 'OWNER' "
                                + "ORDER BY channel_id"));
            }
        }
    }

    private static void at(Instant instant, TestApp... apps) {
        for (TestApp app : apps) {
            app.clock().set(instant);
        }
    }

    private static List<FakeSlackApi.Call> sent(TestApp... apps) {
        return Stream.of(apps).flatMap(app -> app.slackApi().calls("chat.postMessage").stream()).toList();
    }
}
