package dev.deskhand.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deskhand.escalation.Actor;
import dev.deskhand.escalation.Command;
import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.escalation.outbox.OutboxEntry;
import dev.deskhand.escalation.OutboxMessage;
import dev.deskhand.escalation.Severity;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Outbox behaviour every database must show; subclasses supply H2 or PostgreSQL. */
abstract class OutboxContract extends EscalationDatabaseTest {
    private static final Duration LEASE = Duration.ofSeconds(30);

    private static List<String> described(List<OutboxEntry> entries) {
        return entries.stream().map(e -> e.id() + " " + e.message().key() + " " + e.message().kind()).toList();
    }

    private void givenTwoEscalationsOneClaimed() {
        service.create(draft(Severity.P1, "billing", "UREQ"), "V1");          // 1: ESC-1 CARD
        service.act(new EscalationKey(1), new Command.Claim(), Actor.of("UANNA")); // 2: CARD, 3: NOTE
        service.create(draft(Severity.P2, "technical", "UREQ"), "V2");        // 4: ESC-2 CARD
    }

    @Test
    void messagesOfOneEscalationGoOutInOrderOneAtATime() {
        givenTwoEscalationsOneClaimed();

        // WHEN a sender takes what is due  THEN it gets only the oldest message of each escalation
        assertEquals(List.of("1 ESC-1 CARD", "4 ESC-2 CARD"), described(outbox.claimDue(T0, LEASE, 10)));
        // AND while leased nobody else gets them, nor what queues behind them
        assertEquals(List.of(), described(outbox.claimDue(T0.plusSeconds(1), LEASE, 10)));
        // WHEN the first card is sent THEN the next message of ESC-1 becomes available
        outbox.markSent(1, T0.plusSeconds(2));
        assertEquals(List.of("2 ESC-1 CARD"), described(outbox.claimDue(T0.plusSeconds(2), LEASE, 10)));
        assertEquals(3, outbox.pendingCount());
    }

    @Test
    void aSenderThatDiesLeavesItsMessagesForTheNextAfterTheLease() {
        givenTwoEscalationsOneClaimed();
        outbox.claimDue(T0, LEASE, 10);

        assertEquals(List.of(), described(outbox.claimDue(T0.plus(LEASE).minusMillis(1), LEASE, 10)));
        assertEquals(List.of("1 ESC-1 CARD", "4 ESC-2 CARD"), described(outbox.claimDue(T0.plus(LEASE), LEASE, 10)));
    }

    @Test
    void aFailureWaitsCountsAnAttemptAndKeepsTheError() throws Exception {
        service.create(draft(Severity.P1, "billing", "UREQ"), "V1");
        OutboxEntry card = outbox.claimDue(T0, LEASE, 10).get(0);

        outbox.retryAfterFailure(card.id(), T0.plusSeconds(2), "HTTP 500");

        assertEquals(List.of(), outbox.claimDue(T0.plusSeconds(1), LEASE, 10));
        OutboxEntry retried = outbox.claimDue(T0.plusSeconds(2), LEASE, 10).get(0);
        assertEquals(1, retried.attempts());
        assertEquals(new OutboxMessage(OutboxMessage.Kind.CARD, new EscalationKey(1), null), retried.message());
        assertEquals(List.of("1 HTTP 500"), rows("SELECT attempts, last_error FROM escalation_outbox"));
        outbox.markSent(card.id(), T0.plusSeconds(3));
        assertEquals(List.of("1 null"), rows("SELECT attempts, last_error FROM escalation_outbox"));
        assertEquals(0, outbox.pendingCount());
    }

    @Test
    void aPostponementWaitsWithoutCountingAnAttempt() throws Exception {
        service.create(draft(Severity.P1, "billing", "UREQ"), "V1");
        OutboxEntry card = outbox.claimDue(T0, LEASE, 10).get(0);

        outbox.postpone(card.id(), T0.plusSeconds(30), "HTTP 429, Retry-After 30s");

        assertEquals(List.of(), outbox.claimDue(T0.plusSeconds(29), LEASE, 10));
        assertEquals(0, outbox.claimDue(T0.plusSeconds(30), LEASE, 10).get(0).attempts());
        assertEquals(List.of("0 HTTP 429, Retry-After 30s"), rows("SELECT attempts, last_error FROM escalation_outbox"));
    }

    @Test
    void cardsAndUrgentEscalationsAreHandedOutFirst() {
        service.create(draft(Severity.P3, "billing", "UREQ"), "V1");              // 1: ESC-1 CARD (P3)
        outbox.markSent(1, T0);
        service.act(new EscalationKey(1), new Command.Claim(), Actor.of("UANNA")); // 2: CARD, 3: NOTE
        outbox.markSent(2, T0);
        service.create(draft(Severity.P4, "billing", "UREQ"), "V2");              // 4: ESC-2 CARD (P4)
        service.create(draft(Severity.P1, "technical", "UREQ"), "V3");            // 5: ESC-3 CARD (P1)

        assertEquals(List.of("5 ESC-3 CARD", "4 ESC-2 CARD", "3 ESC-1 NOTE"),
                described(outbox.claimDue(T0, LEASE, 10)));
    }

    @Test
    void theRequesterIsToldOnce() {
        service.create(draft(Severity.P1, "billing", "UREQ"), "V1");
        OutboxEntry card = outbox.claimDue(T0, LEASE, 10).get(0);
        assertEquals(false, card.requesterTold());

        outbox.markRequesterTold(card.id(), T0.plusSeconds(180));
        outbox.postpone(card.id(), T0, "wait");

        assertEquals(true, outbox.claimDue(T0, LEASE, 10).get(0).requesterTold());
    }

    @Test
    void twoReplicasNeverTakeTheSameMessage() throws Exception {
        for (int i = 1; i <= 12; i++) {
            service.create(draft(Severity.P3, "billing", "UREQ"), "V" + i);
        }

        List<List<OutboxEntry>> taken = race(2, () -> outbox.claimDue(T0, LEASE, 12));

        Set<Long> ids = new HashSet<>();
        taken.forEach(batch -> batch.forEach(entry -> assertEquals(true, ids.add(entry.id()), "taken twice")));
        outbox.claimDue(T0, LEASE, 12).forEach(entry -> ids.add(entry.id()));
        assertEquals(12, ids.size());
    }

    @Test
    void enqueuedMessageIsDueImmediately() {
        service.create(draft(Severity.P1, "billing", "UREQ"), "V1");
        outbox.markSent(outbox.claimDue(T0, LEASE, 1).get(0).id(), T0);

        outbox.enqueue(OutboxMessage.card(new EscalationKey(1)), T0.plusSeconds(5));

        assertEquals(List.of("2 ESC-1 CARD"), described(outbox.claimDue(T0.plusSeconds(5), LEASE, 10)));
    }
}
