package dev.deskhand.escalation.outbox;

import dev.deskhand.escalation.OutboxMessage;
import java.time.Instant;
import java.util.Objects;

/**
 * An outbox message that was given up because Slack can never accept it as it is (its channel or thread is gone,
 * the token lacks a scope).
 *
 * @param error Slack's error code, e.g. {@code channel_not_found}
 */
public record OutboxFailure(OutboxMessage.Kind kind, String error, Instant failedAt) {
    public OutboxFailure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(failedAt, "failedAt");
    }
}
