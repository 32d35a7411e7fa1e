package dev.deskhand.escalation;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of an escalation's audit trail: who did what, old value → new value, when.
 *
 * <p>{@code from}/{@code to} hold the changed value: the status for create, claim, acknowledge and reopen; user ids
 * for a person reassignment; team ids for a team move; severities; snooze instants (ISO-8601); for a resolution
 * the old status and the {@link ResolutionReason} name. {@code note} carries free text (resolution or reopen note).
 */
public record AuditEvent(EscalationKey key, String actor, Action action, String from, String to, String note,
                         Instant at) {
    public AuditEvent {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
    }
}
