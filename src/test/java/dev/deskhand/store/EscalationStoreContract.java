package dev.deskhand.store;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deskhand.escalation.Action;
import dev.deskhand.escalation.Actor;
import dev.deskhand.escalation.AuditEvent;
import dev.deskhand.escalation.CardRef;
import dev.deskhand.escalation.Command;
import dev.deskhand.escalation.Creation;
import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.escalation.OutboxMessage;
import dev.deskhand.escalation.Outcome;
import dev.deskhand.escalation.Reminder;
import dev.deskhand.escalation.ReminderKind;
import dev.deskhand.escalation.ReminderState;
import dev.deskhand.escalation.ResolutionReason;
import dev.deskhand.escalation.Severity;
import dev.deskhand.escalation.Status;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** The repository behaviour every database must show; subclasses supply H2 or PostgreSQL. */
abstract class EscalationStoreContract extends EscalationDatabaseTest {

    @Test
    void sameSubmissionTwiceCreatesOneEscalationWithOneCardOwed() throws Exception {
        // GIVEN a modal submitted with view id V1
        Creation first = service.create(draft(Severity.P2, "billing", "UREQ"), "V1");
        // WHEN Slack retries the same submission
        clock.advance(Duration.ofSeconds(3));
        Creation second = service.create(draft(Severity.P2, "billing", "UREQ"), "V1");

        // THEN the first created ESC-1, the second found it, and exactly one row, event and outbox message exist
        assertEquals(new EscalationKey(1), first.escalation().key());
        assertTrue(first.created());
        assertFalse(second.created());
        assertEquals(first.escalation(), second.escalation());
        assertEquals(1, count("escalations"));
        assertEquals(List.of("CREATE UREQ null->open"), rows("SELECT action, actor, from_value, to_value "
                + "FROM escalation_events"));
        assertEquals(List.of("1 CARD null"), rows("SELECT escalation_id, kind, event_id FROM escalation_outbox"));
        assertEquals(Escalation.opened(new EscalationKey(1), draft(Severity.P2, "billing", "UREQ"), T0),
                store.find(new EscalationKey(1)).orElseThrow());
    }

    @Test
    void concurrentSubmissionsOfOneModalCreateOneEscalation() throws Exception {
        List<Creation> results = race(8, () -> service.create(draft(Severity.P1, "billing", "UREQ"), "V-RACE"));

        assertEquals(1, results.stream().filter(Creation::created).count());
        assertEquals(1, results.stream().map(c -> c.escalation().key()).distinct().count());
        assertEquals(1, count("escalations"));
        assertEquals(1, count("escalation_outbox"));
    }

    @Test
    void claimRaceHasOneWinner() throws Exception {
        // GIVEN an open escalation
        EscalationKey key = service.create(draft(Severity.P1, "billing", "UREQ"), "V1").escalation().key();

        // WHEN two people click Claim at the same moment
        List<Outcome> outcomes = race(2, new Callable<>() {
            private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

            @Override
            public Outcome call() {
                return service.act(key, new Command.Claim(), Actor.of(next.getAndIncrement() == 0 ? "UANNA" : "UBEN"));
            }
        });

        // THEN exactly one wins and the other is told who has it
        List<Outcome.Applied> winners = outcomes.stream().filter(Outcome.Applied.class::isInstance)
                .map(Outcome.Applied.class::cast).toList();
        assertEquals(1, winners.size());
        String owner = winners.get(0).escalation().assignee();
        assertEquals(List.of(new Outcome.Refused.ClaimedBySomeoneElse(key, owner)),
                outcomes.stream().filter(Outcome.Refused.class::isInstance).toList());
        assertEquals(List.of("CREATE", "CLAIM"), rows("SELECT action FROM escalation_events ORDER BY id"));
        assertEquals(owner, store.find(key).orElseThrow().assignee());
    }

    @Test
    void staleVersionWritesNothing() throws Exception {
        Escalation opened = service.create(draft(Severity.P1, "billing", "UREQ"), "V1").escalation();
        Outcome.Applied claimByAnna = (Outcome.Applied) SETTINGS.lifecycle()
                .apply(opened, new Command.Claim(), Actor.of("UANNA"), T0);
        Outcome.Applied claimByBen = (Outcome.Applied) SETTINGS.lifecycle()
                .apply(opened, new Command.Claim(), Actor.of("UBEN"), T0);

        assertTrue(store.transition(opened, claimByAnna, List.of(OutboxMessage.card(opened.key()))));
        assertFalse(store.transition(opened, claimByBen, List.of(OutboxMessage.card(opened.key()))));
        assertEquals(2, count("escalation_events"));
        assertEquals(2, count("escalation_outbox"));
    }

