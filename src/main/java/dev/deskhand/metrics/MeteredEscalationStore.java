package dev.deskhand.metrics;

import dev.deskhand.escalation.AuditEvent;
import dev.deskhand.escalation.CardRef;
import dev.deskhand.escalation.Creation;
import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.escalation.EscalationStore;
import dev.deskhand.escalation.NewEscalation;
import dev.deskhand.escalation.Outcome;
import dev.deskhand.escalation.OutboxMessage;
import dev.deskhand.escalation.Reminder;
import dev.deskhand.escalation.ReminderState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Counts what the escalation store commits: escalations created (by severity), transitions (by action) and SLA
 * reminders (by kind). Counting at the store means a refused or lost race is never counted.
 */
public final class MeteredEscalationStore implements EscalationStore {

    private final EscalationStore delegate;
    private final MeterRegistry registry;

    public MeteredEscalationStore(EscalationStore delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.registry = registry;
    }

    @Override
    public Creation create(NewEscalation draft, String idempotencyKey, Instant now,
                           Function<EscalationKey, List<OutboxMessage>> effects) {
        Creation creation = delegate.create(draft, idempotencyKey, now, effects);
        if (creation.created()) {
            Counter.builder("deskhand.escalations.opened").description("Escalations opened (created)")
                    .tag("severity", draft.severity().name()).register(registry).increment();
        }
        return creation;
    }

    @Override
    public boolean transition(Escalation before, Outcome.Applied change, List<OutboxMessage> effects) {
        boolean applied = delegate.transition(before, change, effects);
        if (applied) {
            Counter.builder("deskhand.escalations.transitions").description("Escalation state changes")
                    .tag("action", change.event().action().name()).register(registry).increment();
        }
        return applied;
    }

    @Override
    public boolean recordReminder(Escalation escalation, Reminder reminder, Instant sentAt, List<OutboxMessage> effects) {
        boolean recorded = delegate.recordReminder(escalation, reminder, sentAt, effects);
        if (recorded) {
            Counter.builder("deskhand.sla.reminders").description("SLA warnings and breach alerts")
                    .tag("kind", reminder.kind().name()).register(registry).increment();
        }
        return recorded;
    }

    @Override
    public Optional<Escalation> find(EscalationKey key) {
        return delegate.find(key);
    }

    @Override
    public List<Escalation> listOpen(Collection<String> teams) {
        return delegate.listOpen(teams);
    }

    @Override
    public List<Escalation> listMine(String userId) {
        return delegate.listMine(userId);
    }

    @Override
    public List<Escalation> listUnresolved() {
        return delegate.listUnresolved();
    }

    @Override
    public List<AuditEvent> timeline(EscalationKey key) {
        return delegate.timeline(key);
    }

    @Override
    public Optional<AuditEvent> event(long eventId) {
        return delegate.event(eventId);
    }

    @Override
    public boolean recordCard(EscalationKey key, CardRef expected, CardRef card) {
        return delegate.recordCard(key, expected, card);
    }

    @Override
    public ReminderState reminders(EscalationKey key, Instant clockStartedAt) {
        return delegate.reminders(key, clockStartedAt);
    }
}
