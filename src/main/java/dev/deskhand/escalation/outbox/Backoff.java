package dev.deskhand.escalation.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When to retry a failed Slack call: exactly when Slack says ({@code Retry-After}) if it said, otherwise
 * exponentially later, doubling from {@code initial} up to {@code max}. Outbox messages are never dropped.
 */
public record Backoff(Duration initial, Duration max) {
    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
    }

    /** @param failedAttempts failures so far including this one (1 for the first failure) */
    public Instant nextAttempt(Instant now, int failedAttempts, Duration retryAfter) {
        if (retryAfter != null && !retryAfter.isNegative()) {
            return now.plus(retryAfter);
        }
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
        Duration delay = initial.multipliedBy(1L << doublings);
        return now.plus(delay.compareTo(max) > 0 ? max : delay);
    }
}