    @Test
    void everyTransitionStoresItsTimestampAuditRowCardUpdateAndThreadNote() throws Exception {
        // GIVEN ESC-1 created at T0
        EscalationKey key = service.create(draft(Severity.P2, "billing", "UREQ"), "V1").escalation().key();
        // WHEN it is claimed after 7 minutes and resolved after 50
        clock.set(T0.plus(Duration.ofMinutes(7)));
        service.act(key, new Command.Claim(), Actor.of("UANNA"));
        clock.set(T0.plus(Duration.ofMinutes(50)));
        service.act(key, new Command.Resolve("refunded the duplicate", ResolutionReason.FIXED), Actor.of("UANNA"));

        // THEN time to acknowledge and time to resolve come straight from the stored row
        Escalation stored = store.find(key).orElseThrow();
        assertEquals(Duration.ofMinutes(7), Duration.between(stored.createdAt(), stored.acknowledgedAt()));
        assertEquals(Duration.ofMinutes(50), Duration.between(stored.createdAt(), stored.resolvedAt()));
        assertEquals(Status.RESOLVED, stored.status());
        assertEquals(3, stored.version());
        // AND the timeline reads back in order, with the note and reason
        assertEquals(List.of(
                new AuditEvent(key, "UREQ", Action.CREATE, null, "open", null, T0),
                new AuditEvent(key, "UANNA", Action.CLAIM, "open", "acknowledged", null, T0.plusSeconds(420)),
                new AuditEvent(key, "UANNA", Action.RESOLVE, "acknowledged", "FIXED", "refunded the duplicate",
                        T0.plusSeconds(3000))), store.timeline(key));
        // AND each transition owes a card update plus a thread note pointing at its own audit row
        assertEquals(List.of("CARD null", "CARD null", "NOTE 2", "CARD null", "NOTE 3"),
                rows("SELECT kind, event_id FROM escalation_outbox ORDER BY id"));
        assertEquals(store.timeline(key).get(1), store.event(2).orElseThrow());
    }

    @Test
    void listsShowUnresolvedOldestFirst() {
        service.create(draft(Severity.P3, "billing", "UREQ"), "V1");
        clock.advance(Duration.ofMinutes(1));
        service.create(draft(Severity.P1, "technical", "UOTHER"), "V2");
        clock.advance(Duration.ofMinutes(1));
        service.create(draft(Severity.P2, "billing", "UOTHER"), "V3");
        service.act(new EscalationKey(3), new Command.Claim(), Actor.of("UREQ"));
        clock.advance(Duration.ofMinutes(1));
        service.create(draft(Severity.P2, "billing", "UREQ"), "V4");
        service.act(new EscalationKey(4), new Command.Resolve("dup", ResolutionReason.DUPLICATE), Actor.of("UREQ"));

        assertEquals(List.of("ESC-1", "ESC-3"), keys(store.listOpen(List.of("billing"))));
        assertEquals(List.of("ESC-1", "ESC-2", "ESC-3"), keys(store.listOpen(List.of("billing", "technical"))));
        assertEquals(List.of("ESC-1", "ESC-3"), keys(store.listMine("UREQ")));
        assertEquals(List.of("ESC-1", "ESC-2", "ESC-3"), keys(store.listUnresolved()));
        assertEquals(List.of(), store.listOpen(List.of()));
    }

    @Test
    void cardIsRecordedOnceAndMovedOnlyFromWhereItWas() {
        EscalationKey key = service.create(draft(Severity.P2, "billing", "UREQ"), "V1").escalation().key();
        CardRef first = new CardRef("C0BILLING01", "1700000000.000100");
        CardRef moved = new CardRef("C0TECHNIC01", "1700000001.000200");

        assertTrue(store.recordCard(key, null, first));
        assertFalse(store.recordCard(key, null, new CardRef("C0BILLING01", "1700000009.000900")));
        assertFalse(store.recordCard(key, moved, first));
        assertTrue(store.recordCard(key, first, moved));
        assertEquals(moved, store.find(key).orElseThrow().card());
    }

    @Test
    void eachReminderIsLoggedOncePerSlaCycle() throws Exception {
        Escalation escalation = service.create(draft(Severity.P1, "billing", "UREQ"), "V1").escalation();
        Reminder breach = new Reminder(ReminderKind.ACK_BREACH, 0, T0.plusSeconds(900));
        List<OutboxMessage> effects = List.of(OutboxMessage.reminder(escalation.key(), ReminderKind.ACK_BREACH));

        // WHEN two replicas log the same breach
        assertTrue(store.recordReminder(escalation, breach, T0.plusSeconds(901), effects));
        assertFalse(store.recordReminder(escalation, breach, T0.plusSeconds(902), effects));

        // THEN it is logged and owed once
        assertEquals(new ReminderState(List.of(new ReminderState.Sent(ReminderKind.ACK_BREACH, 0,
                T0.plusSeconds(901)))), store.reminders(escalation.key(), escalation.clockStartedAt()));
        assertEquals(List.of("CARD null", "REMINDER ACK_BREACH"),
                rows("SELECT kind, detail FROM escalation_outbox ORDER BY id"));
        // AND a reopened escalation starts a fresh cycle
        assertEquals(ReminderState.none(), store.reminders(escalation.key(), T0.plus(Duration.ofDays(1))));
    }

    @Test
    void indexesForTheDigestExist() throws Exception {
        List<String> indexes = new ArrayList<>();
        try (Connection connection = dataSource().getConnection();
             ResultSet rows = connection.getMetaData().getIndexInfo(null, connection.getSchema(), "escalations",
                     false, false)) {
            while (rows.next()) {
                indexes.add(rows.getString("INDEX_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        assertTrue(indexes.containsAll(List.of("escalations_open_by_team", "escalations_resolved_at")),
                indexes.toString());
    }
}
