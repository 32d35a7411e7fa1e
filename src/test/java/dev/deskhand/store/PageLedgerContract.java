package dev.deskhand.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deskhand.escalation.Actor;
import dev.deskhand.escalation.Command;
import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.escalation.service.EscalationService;
import dev.deskhand.escalation.outbox.OutboxEntry;
import dev.deskhand.escalation.OutboxMessage;
import dev.deskhand.escalation.Reminder;
import dev.deskhand.escalation.ReminderKind;
import dev.deskhand.escalation.ResolutionReason;
import dev.deskhand.escalation.Severity;
import dev.deskhand.escalation.sla.SlaReminders;
import dev.deskhand.paging.PageAction;
import dev.deskhand.paging.PageOn;
import dev.deskhand.paging.PageRecord;
import dev.deskhand.paging.PagingPolicy;
import dev.deskhand.paging.PagingService;
import dev.deskhand.paging.PagingSettings;
import dev.deskhand.paging.TeamPaging;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The page ledger and the outbox's page lane, on every database; subclasses supply H2 or PostgreSQL. */
abstract class PageLedgerContract extends EscalationDatabaseTest {
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final EscalationKey ESC_1 = new EscalationKey(1);
    private static final PagingPolicy POLICY = new PagingPolicy(new PagingSettings(List.of(new TeamPaging("billing",
            Map.of(PagingService.PAGERDUTY, "PD_BILLING_KEY"),
            List.of(PageOn.parse("P1-created").orElseThrow(), PageOn.parse("breach").orElseThrow()))),
            PagingSettings.PAGERDUTY_URL, PagingSettings.OPSGENIE_URL, PagingSettings.CONNECT_TIMEOUT,
            PagingSettings.READ_TIMEOUT));

    private EscalationService paging;
    private SlaReminders reminders;
    private JdbcPageLedger ledger;

    @BeforeEach
    void withPaging() {
        paging = new EscalationService(store, SETTINGS, clock, POLICY);
        reminders = new SlaReminders(store, SETTINGS.sla(), clock, Duration.ofSeconds(30), POLICY);
        ledger = new JdbcPageLedger(dataSource());
    }

    private static List<String> described(List<OutboxEntry> entries) {
        return entries.stream().map(e -> e.id() + " " + e.message().kind() + " " + e.message().detail()).toList();
    }

    private void resolve() {
        paging.act(ESC_1, new Command.Resolve("fixed the worker", ResolutionReason.FIXED), Actor.of("UREQ"));
    }

    @Test
    void aPageGoesInItsOwnLaneWithoutWaitingForTheCard() {
        paging.create(draft(Severity.P1, "billing", "UREQ"), "V1");

        assertEquals(List.of("1 CARD null"), described(outbox.claimDue(T0, LEASE, 10)));
        assertEquals(List.of("2 PAGE_TRIGGER pagerduty"), described(outbox.claimDuePages(T0, LEASE, 10)));
        // the card is still unsent, and the Slack sender's counts and failures know nothing of pages
        assertEquals(1, outbox.pendingCount());
    }

    @Test
    void createdAsP1AndThenBreachedPagesOncePerCycleAndAgainAfterAReopen() throws Exception {
        paging.create(draft(Severity.P1, "billing", "UREQ"), "V1");
        clock.advance(Duration.ofMinutes(15));
        reminders.runOnce(); // ACK_BREACH
        clock.advance(Duration.ofHours(4));
        reminders.runOnce(); // RESOLVE_BREACH (or a repeat): neither pages again

        assertEquals(List.of("pagerduty billing CREATED null"),
                rows("SELECT service, team, reason, resolve_requested_at FROM escalation_pages"));
        assertEquals(1, Integer.parseInt(rows("SELECT COUNT(*) FROM escalation_outbox WHERE kind = 'PAGE_TRIGGER'")
                .get(0)));

        // WHEN it is resolved, reopened and breached again THEN the new cycle pages once more
        resolve();
        paging.act(ESC_1, new Command.Reopen("customer says it is back"), Actor.of("UREQ"));
        clock.advance(Duration.ofMinutes(16));
        reminders.runOnce();
        assertEquals(List.of("CREATED resolving", "ACK_BREACH open"), rows("SELECT reason, CASE WHEN "
                + "resolve_requested_at IS NULL THEN 'open' ELSE 'resolving' END FROM escalation_pages ORDER BY id"));
    }

