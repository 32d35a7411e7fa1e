package dev.deskhand.slack.owners;

import static dev.deskhand.slack.owners.OwnerFixture.JSON;
import static dev.deskhand.slack.owners.OwnerFixture.OWNER_EN;
import static dev.deskhand.slack.owners.OwnerFixture.OWNER_KO;
import static dev.deskhand.slack.owners.OwnerFixture.buttonValue;
import static dev.deskhand.slack.owners.OwnerFixture.click;
import static dev.deskhand.slack.owners.OwnerFixture.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.deskhand.testing.Eventually;
import dev.deskhand.testing.FakeSlackApi;
import dev.deskhand.testing.Golden;
import dev.deskhand.testing.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weekly owner DM through the whole app: votes given over signed HTTP, the routine run at the slot. */
class OwnerDigestOverHttpTest {

    static final String AGENT = "U0AGENT1";
    static final String AGENT_TWO = "U0AGENT2";
    static final String CHANNEL = "C0SUPPORT";
    static final Instant VOTE_DAY = Instant.parse("2026-11-20T03:00:00Z");
    /** Monday 23 November 2026, 09:00 in Seoul. */
    static final Instant SLOT = Instant.parse("2026-11-23T00:00:00Z");
    static final String NOTE = "Customer has a <hardware> key & no app\nand asks twice";

    @Test
    void eachOwnerGetsOneDmPerSlotInTheirLanguageWithEachVoteOnceItsNoteOnceMissesAndPassedReviews(
            @TempDir Path dir) throws Exception {
        Path knowledge = OwnerFixture.knowledgeCopy(dir);
        replace(knowledge.resolve("faq/locked-account.md"), "review_by: 2027-03-18", "review_by: 2026-11-01");
        replace(knowledge.resolve("ko/ko-account-deletion.md"), "review_by: 2027-05-10", "review_by: 2026-10-15");
        try (TestApp app = OwnerFixture.start(dir, knowledge)) {
            app.clock().set(VOTE_DAY);
            // GIVEN two 👎 on the 2FA answer: one explained with "Other" and a note, one "Outdated"
            notHelpful(app, AGENT, "Other", NOTE, 1);
            notHelpful(app, AGENT_TWO, "OUTDATED", null, 2);
            assertEquals(2, app.rows("SELECT id FROM kb_feedback WHERE helpful = FALSE").size());
            // AND declined searches whose closest article is an owned one (two in the week, one before it)
            miss(app, "hardware key lost abroad", "locked-account", VOTE_DAY);
            miss(app, "hardware key lost abroad", "locked-account", VOTE_DAY.plusSeconds(60));
            miss(app, "2fa codes <b>never</b> arrive", "two-factor-authentication", VOTE_DAY);
            miss(app, "last month's question", "locked-account", SLOT.minus(Duration.ofDays(8)));
            miss(app, "탈퇴 후 주문 내역 복구", "ko-account-deletion", VOTE_DAY);
            vote(app, "ko-account-deletion", "NOT_ENOUGH_DETAIL");

            // WHEN the slot comes and the routine runs three times
            app.slackApi().reset();
            app.clock().set(SLOT.plusSeconds(20));
            app.runRoutine("owner-digest");
            app.runRoutine("owner-digest");
            app.clock().set(SLOT.plus(Duration.ofMinutes(5)));
            app.runRoutine("owner-digest");

            // THEN each owner got exactly one DM, in their language, with exact blocks
            List<FakeSlackApi.Call> posts = app.slackApi().calls("chat.postMessage");
            assertEquals(List.of(OWNER_EN, OWNER_KO), posts.stream().map(c -> c.param("channel")).sorted().toList());
            JsonNode english = blocksTo(posts, OWNER_EN);
            JsonNode korean = blocksTo(posts, OWNER_KO);
            Golden.assertMatches("owners/owner-digest-en.json", english);
            Golden.assertMatches("owners/owner-digest-ko.json", korean);
            // AND the note is shown once, escaped, on one line; each vote counted once
            String shown = english.toString();
            assertEquals(1, occurrences(shown, "Customer has a &lt;hardware&gt; key &amp; no app and asks twice"));
            assertEquals(1, occurrences(shown, "2 votes not helpful"));
            // AND the slots are settled once, in the owners' ledger
            assertEquals(List.of(Map.of("kind", "OWNER", "channel_id", OWNER_EN, "status", "POSTED"),
                            Map.of("kind", "OWNER", "channel_id", OWNER_KO, "status", "POSTED")),
                    app.rows("SELECT kind, channel_id, status FROM digest_slot ORDER BY channel_id"));
        }
    }

