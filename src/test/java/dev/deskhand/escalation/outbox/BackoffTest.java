package dev.deskhand.escalation.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private static final Instant NOW = Instant.parse("2025-03-03T10:00:00Z");
    private final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5));

    @Test
    void retryAfterFromSlackWins() {
        assertEquals(NOW.plusSeconds(30), backoff.nextAttempt(NOW, 7, Duration.ofSeconds(30)));
    }

    @Test
    void otherwiseDelaysDoubleUpToTheCap() {
        assertEquals(NOW.plusSeconds(2), backoff.nextAttempt(NOW, 1, null));
        assertEquals(NOW.plusSeconds(4), backoff.nextAttempt(NOW, 2, null));
        assertEquals(NOW.plusSeconds(16), backoff.nextAttempt(NOW, 4, null));
        assertEquals(NOW.plusSeconds(300), backoff.nextAttempt(NOW, 9, null));
        assertEquals(NOW.plusSeconds(300), backoff.nextAttempt(NOW, 400, null));
    }
}
