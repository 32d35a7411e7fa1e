package dev.deskhand.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * A stand-in for Slack's Socket Mode endpoint on loopback: greets each connection with {@code hello}, lets the
 * test push envelopes, and records what the app sends back (acknowledgements with their {@code envelope_id}).
 */
public final class FakeSocketModeServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Server server = new Server();
    private final ServerConnector connector = new ServerConnector(server);
    private final List<Session> sessions = new CopyOnWriteArrayList<>();
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();

    public FakeSocketModeServer() throws Exception {
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(WebSocketUpgradeHandler.from(server, container ->
                container.addMapping("/link", (request, response, callback) -> new Endpoint())));
        server.start();
    }

    public String url() {
        return "ws://127.0.0.1:" + connector.getLocalPort() + "/link";
    }

    /** Waits (bounded polling) until the app has connected. */
    public void awaitConnection(Duration timeout) throws InterruptedException {
        Eventually.await(timeout, () -> sessions.size(), n -> n > 0, "the app connecting over Socket Mode");
    }

    public void send(JsonNode envelope) {
        sessions.get(sessions.size() - 1).sendText(envelope.toString(), Callback.NOOP);
    }

    /** Waits (bounded polling) for the app's message about {@code envelopeId}. */
    public JsonNode awaitAck(String envelopeId, Duration timeout) throws InterruptedException {
        return Eventually.await(timeout, () -> received.stream()
                        .filter(m -> envelopeId.equals(m.path("envelope_id").asText())).findFirst(),
                java.util.Optional::isPresent, "an acknowledgement of " + envelopeId).orElseThrow();
    }

    public final class Endpoint extends Session.Listener.AbstractAutoDemanding {
        @Override
        public void onWebSocketOpen(Session session) {
            super.onWebSocketOpen(session);
            sessions.add(session);
            session.sendText("{\"type\":\"hello\",\"num_connections\":1,\"connection_info\":{\"app_id\":\"A0DESKHAND\"}}"
                    , Callback.NOOP);
        }

        @Override
        public void onWebSocketText(String message) {
            try {
                received.add(JSON.readTree(message));
            } catch (IOException e) {
                throw new IllegalStateException("the app sent non-JSON: " + message, e);
            }
        }
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
