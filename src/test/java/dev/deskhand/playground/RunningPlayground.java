package dev.deskhand.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deskhand.config.Environment;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The playground started as {@code deskhand playground} starts it (random port, temporary data folder, the
 * bundled knowledge base), with helpers that talk to it the way the page does.
 */
final class RunningPlayground implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    private final Playground playground;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Path dataDir;

    private RunningPlayground(Playground playground, Path dataDir) {
        this.playground = playground;
        this.dataDir = dataDir;
    }

    static RunningPlayground start() throws Exception {
        Path dataDir = Files.createTempDirectory("deskhand-playground");
        Map<String, String> env = new HashMap<>();
        env.put("PORT", "0");
        env.put("DESKHAND_DATA_DIR", dataDir.toString());
        env.put("KNOWLEDGE_DIR", Path.of("knowledge").toAbsolutePath().toString());
        env.put("DESKHAND_CONFIG", koreanAccountsTeam(dataDir).toString());
        RunningPlayground running = new RunningPlayground(Playground.start(Environment.of(env), Clock.systemUTC()),
                dataDir);
        running.awaitReady();
        return running;
    }

    /**
     * The example settings with one change: the accounts team works in Korean ({@code language: ko}), so a Korean
     * flow has a channel whose cards are Korean while billing and technical stay English.
     */
    static Path koreanAccountsTeam(Path dir) throws IOException {
        String example = Files.readString(Path.of("deskhand.example.yml"), StandardCharsets.UTF_8);
        String line = "    channel: C0ACCOUNT01\n";
        if (!example.contains(line)) {
            throw new IllegalStateException("deskhand.example.yml no longer has the accounts team on C0ACCOUNT01");
        }
        Path settings = dir.resolve("deskhand.yml");
        Files.writeString(settings, example.replace(line, line + "    language: ko\n"), StandardCharsets.UTF_8);
        return settings;
    }

    Playground playground() {
        return playground;
    }

    Path dataDir() {
        return dataDir;
    }

    String url() {
        return playground.url();
    }

    URI uri(String path) {
        return URI.create(playground.url().replace("/playground/", "") + path);
    }

    private void awaitReady() throws Exception {
        dev.deskhand.testing.Eventually.await(Duration.ofSeconds(60), () -> get("/readyz"),
                r -> r.statusCode() == 200, "the playground's /readyz answering 200");
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A page request to {@code /playground/api/<what>}; fails the test unless the playground says ok. */
    JsonNode api(String what, ObjectNode body) throws Exception {
        HttpResponse<String> response = post("/playground/api/" + what, "application/json", body.toString());
        JsonNode json = JSON.readTree(response.body());
        if (response.statusCode() != 200 || !json.path("ok").asBoolean()) {
            throw new AssertionError(what + " failed: " + response.statusCode() + " " + response.body());
        }
        return json;
    }

    JsonNode state(String user) throws Exception {
        return JSON.readTree(get("/playground/api/state?user=" + user).body());
    }

    /**
     * The state as soon as it satisfies {@code condition}, waiting on the page's long poll (bounded); work the app
     * does after its acknowledgement shows up this way.
     */
    JsonNode awaitState(String user, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonNode state = state(user);
        while (!condition.test(state)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the playground state never matched; last: " + state.toPrettyString());
            }
            state = JSON.readTree(get("/playground/api/state?user=" + user + "&after="
                    + state.path("version").asLong()).body());
        }
        return state;
    }

    static ObjectNode body(String... keysAndValues) {
        ObjectNode body = JSON.createObjectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    @Override
    public void close() {
        playground.close();
    }
}
