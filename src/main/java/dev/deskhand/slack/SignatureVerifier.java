package dev.deskhand.slack;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Slack's v0 request signature: HMAC-SHA256 over {@code v0:timestamp:body} with the signing secret.
 * Unlike Bolt 1.47's built-in check this hashes the raw bytes as received, compares in constant time and rejects
 * timestamps too far in the future as well as the past, so a captured request cannot be replayed later.
 */
public final class SignatureVerifier {

    /** The outcome; anything but {@link #VALID} is answered with 401. */
    public enum Verdict { VALID, MISSING, STALE, FORGED }

    static final Duration MAX_SKEW = Duration.ofMinutes(5);

    private final byte[] secret;
    private final Clock clock;

    public SignatureVerifier(String signingSecret, Clock clock) {
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    public Verdict verify(String timestampHeader, String signatureHeader, byte[] body) {
        if (timestampHeader == null || signatureHeader == null || !signatureHeader.startsWith("v0=")) {
            return Verdict.MISSING;
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader.strip());
        } catch (NumberFormatException e) {
            return Verdict.MISSING;
        }
        long skew = Math.abs(clock.instant().getEpochSecond() - timestamp);
        if (skew > MAX_SKEW.toSeconds()) {
            return Verdict.STALE;
        }
        byte[] expected = ("v0=" + HexFormat.of().formatHex(hmac(timestampHeader.strip(), body)))
                .getBytes(StandardCharsets.UTF_8);
        byte[] given = signatureHeader.strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, given) ? Verdict.VALID : Verdict.FORGED;
    }

    private byte[] hmac(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
