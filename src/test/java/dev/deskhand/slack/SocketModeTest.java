package dev.deskhand.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deskhand.testing.FakeSlackApi;
import dev.deskhand.testing.FakeSocketModeServer;
import dev.deskhand.testing.TestApp;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SocketModeTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void slashCommandOverSocketModeIsAcknowledgedWithItsEnvelopeIdAndAnswered() throws Exception {
        try (FakeSocketModeServer socket = new FakeSocketModeServer();
             TestApp app = TestApp.start(Map.of("SLACK_APP_TOKEN", "xapp-1-test", "SLACK_SIGNING_SECRET", ""),
                     api -> api.socketModeUrl(socket.url()))) {
            socket.awaitConnection(Duration.ofSeconds(15));

            ObjectNode envelope = JSON.createObjectNode();
            envelope.put("envelope_id", "env-kb-1");
            envelope.put("type", "slash_commands");
            envelope.put("accepts_response_payload", true);
            ObjectNode payload = envelope.putObject("payload");
            payload.put("token", "x").put("team_id", FakeSlackApi.TEAM_ID).put("team_domain", "t")
                    .put("channel_id", "C0SUPPORT").put("channel_name", "support").put("user_id", "U0AGENT")
                    .put("user_name", "agent").put("command", "/kb").put("text", "refund policy")
                    .put("api_app_id", "A0DESKHAND").put("response_url", app.slackApi().responseUrl("sm-1"))
                    .put("trigger_id", "t-1");
            socket.send(envelope);

            JsonNode ack = socket.awaitAck("env-kb-1", Duration.ofSeconds(10));
            assertEquals("ephemeral", ack.path("payload").path("response_type").asText(), ack.toString());
            assertTrue(ack.path("payload").path("blocks").toString().contains("|Refund policy>"), ack.toString());
            assertTrue(app.slackApi().calls("apps.connections.open").size() >= 1);
            assertEquals(404, app.get("/slack/events").statusCode(), "no HTTP request URL in Socket Mode");
            assertEquals(200, app.get("/readyz").statusCode());
        }
    }
}