    /** A /kb answer, 👎, then a reason (and for "Other" the note in its form), all over signed HTTP. */
    private static void notHelpful(TestApp app, String agent, String reason, String note, int votes)
            throws Exception {
        app.slackApi().reset();
        JsonNode answer = JSON.readTree(app.slack().command("/kb", "how do I reset 2fa", agent, CHANNEL).body());
        String value = buttonValue(answer.path("blocks"), "kb_not_helpful");
        assertEquals("two-factor-authentication", JSON.readTree(value).path("a").asText());
        app.slack().interaction(click(app, agent, CHANNEL, "kb_not_helpful", value, agent + "-vote"));
        String why = "kb_reason:" + reason.toUpperCase(java.util.Locale.ROOT);
        // The reply to the previous vote's note may land after reset(): take the response that asks why.
        JsonNode askWhy = Eventually.await(Duration.ofSeconds(10),
                () -> app.slackApi().calls("response_url").stream().map(FakeSlackApi.Call::json)
                        .filter(json -> json != null && json.path("blocks").toString().contains(why)).findFirst(),
                java.util.Optional::isPresent, "a response_url reply asking why (" + why + ")").orElseThrow();
        app.slack().interaction(click(app, agent, CHANNEL, why, buttonValue(askWhy.path("blocks"), why),
                agent + "-why"));
        // User ids are not logged by default: the rows are told apart by count.
        app.awaitRows(votes, "SELECT id FROM kb_feedback WHERE reason IS NOT NULL");
        if (note != null) {
            JsonNode form = app.slackApi().await("views.open", 1).get(0).jsonParam("view");
            assertEquals(200, app.slack().interaction(submission(agent, "kb_feedback_other",
                    form.path("private_metadata").asText(), "note", "value", note)).statusCode());
            app.awaitRows(1, "SELECT id FROM kb_feedback WHERE note IS NOT NULL");
        }
    }

    /** A declined search as the search log stores it, with its closest article. */
    static void miss(TestApp app, String question, String closest, Instant at) throws Exception {
        update(app, "INSERT INTO search_log (searched_at, query, normalized_query, lang, hit_count, top_score, "
                + "confidence, answered, top_article_id, channel_id, user_id, surface) "
                + "VALUES (?, ?, ?, 'en', 3, 1.5, 0.2, FALSE, ?, 'C0SUPPORT', NULL, 'command')",
                at.atOffset(ZoneOffset.UTC), question, question, closest);
    }

    private static void vote(TestApp app, String article, String reason) throws Exception {
        update(app, "INSERT INTO kb_feedback (given_at, article_id, helpful, reason, query, channel_id, below_bar, "
                + "vote_id) VALUES (?, ?, FALSE, ?, '계정 삭제', 'C0SUPPORT', FALSE, ?)",
                VOTE_DAY.atOffset(ZoneOffset.UTC), article, reason, "seeded-" + article);
    }

    private static void update(TestApp app, String sql, Object... args) throws Exception {
        try (Connection c = app.database().dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    static JsonNode blocksTo(List<FakeSlackApi.Call> posts, String user) {
        return posts.stream().filter(c -> user.equals(c.param("channel"))).findFirst().orElseThrow()
                .jsonParam("blocks");
    }

    static void replace(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        if (!text.contains(from)) {
            throw new AssertionError(file + " has no " + from);
        }
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }

    static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
