package dev.deskhand.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds the requests Slack would send, signed the way Slack signs them: {@code v0=} + hex HMAC-SHA256 of
 * {@code v0:<timestamp>:<body>} with the signing secret, the timestamp being the current Unix second.
 */
final class SignedRequests {

    private final URI endpoint;
    private final SecretKeySpec key;
    private final StandInSlack slack;

    SignedRequests(URI endpoint, String signingSecret, StandInSlack slack) {
        this.endpoint = endpoint;
        this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.slack = slack;
    }

    /** {@code /kb <text>} as a form-encoded slash command. */
    HttpRequest command(String command, String text, long sequence) {
        String body = form("token", "bench-verification-token", "team_id", StandInSlack.TEAM_ID,
                "team_domain", "bench", "channel_id", "C0BENCH", "channel_name", "support",
                "user_id", "U0AGENT" + (sequence % 50), "user_name", "agent", "command", command, "text", text,
                "api_app_id", "A0BENCH", "is_enterprise_install", "false",
                "response_url", slack.responseUrl("cmd-" + sequence), "trigger_id", "13345224609.738474920.8088930838d88f008e0" + sequence);
        return signed(body, "application/x-www-form-urlencoded");
    }

    /** An {@code app_mention} event callback; the message {@code ts} identifies the answer's thread. */
    HttpRequest mention(String text, String messageTs, String eventId) {
        long now = System.currentTimeMillis() / 1000;
        String event = "{\"type\":\"app_mention\",\"user\":\"U0AGENT1\",\"text\":" + json("<@" + StandInSlack.BOT_USER_ID
                + "> " + text) + ",\"ts\":\"" + messageTs + "\",\"channel\":\"C0BENCH\",\"event_ts\":\"" + messageTs
                + "\",\"team\":\"" + StandInSlack.TEAM_ID + "\"}";
        String body = "{\"token\":\"bench-verification-token\",\"team_id\":\"" + StandInSlack.TEAM_ID
                + "\",\"api_app_id\":\"A0BENCH\",\"event\":" + event + ",\"type\":\"event_callback\",\"event_id\":\""
                + eventId + "\",\"event_time\":" + now + ",\"authorizations\":[{\"team_id\":\"" + StandInSlack.TEAM_ID
                + "\",\"user_id\":\"" + StandInSlack.BOT_USER_ID + "\",\"is_bot\":true}]}";
        return signed(body, "application/json");
    }

    /**
     * The escalation form ({@code callback_id escalation_modal}) submitted complete; the view id is unique per
     * request because the product keys idempotency on it.
     */
    HttpRequest escalationSubmission(long sequence) {
        String[] severities = {"P1", "P2", "P2", "P3", "P3", "P3", "P4", "P4"};
        String[] teams = {"billing", "technical", "accounts"};
        String user = "U0AGENT" + (sequence % 200);
        String values = "{" + input("customer", "Customer " + (sequence % 5000)) + ","
                + select("tier", sequence % 7 == 0 ? "enterprise" : "standard") + ","
                + input("ticket", "ACME-" + (200000 + sequence)) + ","
                + select("severity", severities[(int) (sequence % severities.length)]) + ","
                + select("team", teams[(int) (sequence % teams.length)]) + ","
                + input("summary", "Refund for order " + sequence + " has not arrived after ten business days") + ","
                + input("tried", "Checked the refund reference with the payment provider") + "}";
        String payload = "{\"type\":\"view_submission\",\"api_app_id\":\"A0BENCH\",\"token\":\"bench-verification-token\","
                + "\"trigger_id\":\"trigger-" + sequence + "\",\"team\":{\"id\":\"" + StandInSlack.TEAM_ID
                + "\",\"domain\":\"bench\"},\"user\":{\"id\":\"" + user + "\",\"username\":\"agent\",\"team_id\":\""
                + StandInSlack.TEAM_ID + "\"},\"view\":{\"id\":\"V0BENCH" + sequence + "\",\"type\":\"modal\","
                + "\"callback_id\":\"escalation_modal\",\"private_metadata\":\"C0BENCH\",\"hash\":\"h-" + sequence
                + "\",\"team_id\":\"" + StandInSlack.TEAM_ID + "\",\"app_id\":\"A0BENCH\",\"state\":{\"values\":" + values
                + "}}}";
        return interaction(payload);
    }

    private static String input(String block, String value) {
        return "\"" + block + "\":{\"value\":{\"type\":\"plain_text_input\",\"value\":" + json(value) + "}}";
    }

    private static String select(String block, String value) {
        return "\"" + block + "\":{\"value\":{\"type\":\"static_select\",\"selected_option\":{\"value\":\"" + value
                + "\",\"text\":{\"type\":\"plain_text\",\"text\":\"" + value + "\"}}}}";
    }

    /** An interactivity payload ({@code view_submission}, {@code block_actions}) as Slack form-encodes it. */
    HttpRequest interaction(String payloadJson) {
        return signed("payload=" + URLEncoder.encode(payloadJson, StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded");
    }

    HttpRequest signed(String body, String contentType) {
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", "v0=" + HexFormat.of().formatHex(hmac(timestamp, bytes)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
    }

    private byte[] hmac(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String form(String... pairs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            out.append(i == 0 ? "" : "&").append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    /** A JSON string literal. */
    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
