package dev.deskhand.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs requests exactly as Slack documents it (v0, HMAC-SHA256 over {@code v0:timestamp:body}), written apart
 * from the production verifier so that a shared mistake cannot make both agree.
 */
public final class SlackSigner {

    private final String secret;

    public SlackSigner(String secret) {
        this.secret = secret;
    }

    public String sign(long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] base = ("v0:" + timestamp + ":" + new String(body, StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8);
            StringBuilder hex = new StringBuilder("v0=");
            for (byte b : mac.doFinal(base)) {
                hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return hex.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
