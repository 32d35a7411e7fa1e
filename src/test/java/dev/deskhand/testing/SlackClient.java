package dev.deskhand.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends requests to the app the way Slack does: form-encoded slash commands, JSON event callbacks and
 * {@code payload=} interactivity, each signed with the app's signing secret at the clock's current time.
 */
public final class SlackClient {

    private final URI endpoint;
    private final SlackSigner signer;
    private final Clock clock;
    private final FakeSlackApi slackApi;
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicInteger sequence = new AtomicInteger();

    public SlackClient(URI endpoint, String signingSecret, Clock clock, FakeSlackApi slackApi) {
        this.endpoint = endpoint;
        this.signer = new SlackSigner(signingSecret);
        this.clock = clock;
        this.slackApi = slackApi;
    }

    /** {@code /command text} from {@code user} in {@code channel}. */
    public HttpResponse<String> command(String command, String text, String user, String channel) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy-verification-token");
        form.put("team_id", FakeSlackApi.TEAM_ID);
        form.put("team_domain", "deskhand-test");
        form.put("channel_id", channel);
        form.put("channel_name", "support");
        form.put("user_id", user);
        form.put("user_name", "user-" + user);
        form.put("command", command);
        form.put("text", text);
        form.put("api_app_id", "A0DESKHAND");
        form.put("response_url", slackApi.responseUrl("cmd-" + sequence.incrementAndGet()));
        form.put("trigger_id", "trigger-" + sequence.incrementAndGet());
        return send(formEncode(form), "application/x-www-form-urlencoded", Map.of());
    }

    /** An Events API callback wrapping {@code event}, with the given {@code event_id}. */
    public HttpResponse<String> event(ObjectNode event, String eventId, Integer retryNum) {
        ObjectNode body = FakeSlackApi.MAPPER.createObjectNode();
        body.put("token", "legacy-verification-token");
        body.put("team_id", FakeSlackApi.TEAM_ID);
        body.put("api_app_id", "A0DESKHAND");
        body.set("event", event);
        body.put("type", "event_callback");
        body.put("event_id", eventId);
        body.put("event_time", clock.instant().getEpochSecond());
        ArrayNode authorizations = body.putArray("authorizations");
        authorizations.addObject().put("team_id", FakeSlackApi.TEAM_ID).put("user_id", FakeSlackApi.BOT_USER_ID)
                .put("is_bot", true);
        Map<String, String> headers = retryNum == null ? Map.of()
                : Map.of("X-Slack-Retry-Num", retryNum.toString(), "X-Slack-Retry-Reason", "http_timeout");
        return send(body.toString(), "application/json", headers);
    }

    /** An interactivity payload (block_actions, view_submission, message_action …). */
    public HttpResponse<String> interaction(ObjectNode payload) {
        return send("payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", Map.of());
    }

    /** Sends a raw body signed correctly now. */
    public HttpResponse<String> send(String body, String contentType, Map<String, String> headers) {
        long timestamp = clock.instant().getEpochSecond();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return sendSigned(bytes, contentType, String.valueOf(timestamp), signer.sign(timestamp, bytes), headers);
    }

    /** Sends with whatever timestamp and signature the test chooses (null leaves the header out). */
    public HttpResponse<String> sendSigned(byte[] body, String contentType, String timestamp, String signature,
                                           Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (timestamp != null) {
            request.header("X-Slack-Request-Timestamp", timestamp);
        }
        if (signature != null) {
            request.header("X-Slack-Signature", signature);
        }
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("request to the app failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public SlackSigner signer() {
        return signer;
    }

    static String formEncode(Map<String, String> form) {
        StringJoiner out = new StringJoiner("&");
        form.forEach((k, v) -> out.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }
}
