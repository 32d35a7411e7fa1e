package dev.deskhand.playground.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sends a request to the app's {@code /slack/events} over loopback HTTP, signed as Slack signs (v0, HMAC-SHA256
 * over {@code v0:timestamp:body}) with the playground's secret at the playground clock's time, so it passes the
 * same signature check a request from Slack passes. The secret never leaves this process.
 */
public final class SignedForwarder {

    /** What Slack allows an app to take before it shows the user a timeout. */
    static final Duration SLACK_TIMEOUT = Duration.ofSeconds(3);

    /** The app's answer and how long it took. */
    record Reply(int status, String body, Duration elapsed) {

        boolean ok() {
            return status == 200;
        }

        boolean tooSlowForSlack() {
            return elapsed.compareTo(SLACK_TIMEOUT) > 0;
        }
    }

    private final byte[] secret;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile URI endpoint;

    public SignedForwarder(String signingSecret, Clock clock) {
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    /** Set once the app listens (its port is known only then). */
    public void pointAt(URI slackEvents) {
        this.endpoint = slackEvents;
    }

    Reply send(SlackRequests.Body body) throws IOException {
        URI target = endpoint;
        if (target == null) {
            throw new IOException("the app is not listening yet");
        }
        byte[] bytes = body.content().getBytes(StandardCharsets.UTF_8);
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", body.contentType())
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", "v0=" + HexFormat.of().formatHex(hmac(timestamp, bytes)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), Duration.ofNanos(System.nanoTime() - started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private byte[] hmac(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
