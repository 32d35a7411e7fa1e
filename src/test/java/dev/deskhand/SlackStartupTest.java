package dev.deskhand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deskhand.config.AppConfig;
import dev.deskhand.config.Environment;
import dev.deskhand.testing.Eventually;
import dev.deskhand.testing.FakeSlackApi;
import dev.deskhand.testing.TestApp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Start-up against a Slack that cannot be reached, that fails for a while, or that rejects the token. */
class SlackStartupTest {

    private static Map<String, String> env(String apiUrl) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("SLACK_BOT_TOKEN", TestApp.BOT_TOKEN);
        env.put("SLACK_SIGNING_SECRET", TestApp.SIGNING_SECRET);
        env.put("SLACK_API_URL", apiUrl);
        env.put("PORT", "0");
        env.put("BIND_ADDRESS", "127.0.0.1");
        env.put("DESKHAND_DATA_DIR", Files.createTempDirectory("deskhand-startup").toString());
        env.put("KNOWLEDGE_DIR", Path.of("knowledge").toAbsolutePath().toString());
        env.put("DESKHAND_CONFIG", Path.of("deskhand.example.yml").toAbsolutePath().toString());
        return env;
    }

    private static HttpResponse<String> readyz(Wiring wiring) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + wiring.port() + "/readyz")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aTokenSlackRejectsExitsWith2NamingSlackBotToken() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi()) {
            slack.errorNext("auth.test", null, 10, "invalid_auth");
            ByteArrayOutputStream err = new ByteArrayOutputStream();

            int code = Main.run(List.of("serve"), Environment.of(env(slack.apiUrl())),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));

            assertEquals(2, code);
            String said = err.toString(StandardCharsets.UTF_8);
            assertTrue(said.contains("Slack rejected SLACK_BOT_TOKEN (invalid_auth)"), said);
        }
    }

    @Test
    void slackUnreachableKeepsTheProcessUpAndReadyzSaysWhy() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String apiUrl = "http://127.0.0.1:" + closedPort + "/api/";
        try (Wiring wiring = Wiring.startWithoutBackgroundRoutines(AppConfig.load(Environment.of(env(apiUrl))),
                Clock.systemUTC())) {
            HttpResponse<String> ready = readyz(wiring);

            assertEquals(503, ready.statusCode());
            assertTrue(ready.body().contains("\"slack\":\"failing: cannot reach Slack at " + apiUrl), ready.body());
        }
    }

    @Test
    void slackFailingAtStartIsRetriedAndTheAppBecomesReady() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi()) {
            slack.failNext("auth.test", 2, 503);
            try (Wiring wiring = Wiring.startWithoutBackgroundRoutines(
                    AppConfig.load(Environment.of(env(slack.apiUrl()))), Clock.systemUTC())) {
                Eventually.await(Duration.ofSeconds(60), () -> readyz(wiring).statusCode(), status -> status == 200,
                        "/readyz 200 after Slack answers again");
                assertEquals(2, slack.calls("auth.test:failed").size());
            }
        }
    }
}
