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
