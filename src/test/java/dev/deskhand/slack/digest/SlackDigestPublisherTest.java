package dev.deskhand.slack.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.sun.net.httpserver.HttpServer;
import dev.deskhand.digest.Digest;
import dev.deskhand.testing.FakeSlackApi;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SlackDigestPublisherTest {

    private FakeSlackApi slackApi;
    private SlackDigestPublisher publisher;

    @BeforeEach
    void start() throws IOException {
        slackApi = new FakeSlackApi();
        publisher = new SlackDigestPublisher(slack(slackApi.apiUrl()), "xoxb-test", dev.deskhand.slack.text.Voice.fixed(dev.deskhand.slack.text.Language.EN));
    }

    @AfterEach
    void stop() {
        slackApi.close();
    }

    @Test
    void postSendsMarkedLinkedBlocksAndReturnsTheTs() {
        Digest digest = DigestFixtures.full();

        String ts = publisher.post(digest);
        publisher.update(ts, digest);

        FakeSlackApi.Call post = slackApi.calls("chat.postMessage").get(0);
        JsonNode blocks = post.jsonParam("blocks");
        assertEquals("CLEADS", post.param("channel"));
        assertEquals("Queue digest: 6 open, 2 breached, 2 due soon.", post.param("text"));
        assertEquals("deskhand-digest-1749513600", blocks.get(0).get("block_id").asText());
        assertTrue(blocks.get(5).get("text").get("text").asText()
                .contains("<https://deskhand-test.slack.com/archives/CBILLING/p1749513600500100|ESC-5>"));
        FakeSlackApi.Call update = slackApi.calls("chat.update").get(0);
        assertEquals(List.of("CLEADS", ts), List.of(update.param("channel"), update.param("ts")));
        assertEquals(1, slackApi.calls("auth.test").size());
    }

    @Test
    void rateLimitIsReportedWithRetryAfterAndNothingIsRecordedAsPosted() {
        slackApi.rateLimitNext("chat.postMessage", 1, 30);

        DigestPostingException failure = assertThrows(DigestPostingException.class,
                () -> publisher.post(DigestFixtures.full()));

        assertEquals("chat.postMessage for CLEADS failed with HTTP 429, retry after 30s", failure.getMessage());
    }

    @Test
    void refusedCallIsAnErrorNotASilentSuccess() {
        slackApi.failNext("conversations.history", 1, 200); // HTTP 200 with ok: false, as a missing scope answers

        DigestPostingException failure = assertThrows(DigestPostingException.class,
                () -> publisher.findPosted("CLEADS", Instant.parse("2025-06-10T00:00:00Z"), Instant.EPOCH));

        assertEquals("conversations.history for CLEADS was refused: internal_error", failure.getMessage());
    }

    @Test
    void findPostedRecognisesTheSlotMarkerInHistory() throws IOException {
        // GIVEN a channel whose history holds another message and the 09:00 digest
        List<String> oldest = new CopyOnWriteArrayList<>();
        HttpServer history = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        history.createContext("/api/conversations.history", exchange -> {
            oldest.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = ("{\"ok\":true,\"messages\":["
                    + "{\"type\":\"message\",\"ts\":\"1749513700.000200\",\"text\":\"hi\"},"
                    + "{\"type\":\"message\",\"ts\":\"1749513601.000100\",\"blocks\":[{\"type\":\"header\","
                    + "\"block_id\":\"deskhand-digest-1749513600\",\"text\":{\"type\":\"plain_text\",\"text\":\"x\"}}]}"
                    + "],\"has_more\":false}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        history.start();
        try {
            SlackDigestPublisher reader = new SlackDigestPublisher(
                    slack("http://127.0.0.1:" + history.getAddress().getPort() + "/api/"), "xoxb-test", dev.deskhand.slack.text.Voice.fixed(dev.deskhand.slack.text.Language.EN));

            Optional<String> found = reader.findPosted("CLEADS", Instant.parse("2025-06-10T00:00:00Z"),
                    Instant.parse("2025-06-09T23:59:00Z"));
            Optional<String> other = reader.findPosted("CLEADS", Instant.parse("2025-06-11T00:00:00Z"),
                    Instant.parse("2025-06-10T23:59:00Z"));

            assertEquals(Optional.of("1749513601.000100"), found);
            assertEquals(Optional.empty(), other);
            assertTrue(oldest.get(0).contains("oldest=1749513540.000000"), oldest.get(0));
        } finally {
            history.stop(0);
        }
    }

    private static Slack slack(String apiUrl) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        return Slack.getInstance(config);
    }
}
