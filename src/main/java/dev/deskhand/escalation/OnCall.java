package dev.deskhand.escalation;

import java.util.List;

/**
 * Which on-call pages a change owes ({@code paging:} in {@code deskhand.yml}). The paging package decides; the
 * escalation code only enqueues what it is told, in the same transaction as the change, so a page is never owed for
 * a change that was not stored. Stores keep at most one open page per escalation, paging service and SLA cycle, so
 * a trigger owed twice (created as P1, then breached) is enqueued once.
 */
public interface OnCall {

    /** Pages nobody: no team has {@code paging:}. */
    OnCall NONE = new OnCall() {
        @Override
        public List<OutboxMessage> created(EscalationKey key, NewEscalation draft) {
            return List.of();
        }

        @Override
        public List<OutboxMessage> breached(Escalation escalation, ReminderKind reminder) {
            return List.of();
        }

        @Override
        public List<OutboxMessage> resolved(Escalation escalation) {
            return List.of();
        }
    };

    /** The pages a new escalation owes. */
    List<OutboxMessage> created(EscalationKey key, NewEscalation draft);

    /** The pages an SLA reminder owes (only breaches page). */
    List<OutboxMessage> breached(Escalation escalation, ReminderKind reminder);

    /** The page resolutions a resolved escalation owes (stores drop those with no open page). */
    List<OutboxMessage> resolved(Escalation escalation);
}
