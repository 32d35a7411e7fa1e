package dev.deskhand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deskhand.config.Environment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(List<String> args, Map<String, String> env) {
        return Main.run(args, Environment.of(env), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void serveWithoutTheBotTokenExitsWithCode2NamingIt() {
        // With no Slack variable at all, serve opens the playground instead (PlaygroundModeTest).
        assertEquals(2, run(List.of("serve"), Map.of("SLACK_SIGNING_SECRET", "8f742231b10e8888abcd99yyyzzz85a5")));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("SLACK_BOT_TOKEN is not set"), message);
        assertTrue(message.contains("README.md"), message);
        assertFalse(message.contains("Exception"), message);
        assertFalse(message.contains("\tat "), message);
    }

    @Test
    void versionAndHelpSucceed() {
        assertEquals(0, run(List.of("version"), Map.of()));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("deskhand "));
        assertEquals(0, run(List.of("help"), Map.of()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("serve"));
    }

    @Test
    void unknownSubcommandIsAUsageError() {
        assertEquals(2, run(List.of("frobnicate"), Map.of()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Unknown command \"frobnicate\""));
    }
}
