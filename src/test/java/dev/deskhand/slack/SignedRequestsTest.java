package dev.deskhand.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deskhand.testing.TestApp;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SignedRequestsTest {

    static TestApp app;
    static final String FORM = "command=%2Fkb&text=refund&user_id=U1&channel_id=C1&team_id=T0TEST"
            + "&response_url=http%3A%2F%2F127.0.0.1%3A1%2Fnone&trigger_id=t1";

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private HttpResponse<String> sendWith(long timestamp, String signature) {
        return app.slack().sendSigned(FORM.getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded",
                String.valueOf(timestamp), signature, Map.of());
    }

    private long now() {
        return app.clock().instant().getEpochSecond();
    }

    @Test
    void correctlySignedSlashCommandIsAcknowledged() {
        long ts = now();
        HttpResponse<String> response = sendWith(ts, app.slack().signer().sign(ts, FORM.getBytes(StandardCharsets.UTF_8)));
        assertEquals(200, response.statusCode());
    }

    @Test
    void forgedSignatureIsRejected() {
        long ts = now();
        String forged = app.slack().signer().sign(ts, (FORM + "&extra=1").getBytes(StandardCharsets.UTF_8));
        assertEquals(401, sendWith(ts, forged).statusCode());
    }

    @Test
    void signatureWithAnotherSecretIsRejected() {
        long ts = now();
        String other = new dev.deskhand.testing.SlackSigner("not-the-secret").sign(ts, FORM.getBytes(StandardCharsets.UTF_8));
        assertEquals(401, sendWith(ts, other).statusCode());
    }

    @Test
    void missingSignatureIsRejected() {
        HttpResponse<String> response = app.slack().sendSigned(FORM.getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", null, null, Map.of());
        assertEquals(401, response.statusCode());
    }

    @Test
    void staleTimestampIsRejectedEvenWhenSignedCorrectly() {
        long ts = now() - 5 * 60 - 1;
        assertEquals(401, sendWith(ts, app.slack().signer().sign(ts, FORM.getBytes(StandardCharsets.UTF_8))).statusCode());
    }

    @Test
    void futureTimestampIsRejectedEvenWhenSignedCorrectly() {
        long ts = now() + 5 * 60 + 1;
        assertEquals(401, sendWith(ts, app.slack().signer().sign(ts, FORM.getBytes(StandardCharsets.UTF_8))).statusCode());
    }

    @Test
    void timestampJustInsideTheWindowIsAccepted() {
        long ts = now() - 5 * 60 + 1;
        assertEquals(200, sendWith(ts, app.slack().signer().sign(ts, FORM.getBytes(StandardCharsets.UTF_8))).statusCode());
    }

    @Test
    void urlVerificationChallengeIsAnswered() {
        HttpResponse<String> response = app.slack().send(
                "{\"token\":\"x\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\","
                        + "\"type\":\"url_verification\"}", "application/json", Map.of());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"), response.body());
    }

    @Test
    void malformedSignedPayloadGets400NotA500() {
        HttpResponse<String> response = app.slack().send("{not json", "application/json", Map.of());
        assertEquals(400, response.statusCode());
    }
}
