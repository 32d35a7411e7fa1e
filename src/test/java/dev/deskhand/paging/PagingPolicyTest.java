package dev.deskhand.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.escalation.NewEscalation;
import dev.deskhand.escalation.OutboxMessage;
import dev.deskhand.escalation.ReminderKind;
import dev.deskhand.escalation.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which pages a new, breached or resolved escalation owes, from the teams' paging: settings. */
class PagingPolicyTest {
    private static final EscalationKey KEY = new EscalationKey(12);

    private final PagingPolicy policy = new PagingPolicy(new PagingSettings(List.of(
            new TeamPaging("billing", Map.of(PagingService.OPSGENIE, "OG", PagingService.PAGERDUTY, "PD"),
                    List.of(PageOn.parse("P1-created").orElseThrow(), PageOn.parse("breach").orElseThrow())),
            new TeamPaging("technical", Map.of(PagingService.OPSGENIE, "OG"),
                    List.of(PageOn.parse("P2-breach").orElseThrow()))),
            PagingSettings.PAGERDUTY_URL, PagingSettings.OPSGENIE_URL, PagingSettings.CONNECT_TIMEOUT,
            PagingSettings.READ_TIMEOUT));

    @Test
    void aP1CreatedPagesThroughEveryServiceOfItsTeamPagerDutyFirst() {
        assertEquals(List.of(OutboxMessage.pageTrigger(KEY, "pagerduty"), OutboxMessage.pageTrigger(KEY, "opsgenie")),
                policy.created(KEY, draft(Severity.P1, "billing")));
        assertEquals(List.of(), policy.created(KEY, draft(Severity.P2, "billing")));
        assertEquals(List.of(), policy.created(KEY, draft(Severity.P1, "technical")));
        assertEquals(List.of(), policy.created(KEY, draft(Severity.P1, "accounts")));
    }

    @Test
    void breachesPageByTheTeamsSeverityAndOnlyOnTheFirstAlert() {
        Escalation p3Billing = escalation(Severity.P3, "billing");
        assertEquals(List.of(OutboxMessage.pageTrigger(KEY, "pagerduty"), OutboxMessage.pageTrigger(KEY, "opsgenie")),
                policy.breached(p3Billing, ReminderKind.ACK_BREACH));
        assertEquals(2, policy.breached(p3Billing, ReminderKind.RESOLVE_BREACH).size());
        assertEquals(List.of(), policy.breached(p3Billing, ReminderKind.ACK_REPEAT));
        assertEquals(List.of(), policy.breached(p3Billing, ReminderKind.ACK_WARNING));
        assertEquals(List.of(OutboxMessage.pageTrigger(KEY, "opsgenie")),
                policy.breached(escalation(Severity.P2, "technical"), ReminderKind.RESOLVE_BREACH));
        assertEquals(List.of(), policy.breached(escalation(Severity.P1, "technical"), ReminderKind.ACK_BREACH));
    }

    @Test
    void aResolutionIsOwedToEveryServiceWhateverTheTeamNow() {
        // The ledger keeps only those with an open page; a page may predate a move to a team without paging.
        assertEquals(List.of(OutboxMessage.pageResolve(KEY, "pagerduty"), OutboxMessage.pageResolve(KEY, "opsgenie")),
                policy.resolved(escalation(Severity.P1, "accounts")));
        assertEquals(List.of(), new PagingPolicy(PagingSettings.none()).resolved(escalation(Severity.P1, "billing")));
    }

    @Test
    void momentsParseWithAndWithoutSeverity() {
        assertEquals(Optional.of(new PageOn(Optional.of(Severity.P2), PageOn.Moment.BREACH)), PageOn.parse("p2-Breach"));
        assertEquals(Optional.of(new PageOn(Optional.empty(), PageOn.Moment.CREATED)), PageOn.parse(" created "));
        assertEquals(Optional.empty(), PageOn.parse("P1-resolved"));
        assertEquals(Optional.empty(), PageOn.parse("sev1-created"));
        assertEquals(Optional.empty(), PageOn.parse("-breach"));
    }

    private static NewEscalation draft(Severity severity, String team) {
        return new NewEscalation("ACME", "standard", "ACME-1", severity, team, "down", null, null, "UREQ");
    }

    private static Escalation escalation(Severity severity, String team) {
        return Escalation.opened(KEY, draft(severity, team), Instant.parse("2026-11-23T09:00:00Z"));
    }
}
