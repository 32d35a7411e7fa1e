package dev.deskhand.home;

import dev.deskhand.escalation.AuditEvent;
import dev.deskhand.escalation.CardRef;
import dev.deskhand.escalation.Creation;
import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.escalation.EscalationStore;
import dev.deskhand.escalation.NewEscalation;
import dev.deskhand.escalation.OutboxMessage;
import dev.deskhand.escalation.Outcome;
import dev.deskhand.escalation.Reminder;
import dev.deskhand.escalation.ReminderState;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The escalation store, telling {@link HomeChanges} about every committed change: a creation, a state change, a
 * reminder (its SLA state moved). Watching at the store means a refused or lost race touches no home, and the
 * people before and after a change (a reassigned claimer, the team a card moved from) are both known here.
 */
public final class WatchedEscalationStore implements EscalationStore {

    private final EscalationStore delegate;
    private final HomeChanges changes;

    public WatchedEscalationStore(EscalationStore delegate, HomeChanges changes) {
        this.delegate = delegate;
        this.changes = changes;
    }

    @Override
    public Creation create(NewEscalation draft, String idempotencyKey, Instant now,
                           Function<EscalationKey, List<OutboxMessage>> effects) {
        Creation creation = delegate.create(draft, idempotencyKey, now, effects);
        if (creation.created()) {
            tell(creation.escalation(), creation.escalation());
        }
        return creation;
    }

    @Override
    public boolean transition(Escalation before, Outcome.Applied change, List<OutboxMessage> effects) {
        boolean applied = delegate.transition(before, change, effects);
        if (applied) {
            tell(before, change.escalation());
        }
        return applied;
    }

    @Override
    public boolean recordReminder(Escalation escalation, Reminder reminder, Instant sentAt,
                                  List<OutboxMessage> effects) {
        boolean recorded = delegate.recordReminder(escalation, reminder, sentAt, effects);
        if (recorded) {
            tell(escalation, escalation);
        }
        return recorded;
    }

    private void tell(Escalation before, Escalation after) {
        Set<String> users = new LinkedHashSet<>();
        for (Escalation e : List.of(before, after)) {
            if (e.requester() != null) {
                users.add(e.requester());
            }
            if (e.assignee() != null) {
                users.add(e.assignee());
            }
        }
        changes.changed(users, new LinkedHashSet<>(List.of(before.team(), after.team())));
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
