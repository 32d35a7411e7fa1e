package dev.deskhand.escalation.outbox;

import dev.deskhand.escalation.OutboxMessage;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored outbox message waiting to be sent.
 *
 * @param eventId  the audit event a {@link OutboxMessage.Kind#NOTE} describes, else {@code null}
 * @param attempts      how many sends have failed so far (waits Slack asked for are not failures)
 * @param requesterTold whether the requester has been told that this message is late
 */
public record OutboxEntry(long id, OutboxMessage message, Long eventId, int attempts, Instant createdAt,
                          boolean requesterTold) {
    public OutboxEntry {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
