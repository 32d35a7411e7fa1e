package dev.deskhand.escalation.sla;

import dev.deskhand.escalation.Actor;
import dev.deskhand.escalation.Command;
import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.EscalationFixtures;
import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.escalation.NewEscalation;
import dev.deskhand.escalation.Outcome;
import dev.deskhand.escalation.Reminder;
import dev.deskhand.escalation.ReminderKind;
import dev.deskhand.escalation.ReminderState;
import dev.deskhand.escalation.ResolutionReason;
import dev.deskhand.escalation.Severity;
import static dev.deskhand.escalation.EscalationFixtures.CREATED;
import static dev.deskhand.escalation.EscalationFixtures.lifecycle;
import static dev.deskhand.escalation.EscalationFixtures.open;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlaPolicyTest {
    private static final BusinessHours LONDON = new BusinessHours(ZoneId.of("Europe/London"),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 30));

    @Test
    void wallClockTargetsCountFromCreation() {
        SlaPolicy policy = policy(LONDON);
        Escalation p1 = open(Severity.P1);

        assertEquals(Instant.parse("2025-03-03T10:15:00Z"), policy.acknowledgeDueAt(p1));
        assertEquals(Instant.parse("2025-03-03T14:00:00Z"), policy.resolveDueAt(p1));
    }

    @Test
    void tierOverrideTightensTargets() {
        Escalation keyAccount = Escalation.opened(new EscalationKey(7), new NewEscalation(null, "key-account",
                "#1", Severity.P1, "billing", "down", null, null, "UREQ"), CREATED);

        assertEquals(Instant.parse("2025-03-03T10:10:00Z"), policy(LONDON).acknowledgeDueAt(keyAccount));
    }

    @Test
    void businessHourTargetsSkipNightsAndWeekends() {
        // GIVEN a P3 (4h ack, 24h resolve in working time) raised on Friday 15:00 London
        Escalation friday = Escalation.opened(new EscalationKey(8), EscalationFixtures.draft(Severity.P3, "billing"),
                Instant.parse("2025-03-07T15:00:00Z"));

        // THEN 2.5h count on Friday and the rest from Monday 09:00
        assertEquals(Instant.parse("2025-03-10T10:30:00Z"), policy(LONDON).acknowledgeDueAt(friday));
        // AND 24 working hours = Fri 2.5h + Mon 8.5h + Tue 8.5h + Wed 4.5h, so due Wednesday 13:30
        assertEquals(Instant.parse("2025-03-12T13:30:00Z"), policy(LONDON).resolveDueAt(friday));
    }

    @Test
    void businessHoursFollowDaylightSavingTime() {
        // 31 March 2025 London is on BST (UTC+1): opening at 09:00 local is 08:00 UTC
        Escalation sunday = Escalation.opened(new EscalationKey(9), EscalationFixtures.draft(Severity.P3, "billing"),
                Instant.parse("2025-03-30T12:00:00Z"));

        assertEquals(Instant.parse("2025-03-31T12:00:00Z"), policy(LONDON).acknowledgeDueAt(sunday));
    }

    @Test
    void unacknowledgedEscalationGetsWarningBreachThenRepeatsUntilClaimed() {
        // GIVEN a P1 (ack due 10:15, warning 5 minutes before, repeat every 30 minutes)
        SlaPolicy policy = policy(null);
        Escalation p1 = open(Severity.P1);
        List<ReminderState.Sent> sent = new ArrayList<>();

        // WHEN the worker ticks every minute from creation for two hours
        List<String> log = new ArrayList<>();
        for (Instant now = CREATED; now.isBefore(CREATED.plus(Duration.ofHours(2))); now = now.plusSeconds(60)) {
            Optional<Reminder> due = policy.nextReminder(p1, new ReminderState(sent), now);
            if (due.isPresent()) {
                sent.add(new ReminderState.Sent(due.get().kind(), due.get().sequence(), now));
                log.add(due.get().kind() + "#" + due.get().sequence() + "@" + now);
            }
        }

        // THEN exactly these reminders go out, at these times
        assertEquals(List.of(
                "ACK_WARNING#0@2025-03-03T10:10:00Z",
                "ACK_BREACH#0@2025-03-03T10:15:00Z",
                "ACK_REPEAT#1@2025-03-03T10:45:00Z",
                "ACK_REPEAT#2@2025-03-03T11:15:00Z",
                "ACK_REPEAT#3@2025-03-03T11:45:00Z"), log);
    }

    @Test
    void afterDowntimeOnlyTheBreachIsSentNotTheStaleWarning() {
        SlaPolicy policy = policy(null);

        assertEquals(Optional.of(new Reminder(ReminderKind.ACK_BREACH, 0, Instant.parse("2025-03-03T10:15:00Z"))),
                policy.nextReminder(open(Severity.P1), ReminderState.none(), Instant.parse("2025-03-03T10:40:00Z")));
    }

    @Test
    void acknowledgedEscalationOnlyGetsResolveReminders() {
        SlaPolicy policy = policy(null);
        Escalation claimed = ((Outcome.Applied) lifecycle().apply(open(Severity.P1), new Command.Claim(),
                Actor.of("UURSULA"), CREATED.plusSeconds(60))).escalation();

        assertEquals(Optional.empty(),
                policy.nextReminder(claimed, ReminderState.none(), Instant.parse("2025-03-03T11:00:00Z")));
        assertEquals(Optional.of(new Reminder(ReminderKind.RESOLVE_WARNING, 0,
                        Instant.parse("2025-03-03T13:55:00Z"))),
                policy.nextReminder(claimed, ReminderState.none(), Instant.parse("2025-03-03T13:56:00Z")));
        assertEquals(SlaState.AT_RISK, policy.state(claimed, Instant.parse("2025-03-03T13:56:00Z")));
        assertEquals(SlaState.BREACHED, policy.state(claimed, Instant.parse("2025-03-03T14:00:00Z")));
    }

    @Test
    void snoozedEscalationGetsNoReminderUntilTheSnoozeEnds() {
        SlaPolicy policy = policy(null);
        Instant until = Instant.parse("2025-03-03T11:00:00Z");
        Escalation snoozed = ((Outcome.Applied) lifecycle().apply(open(Severity.P1), new Command.Snooze(until),
                Actor.of("UURSULA"), CREATED.plusSeconds(60))).escalation();

        assertEquals(Optional.empty(), policy.nextReminder(snoozed, ReminderState.none(), until.minusSeconds(1)));
        assertEquals(ReminderKind.ACK_BREACH,
                policy.nextReminder(snoozed, ReminderState.none(), until).orElseThrow().kind());
    }

    @Test
    void resolvedInTimeIsMetLateIsMissed() {
        SlaPolicy policy = policy(null);
        Escalation onTime = ((Outcome.Applied) lifecycle().apply(open(Severity.P1),
                new Command.Resolve("fixed", ResolutionReason.FIXED), Actor.of("U1"), CREATED.plusSeconds(3600)))
                .escalation();
        Escalation late = ((Outcome.Applied) lifecycle().apply(open(Severity.P1),
                new Command.Resolve("fixed", ResolutionReason.FIXED), Actor.of("U1"), CREATED.plusSeconds(5 * 3600)))
                .escalation();

        assertEquals(SlaState.MET, policy.state(onTime, CREATED.plusSeconds(9999)));
        assertEquals(SlaState.MISSED, policy.state(late, CREATED.plusSeconds(99999)));
        assertEquals(Optional.empty(), policy.nextReminder(late, ReminderState.none(), CREATED.plusSeconds(99999)));
    }

    private static SlaPolicy policy(BusinessHours hours) {
        return new SlaPolicy(Map.of(
                Severity.P1, new SlaTargets(Duration.ofMinutes(15), Duration.ofHours(4), false),
                Severity.P2, new SlaTargets(Duration.ofHours(1), Duration.ofDays(1), false),
                Severity.P3, new SlaTargets(Duration.ofHours(4), Duration.ofHours(24), true),
                Severity.P4, new SlaTargets(Duration.ofHours(8), Duration.ofHours(40), true)),
                Map.of("key-account", Map.of(Severity.P1,
                        new SlaTargets(Duration.ofMinutes(10), Duration.ofHours(2), false))),
                hours, Duration.ofMinutes(5), Duration.ofMinutes(30));
    }
}
