package dev.deskhand.escalation;

import java.time.Instant;
import java.util.Objects;

/**
 * A reminder that is due. {@code (escalation, cycle start, kind, sequence)} identifies it, so stores can make
 * sure it is sent once even when several replicas compute it at the same moment.
 *
 * @param sequence 0 for one-off reminders, 1, 2, … for repeats
 * @param dueAt    when it became due
 */
public record Reminder(ReminderKind kind, int sequence, Instant dueAt) {
    public Reminder {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueAt, "dueAt");
    }
}
