package dev.deskhand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deskhand.config.AppConfig;
import dev.deskhand.config.Environment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When the playground starts, and when it refuses to. */
class PlaygroundModeTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(List<String> args, Map<String, String> env) {
        return Main.run(args, Environment.of(env), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void playgroundRefusesToStartWhenSlackCredentialsAreSet() {
        // GIVEN a real workspace's credentials WHEN the playground is asked for THEN it refuses, exit code 2
        int code = run(List.of("playground"), Map.of("SLACK_BOT_TOKEN", "xoxb-1-2-abc",
                "SLACK_SIGNING_SECRET", "8f742231b10e8888abcd99yyyzzz85a5"));

        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(Main.PLAYGROUND_REFUSAL), err.toString());
    }

    @Test
    void playgroundRefusesEvenWithOnlyOneCredential() {
        assertEquals(2, run(List.of("playground"), Map.of("SLACK_SIGNING_SECRET", "secret")));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(Main.PLAYGROUND_REFUSAL), err.toString());
    }

    @Test
    void serveWithOneCredentialKeepsTheConfigurationErrorInsteadOfThePlayground() {
        int code = run(List.of("serve"), Map.of("SLACK_BOT_TOKEN", "xoxb-1-2-abc"));

        assertEquals(2, code);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("SLACK_SIGNING_SECRET is not set"), message);
        assertFalse(message.contains("playground"), message);
    }

    @Test
    void credentialsDecideTheMode() {
        assertEquals(AppConfig.SlackCredentials.NONE, AppConfig.slackCredentials(Environment.of(Map.of("PORT", "1"))));
        assertEquals(AppConfig.SlackCredentials.PARTIAL,
                AppConfig.slackCredentials(Environment.of(Map.of("SLACK_APP_TOKEN", "xapp-1"))));
        assertEquals(AppConfig.SlackCredentials.COMPLETE, AppConfig.slackCredentials(Environment.of(
                Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s", "SLACK_APP_TOKEN", " "))));
        assertEquals(AppConfig.SlackCredentials.COMPLETE, AppConfig.slackCredentials(Environment.of(
                Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1"))));
    }

    @Test
    void playgroundConfigurationIsLoopbackWithItsOwnDatabase() {
        AppConfig config = AppConfig.playground(Environment.of(Map.of("BIND_ADDRESS", "0.0.0.0",
                "DESKHAND_DATA_DIR", "/srv/deskhand", "DATABASE_URL", "postgresql://u:p@db:5432/prod")),
                "xoxb-playground-1", "secret", "http://127.0.0.1:9/api/");

        assertEquals("127.0.0.1", config.bindAddress());
        assertEquals("jdbc:h2:file:/srv/deskhand/playground/deskhand"
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;CACHE_SIZE=4096;DB_CLOSE_ON_EXIT=FALSE",
                config.database().jdbcUrl());
        assertEquals("http://127.0.0.1:9/api/", config.slackApiUrl());
        assertEquals(3000, config.port());
    }
}
