package dev.deskhand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deskhand.config.Environment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void corruptDatabaseFileStopsStartUpWithOneLineNamingItAndWhatToDo(@TempDir Path data) throws Exception {
        // What the out-of-memory run left behind: a database file that is not one any more.
        byte[] garbage = new byte[64 * 1024];
        java.util.Arrays.fill(garbage, (byte) 'x');
        Path file = data.resolve("deskhand.mv.db");
        Files.write(file, garbage);

        int code = run(List.of("serve"), Map.of("SLACK_BOT_TOKEN", "xoxb-test-0000-secret",
                "SLACK_SIGNING_SECRET", "8f742231b10e8888abcd99yyyzzz85a5", "SLACK_API_URL", "http://127.0.0.1:9/api/",
                "DESKHAND_DATA_DIR", data.toString(), "KB_MEANING", "off", "PORT", "0",
                "BIND_ADDRESS", "127.0.0.1"));

        assertEquals(2, code);
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals("Deskhand cannot start: the database file " + file.toAbsolutePath().normalize()
                + " is corrupted (H2 error 90030): restore it from a backup, or move it aside to start with an empty "
                + "database (the escalations, search history and feedback in it are then no longer seen by Deskhand)"
                + System.lineSeparator(), message);
        assertEquals(64 * 1024, Files.size(file), "the file is left as it was, for recovery");
    }

    @Test
    void unreachableDatabaseStopsStartUpWithOneLineSayingWhatToCheck(@TempDir Path data) {
        int code = run(List.of("serve"), Map.of("SLACK_BOT_TOKEN", "xoxb-test-0000-secret",
                "SLACK_SIGNING_SECRET", "8f742231b10e8888abcd99yyyzzz85a5", "SLACK_API_URL", "http://127.0.0.1:9/api/",
                "DATABASE_URL", "postgresql://app:hunter2@127.0.0.1:1/deskhand", "DATABASE_START_WAIT", "1",
                "DESKHAND_DATA_DIR", data.toString(), "KB_MEANING", "off", "PORT", "0", "BIND_ADDRESS", "127.0.0.1"));

        assertEquals(1, code);
        assertEquals("Deskhand cannot start: no connection to the database at jdbc:postgresql://127.0.0.1:1/deskhand "
                + "within 1 s (Connection refused); check DATABASE_URL, that the database is running and reachable "
                + "from here, and its user name and password (or raise DATABASE_START_WAIT on a slow machine)"
                + System.lineSeparator(), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void warmupStartsTheServerAnswersInBothLanguagesAndExits(@TempDir Path data) {
        int code = run(List.of("warmup"), Map.of("KB_MEANING", "off", "DESKHAND_DATA_DIR", data.toString(),
                "KNOWLEDGE_DIR", Path.of("knowledge").toAbsolutePath().toString()));

        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertEquals("warmup: ready, /kb answered in English and Korean, kb --json answered" + System.lineSeparator(),
                out.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(data.resolve("playground")), "the warm-up keeps its data in a folder of its own");
    }

    @Test
    void versionAndHelpSucceed() {
        assertEquals(0, run(List.of("version"), Map.of()));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("deskhand "));
        assertEquals(0, run(List.of("help"), Map.of()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("serve"));
    }

    @Test
    void kbBarReadsTheVotesFromTheConfiguredDatabase(@TempDir Path data) {
        assertEquals(0, run(List.of("kb", "bar", "--days", "30"), Map.of("DESKHAND_DATA_DIR", data.toString())));
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.startsWith("last 30 days"), report);
        assertTrue(report.contains("votes on top hits: 0 helpful, 0 wrong article; answer bar in use 0.25"), report);
        assertTrue(report.contains("no suggestion yet"), report);
        assertTrue(Files.exists(data.resolve("deskhand.mv.db")), "the embedded database the app itself uses");
    }

    @Test
    void kbBarRejectsAnOddWindow(@TempDir Path data) {
        assertEquals(2, run(List.of("kb", "bar", "--days", "soon"), Map.of("DESKHAND_DATA_DIR", data.toString())));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: kb bar [--days N]"));
    }

    @Test
    void theKbCommandAnswersAtTheConfiguredBar() throws Exception {
        Map<String, String> strict = Map.of("KNOWLEDGE_DIR", "knowledge", "KB_MEANING", "off",
                "KB_ANSWER_THRESHOLD", "0.99");
        assertEquals(0, run(List.of("kb", "--json", "refund policy"), strict));
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("refund-policy", json.path("hits").get(0).path("id").asText());
        assertFalse(json.path("answered").asBoolean(), json.toString());
        assertTrue(json.path("confidence").asDouble() > 0.25, "answered at the default bar: " + json);

        assertEquals(2, run(List.of("kb", "refund"), Map.of("KB_ANSWER_THRESHOLD", "high")));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("KB_ANSWER_THRESHOLD must be a number"));
    }

    @Test
    void theKbCommandReadsTheSentenceModelFromTheDataFolderAsTheServerDoes(@TempDir Path data) throws Exception {
        // A heap copy of the model alone does not fit the container's heap (64 MB then) (kb --json ran out of memory there).
        Map<String, String> env = Map.of("KNOWLEDGE_DIR", "knowledge", "DESKHAND_DATA_DIR", data.toString());
        assertEquals(0, run(List.of("kb", "--json", "the customer wants their cash returned"), env),
                err.toString(StandardCharsets.UTF_8));
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("refund-policy", json.path("hits").get(0).path("id").asText(), json.toString());
        assertTrue(Files.isRegularFile(data.resolve("models").resolve("all-minilm-l6-v2-q.onnx")),
                "the model file is kept in the data folder");
    }

    @Test
    void unknownSubcommandIsAUsageError() {
        assertEquals(2, run(List.of("frobnicate"), Map.of()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Unknown command \"frobnicate\""));
    }
}
