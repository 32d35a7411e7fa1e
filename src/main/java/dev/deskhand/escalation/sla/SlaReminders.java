package dev.deskhand.escalation.sla;

import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.EscalationStore;
import dev.deskhand.escalation.OnCall;
import dev.deskhand.escalation.OutboxMessage;
import dev.deskhand.escalation.Reminder;
import dev.deskhand.escalation.ReminderState;
import dev.deskhand.Routine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On every tick, decides from stored state which SLA reminder each unresolved escalation is owed and logs it
 * together with its outbox message, once: the reminder log's uniqueness makes a second replica's attempt a no-op,
 * and a restart simply recomputes.
 */
public final class SlaReminders implements Routine {
    private static final Logger LOG = LoggerFactory.getLogger(SlaReminders.class);

    private final EscalationStore store;
    private final SlaPolicy policy;
    private final Clock clock;
    private final Duration interval;
    private final OnCall onCall;

    public SlaReminders(EscalationStore store, SlaPolicy policy, Clock clock, Duration interval) {
        this(store, policy, clock, interval, OnCall.NONE);
    }

    /** @param onCall the pages a breach owes ({@code paging:}), enqueued with the reminder, once */
    public SlaReminders(EscalationStore store, SlaPolicy policy, Clock clock, Duration interval, OnCall onCall) {
        this.onCall = Objects.requireNonNull(onCall, "onCall");
        this.store = Objects.requireNonNull(store, "store");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.interval = Objects.requireNonNull(interval, "interval");
    }

    @Override
    public String name() {
        return "sla-reminders";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public void runOnce() {
        Instant now = clock.instant();
        for (Escalation escalation : store.listUnresolved()) {
            ReminderState sent = store.reminders(escalation.key(), escalation.clockStartedAt());
            Optional<Reminder> due = policy.nextReminder(escalation, sent, now);
            if (due.isPresent()) {
                Reminder reminder = due.get();
                List<OutboxMessage> effects = new ArrayList<>();
                effects.add(OutboxMessage.reminder(escalation.key(), reminder.kind()));
                effects.addAll(onCall.breached(escalation, reminder.kind()));
                boolean logged = store.recordReminder(escalation, reminder, now, effects);
                LOG.info("{} {} #{} for {}", logged ? "Queued" : "Already queued", reminder.kind(),
                        reminder.sequence(), escalation.key());
            }
        }
    }
}
