package dev.deskhand.testing;

import dev.deskhand.Wiring;
import dev.deskhand.config.AppConfig;
import dev.deskhand.config.Environment;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The whole app started in-process as {@code serve} would start it, on a random loopback port, against a
 * {@link FakeSlackApi} and a real H2 file database in a temporary folder, with a {@link MutableClock}.
 */
public final class TestApp implements AutoCloseable {

    public static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    public static final String BOT_TOKEN = "xoxb-test-0000-secret";
    public static final Instant START = Instant.parse("2026-11-23T00:30:00Z");

    private final FakeSlackApi slackApi;
    private final MutableClock clock;
    private final Wiring wiring;
    private final SlackClient slack;
    private final Path dataDir;

    private TestApp(Map<String, String> overrides) throws Exception {
        this.slackApi = new FakeSlackApi();
        this.clock = new MutableClock(START);
        this.dataDir = Files.createTempDirectory("deskhand-test");
        Map<String, String> env = new HashMap<>();
        env.put("SLACK_BOT_TOKEN", BOT_TOKEN);
        env.put("SLACK_SIGNING_SECRET", SIGNING_SECRET);
        env.put("SLACK_API_URL", slackApi.apiUrl());
        env.put("PORT", "0");
        env.put("BIND_ADDRESS", "127.0.0.1");
        env.put("DESKHAND_DATA_DIR", dataDir.toString());
        env.put("KNOWLEDGE_DIR", Path.of("knowledge").toAbsolutePath().toString());
        env.put("DESKHAND_CONFIG", Path.of("deskhand.example.yml").toAbsolutePath().toString());
        env.putAll(overrides);
        if (!Files.exists(Path.of(env.get("DESKHAND_CONFIG")))) {
            env.remove("DESKHAND_CONFIG");
        }
        AppConfig config = AppConfig.load(Environment.of(env));
        this.wiring = Wiring.start(config, clock);
        this.slack = new SlackClient(URI.create("http://127.0.0.1:" + wiring.port() + "/slack/events"),
                SIGNING_SECRET, clock, slackApi);
    }

    public static TestApp start() throws Exception {
        return new TestApp(Map.of());
    }

    public static TestApp start(Map<String, String> env) throws Exception {
        return new TestApp(env);
    }

    public FakeSlackApi slackApi() {
        return slackApi;
    }

    public MutableClock clock() {
        return clock;
    }

    public SlackClient slack() {
        return slack;
    }

    public Wiring wiring() {
        return wiring;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** A plain GET against the app, e.g. {@code /readyz}. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + wiring.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        wiring.close();
        slackApi.close();
    }
}