    @Test
    void aResolutionIsOwedOnlyForAnOpenPageAndGoesAfterItsTrigger() {
        paging.create(draft(Severity.P1, "billing", "UREQ"), "V1");
        resolve();

        // One resolve (pagerduty): Opsgenie never had a page, so none is owed there
        List<OutboxEntry> first = outbox.claimDuePages(T0, LEASE, 10);
        assertEquals(List.of("2 PAGE_TRIGGER pagerduty"), described(first));
        PageRecord page = ledger.forMessage(first.get(0).id()).orElseThrow();
        ledger.accepted(first.get(0).id(), page, PageAction.TRIGGER, T0);
        List<OutboxEntry> second = outbox.claimDuePages(T0, LEASE, 10);
        assertEquals(List.of("PAGE_RESOLVE pagerduty"), second.stream()
                .map(e -> e.message().kind() + " " + e.message().detail()).toList());
        assertEquals(page.id(), ledger.forMessage(second.get(0).id()).orElseThrow().id());
    }

    @Test
    void anAcceptedPageIsRecordedOnceEvenWhenTwoSendersReport() throws Exception {
        paging.create(draft(Severity.P1, "billing", "UREQ"), "V1");
        OutboxEntry trigger = outbox.claimDuePages(T0, LEASE, 10).get(0);
        PageRecord page = ledger.forMessage(trigger.id()).orElseThrow();

        race(2, () -> {
            ledger.accepted(trigger.id(), page, PageAction.TRIGGER, T0.plusSeconds(1));
            return null;
        });

        assertEquals(List.of("PAGE_TRIGGERED deskhand CREATED pagerduty"),
                rows("SELECT action, actor, from_value, to_value FROM escalation_events WHERE action LIKE 'PAGE%'"));
        assertEquals(1, Integer.parseInt(rows("SELECT COUNT(*) FROM escalation_outbox o JOIN escalation_events e "
                + "ON e.id = o.event_id WHERE e.action = 'PAGE_TRIGGERED' AND o.kind = 'NOTE'").get(0)));
        PageRecord stamped = ledger.pages(ESC_1).get(0);
        assertEquals(T0.plusSeconds(1), stamped.triggeredAt());
        assertEquals(List.of(), outbox.claimDuePages(T0.plus(LEASE), LEASE, 10));
    }

    @Test
    void aRejectedPageIsGivenUpRecordedAndNeverResolved() throws Exception {
        paging.create(draft(Severity.P1, "billing", "UREQ"), "V1");
        OutboxEntry trigger = outbox.claimDuePages(T0, LEASE, 10).get(0);
        PageRecord page = ledger.forMessage(trigger.id()).orElseThrow();

        ledger.rejected(trigger.id(), page, PageAction.TRIGGER, "HTTP 400: invalid event", T0);
        resolve();

        assertEquals(List.of("HTTP 400: invalid event"), rows("SELECT failure FROM escalation_pages"));
        assertEquals(List.of("PAGE_FAILED TRIGGER pagerduty HTTP 400: invalid event"),
                rows("SELECT action, from_value, to_value, note FROM escalation_events WHERE action LIKE 'PAGE%'"));
        assertEquals(List.of(), outbox.claimDuePages(T0.plus(LEASE), LEASE, 10));
        assertEquals(List.of(), outbox.failures(ESC_1), "page failures are shown from the ledger, not as Slack's");
    }

    @Test
    void aBreachRacingAResolutionNeverLeavesAPageOpenOnAResolvedEscalation() throws Exception {
        for (int round = 0; round < 5; round++) {
            String view = "V-race-" + round;
            Escalation open = paging.create(draft(Severity.P2, "billing", "UREQ"), view).escalation();
            Reminder breach = new Reminder(ReminderKind.ACK_BREACH, 0, clock.instant());
            AtomicInteger turn = new AtomicInteger();
            race(2, () -> {
                if (turn.getAndIncrement() == 0) {
                    // the SLA worker read the escalation while it was open, and records the breach now
                    store.recordReminder(open, breach, clock.instant(), POLICY.breached(open, ReminderKind.ACK_BREACH));
                } else {
                    paging.act(open.key(), new Command.Resolve("done", ResolutionReason.FIXED), Actor.of("UREQ"));
                }
                return null;
            });
            // Whatever the interleaving: every page of a resolved escalation has its resolution requested
            assertEquals(List.of(), rows("SELECT p.id FROM escalation_pages p JOIN escalations e "
                    + "ON e.id = p.escalation_id WHERE e.status = 'resolved' AND p.resolve_requested_at IS NULL"));
        }
        assertEquals(List.of("5"), rows("SELECT COUNT(*) FROM escalations WHERE status = 'resolved'"));
    }
}
