package dev.deskhand.slack.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deskhand.testing.PostgresTestDatabase;
import dev.deskhand.testing.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import dev.deskhand.testing.SlackMarkers;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digest through whole running apps: the command over signed HTTP, and the schedule across replicas. */
class DigestOverHttpTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String DIGEST_CHANNEL = "C0DIGEST01";

    static Path settingsWithEveryMinuteDigest(Path dir) throws Exception {
        String example = Files.readString(Path.of("deskhand.example.yml"));
        String schedule = "schedules:\n    - channel: " + DIGEST_CHANNEL + "\n      cron: \"* * * * *\"\n      zone: UTC\n";
        assertTrue(example.contains("schedules: []"), "the example file changed shape");
        Path file = dir.resolve("deskhand.yml");
        Files.writeString(file, example.replace("schedules: []", schedule));
        return file;
    }

    @Test
    void previewIsEphemeralAndShowsTheAllClearDigest() throws Exception {
        try (TestApp app = TestApp.start()) {
            var response = app.slack().command("/digest", "preview", "U0LEAD1", "C0BILLING01");
            assertEquals(200, response.statusCode());
            JsonNode body = JSON.readTree(response.body());
            assertEquals("ephemeral", body.path("response_type").asText(), body.toString());
            assertTrue(body.toString().contains("All clear"), body.toString());
            assertEquals(0, app.rows("SELECT * FROM digest_slot").size(), "a preview records no slot");
        }
    }

    @Test
    void aLangKoSubscriptionIsPostedOnScheduleInKoreanThroughout() throws Exception {
        try (TestApp app = TestApp.start()) {
            // GIVEN an English workspace with two open escalations (one breached by morning) and an unanswered search
            app.slack().command("/escalate", "P1 billing ACME-1 결제 페이지 오류", "U0AGENT", "C0SUPPORT");
            app.slack().command("/escalate", "P3 technical ACME-2 로그인 지연", "U0AGENT", "C0SUPPORT");
            app.slack().command("/kb", "얼룩말 양자 트램펄린", "U0AGENT", "C0SUPPORT");
            app.awaitRows(1, "SELECT * FROM search_log WHERE query = ?", "얼룩말 양자 트램펄린");
            // WHEN a lead subscribes a channel in Korean and the next 09:00 in Seoul comes
            JsonNode reply = JSON.readTree(app.slack().command("/digest",
                    "subscribe \"0 9 * * *\" Asia/Seoul lang:ko", "U0LEAD1", DIGEST_CHANNEL).body());
            assertEquals("Digest scheduled here: `0 9 * * *` in Asia/Seoul, all teams. Written in Korean.\nNext: Tue 24 Nov"
                    + " 09:00 · Wed 25 Nov 09:00 · Thu 26 Nov 09:00", reply.path("text").asText(),
                    "the lead's own reply stays in their language");
            app.clock().set(Instant.parse("2026-11-24T00:00:30Z"));
            app.runRoutine("digest-scheduler");

            // THEN the digest in that channel is Korean throughout: heading, dates, every label and the fallback
            var posts = app.slackApi().calls("chat.postMessage").stream()
                    .filter(c -> DIGEST_CHANNEL.equals(c.param("channel"))).toList();
            assertEquals(1, posts.size());
            assertTrue(posts.get(0).param("text").startsWith("큐 다이제스트: 열린 건 2건"), posts.get(0).param("text"));
            JsonNode blocks = posts.get(0).jsonParam("blocks");
            assertEquals("큐 다이제스트 · 11월 24일 (화)", blocks.get(0).path("text").path("text").asText());
            List<String> english = new ArrayList<>();
            List<String> raw = new ArrayList<>();
            for (JsonNode text : blocks.findParents("type")) {
                if (!text.path("type").asText().matches("mrkdwn|plain_text")) {
                    continue;
                }
                String shown = text.path("text").asText();
                SlackMarkers.read(shown).raw().stream().filter(SlackMarkers.Raw::besideHangul)
                        .forEach(r -> raw.add(r.context()));
                // What may stay in Latin letters: ids, mentions, owners, emoji, code, the zone, the teams' own names
                // and the titles of English articles past review (content, not chrome).
                String rest = shown.replaceAll("(검토 기한 지남 \\([^)]*\\): ).*?( · @)", "$1$2")
                        .replaceAll("<[^>]*>|@[a-z-]+|:[a-z0-9_+-]+:|`[^`]*`|ESC-\\d+|ACME-\\d+|P\\d|p90|Asia/Seoul"
                        + "|KST|Billing|Technical support|billing|technical|accounts", " ");
                if (rest.matches("(?s).*[A-Za-z].*")) {
                    english.add(shown);
                }
            }
            assertEquals(List.of(), english);
            assertEquals(List.of(), raw);
            String all = blocks.toString();
            for (String label : List.of("열린 건: 2건", "기한 초과", "가장 오래된 건", "지식 공백", "얼룩말 양자 트램펄린")) {
                assertTrue(all.contains(label), label + " in " + all);
            }
        }
    }

    @Test
    void twoReplicasOnOnePostgresPostOneDigestPerMinute(@TempDir Path dir) throws Exception {
        try (PostgresTestDatabase pg = PostgresTestDatabase.open()) {
            Map<String, String> env = Map.of("DATABASE_URL", pg.jdbcUrlWithSchema(),
                    "DESKHAND_CONFIG", settingsWithEveryMinuteDigest(dir).toString());
            try (TestApp first = TestApp.start(env); TestApp second = TestApp.start(env)) {
                for (int minute = 1; minute <= 10; minute++) {
                    for (TestApp app : new TestApp[] {first, second}) {
                        app.clock().set(TestApp.START.plus(Duration.ofMinutes(minute)).plusSeconds(1));
                    }
                    first.runRoutine("digest-scheduler");
                    second.runRoutine("digest-scheduler");
                }
                long posts = first.slackApi().calls("chat.postMessage").stream()
                        .filter(c -> DIGEST_CHANNEL.equals(c.param("channel"))).count()
                        + second.slackApi().calls("chat.postMessage").stream()
                        .filter(c -> DIGEST_CHANNEL.equals(c.param("channel"))).count();
                assertEquals(10, posts);
                assertEquals(10, first.rows("SELECT * FROM digest_slot WHERE channel_id = ? AND status = 'POSTED'",
                        DIGEST_CHANNEL).size());
            }
        }
    }
}
