package dev.deskhand.escalation.sla;

import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.Reminder;
import dev.deskhand.escalation.ReminderKind;
import dev.deskhand.escalation.ReminderState;
import dev.deskhand.escalation.Severity;
import dev.deskhand.escalation.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * SLA targets per severity (optionally overridden per tier), optional business hours, and the reminder rules:
 * a warning {@code warnBefore} a target, an alert when it is breached, and for acknowledgement a repeat every
 * {@code repeatEvery} until someone acknowledges. Everything is computed from the stored escalation and the
 * reminders already sent, so a restart or a second replica changes nothing.
 *
 * @param businessHours {@code null} when every target counts wall-clock time
 * @param warnBefore    {@link Duration#ZERO} for no warnings
 * @param repeatEvery   {@link Duration#ZERO} for no repeats
 */
public record SlaPolicy(Map<Severity, SlaTargets> bySeverity, Map<String, Map<Severity, SlaTargets>> byTier,
                        BusinessHours businessHours, Duration warnBefore, Duration repeatEvery) {

    public SlaPolicy {
        if (bySeverity == null || !bySeverity.keySet().containsAll(EnumSet.allOf(Severity.class))) {
            throw new IllegalArgumentException("SLA targets are required for every severity P1-P4");
        }
        bySeverity = Map.copyOf(bySeverity);
        Map<String, Map<Severity, SlaTargets>> tiers = new HashMap<>();
        (byTier == null ? Map.<String, Map<Severity, SlaTargets>>of() : byTier)
                .forEach((tier, targets) -> tiers.put(tier, Map.copyOf(targets)));
        byTier = Map.copyOf(tiers);
        warnBefore = Objects.requireNonNullElse(warnBefore, Duration.ZERO);
        repeatEvery = Objects.requireNonNullElse(repeatEvery, Duration.ZERO);
    }

    /** The targets that apply: the tier's override for this severity if there is one, else the severity's. */
    public SlaTargets targets(Severity severity, String tier) {
        Map<Severity, SlaTargets> tierTargets = byTier.get(tier);
        if (tierTargets != null && tierTargets.containsKey(severity)) {
            return tierTargets.get(severity);
        }
        return bySeverity.get(severity);
    }

    /** When the escalation must be acknowledged (measured from creation or the latest reopening). */
    public Instant acknowledgeDueAt(Escalation escalation) {
        SlaTargets targets = targets(escalation.severity(), escalation.tier());
        return plus(escalation.clockStartedAt(), targets.acknowledge(), targets.businessHours());
    }

    /** When the escalation must be resolved (measured from creation or the latest reopening). */
    public Instant resolveDueAt(Escalation escalation) {
        SlaTargets targets = targets(escalation.severity(), escalation.tier());
        return plus(escalation.clockStartedAt(), targets.resolve(), targets.businessHours());
    }

    private Instant plus(Instant start, Duration target, boolean countBusinessHours) {
        return countBusinessHours && businessHours != null ? businessHours.plus(start, target) : start.plus(target);
    }

    /** How the escalation stands at {@code now}; the worst of its open targets. */
    public SlaState state(Escalation escalation, Instant now) {
        Instant resolveDue = resolveDueAt(escalation);
        if (escalation.status() == Status.RESOLVED) {
            return escalation.resolvedAt().isAfter(resolveDue) ? SlaState.MISSED : SlaState.MET;
        }
        SlaState state = against(resolveDue, now);
        if (escalation.status() == Status.OPEN) {
            SlaState ack = against(acknowledgeDueAt(escalation), now);
            state = ack.compareTo(state) > 0 ? ack : state;
        }
        return state;
    }

    private SlaState against(Instant due, Instant now) {
        if (!now.isBefore(due)) {
            return SlaState.BREACHED;
        }
        return !warnBefore.isZero() && !now.isBefore(due.minus(warnBefore)) ? SlaState.AT_RISK : SlaState.ON_TRACK;
    }

    /**
     * The most important reminder due at {@code now} that has not been sent yet, if any. A breach supersedes its
     * warning (a warning is never sent after the breach), and a snoozed or resolved escalation gets none.
     */
    public Optional<Reminder> nextReminder(Escalation escalation, ReminderState sent, Instant now) {
        if (!escalation.isUnresolved()
                || (escalation.snoozedUntil() != null && now.isBefore(escalation.snoozedUntil()))) {
            return Optional.empty();
        }
        if (escalation.status() == Status.OPEN) {
            Optional<Reminder> ack = acknowledgeReminder(acknowledgeDueAt(escalation), sent, now);
            if (ack.isPresent()) {
                return ack;
            }
        }
        return oneOff(resolveDueAt(escalation), ReminderKind.RESOLVE_WARNING, ReminderKind.RESOLVE_BREACH, sent, now);
    }

    private Optional<Reminder> acknowledgeReminder(Instant due, ReminderState sent, Instant now) {
        if (!now.isBefore(due) && sent.has(ReminderKind.ACK_BREACH) && !repeatEvery.isZero()) {
            ReminderState.Sent last = sent.latest(ReminderKind.ACK_BREACH, ReminderKind.ACK_REPEAT).orElseThrow();
            Instant repeatDue = last.sentAt().plus(repeatEvery);
            int sequence = last.kind() == ReminderKind.ACK_REPEAT ? last.sequence() + 1 : 1;
            return now.isBefore(repeatDue) ? Optional.empty()
                    : Optional.of(new Reminder(ReminderKind.ACK_REPEAT, sequence, repeatDue));
        }
        return oneOff(due, ReminderKind.ACK_WARNING, ReminderKind.ACK_BREACH, sent, now);
    }

    private Optional<Reminder> oneOff(Instant due, ReminderKind warning, ReminderKind breach, ReminderState sent,
                                      Instant now) {
        if (!now.isBefore(due)) {
            return sent.has(breach) ? Optional.empty() : Optional.of(new Reminder(breach, 0, due));
        }
        Instant warnAt = due.minus(warnBefore);
        if (!warnBefore.isZero() && !now.isBefore(warnAt) && !sent.has(warning)) {
            return Optional.of(new Reminder(warning, 0, warnAt));
        }
        return Optional.empty();
    }
}
