package dev.deskhand.digest;

import java.time.Duration;
import java.time.Instant;

/** When an escalation was opened and when it reached a milestone (acknowledged, or resolved). */
public record EscalationTiming(String key, Instant openedAt, Instant reachedAt) {

    public Duration elapsed() {
        return Duration.between(openedAt, reachedAt);
    }
}
