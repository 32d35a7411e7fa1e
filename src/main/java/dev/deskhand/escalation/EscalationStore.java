package dev.deskhand.escalation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where escalations, their audit trail and their reminder log live. Every write is one transaction together with
 * the outbox messages it causes, so nothing is posted for a change that was not stored and nothing stored is
 * forgotten.
 */
public interface EscalationStore {

    /**
     * Creates an escalation with the next key, its {@link Action#CREATE} audit event and the outbox messages
     * {@code effects} returns for the new key. A second call with the same {@code idempotencyKey} (the modal's
     * view id, a retried command) creates nothing and returns the first escalation.
     */
    Creation create(NewEscalation draft, String idempotencyKey, Instant now,
                    Function<EscalationKey, List<OutboxMessage>> effects);

    /** The escalation with this key. */
    Optional<Escalation> find(EscalationKey key);

    /** Unresolved escalations of these teams, oldest first. */
    List<Escalation> listOpen(Collection<String> teams);

    /** Unresolved escalations the user owns or asked for, oldest first. */
    List<Escalation> listMine(String userId);

    /** All unresolved escalations, oldest first (for the SLA worker). */
    List<Escalation> listUnresolved();

    /**
     * Stores {@code change} only if the escalation is still at {@code before.version()}: updates the row, writes
     * the audit event and the outbox messages ({@link OutboxMessage.Kind#NOTE} messages point at this event).
     *
     * @return {@code false} when someone else changed it first; nothing was written
     */
    boolean transition(Escalation before, Outcome.Applied change, List<OutboxMessage> effects);

    /** The audit trail, oldest first. */
    List<AuditEvent> timeline(EscalationKey key);

    /** The audit event with this id (what a thread note describes). */
    Optional<AuditEvent> event(long eventId);

    /** Records where the card was posted, only if it is still at {@code expected} ({@code null}: no card yet). */
    boolean recordCard(EscalationKey key, CardRef expected, CardRef card);

    /** Reminders already sent since the SLA clocks started at {@code clockStartedAt}. */
    ReminderState reminders(EscalationKey key, Instant clockStartedAt);

    /**
     * Logs a reminder as sent for the escalation's current SLA cycle and enqueues {@code effects}, once.
     *
     * @return {@code false} when this reminder was already logged (another replica got there first)
     */
    boolean recordReminder(Escalation escalation, Reminder reminder, Instant sentAt, List<OutboxMessage> effects);
}
