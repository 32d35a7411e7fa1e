package dev.deskhand.paging;

import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.escalation.NewEscalation;
import dev.deskhand.escalation.OnCall;
import dev.deskhand.escalation.OutboxMessage;
import dev.deskhand.escalation.ReminderKind;
import dev.deskhand.escalation.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Decides, from the teams' {@code paging:}, which pages a new, breached or resolved escalation owes. A page is
 * triggered once per SLA cycle and service (the store's page ledger drops a second trigger), and a resolution is
 * owed to every service (the ledger drops those with no open page).
 */
public final class PagingPolicy implements OnCall {
    private final PagingSettings settings;

    public PagingPolicy(PagingSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public List<OutboxMessage> created(EscalationKey key, NewEscalation draft) {
        return triggers(key, draft.team(), draft.severity(), PageOn.Moment.CREATED);
    }

    @Override
    public List<OutboxMessage> breached(Escalation escalation, ReminderKind reminder) {
        // A repeat of the acknowledgement alert is not a new breach: the page is already out.
        if (reminder != ReminderKind.ACK_BREACH && reminder != ReminderKind.RESOLVE_BREACH) {
            return List.of();
        }
        return triggers(escalation.key(), escalation.team(), escalation.severity(), PageOn.Moment.BREACH);
    }

    @Override
    public List<OutboxMessage> resolved(Escalation escalation) {
        // Every service, not only the current team's: the page may have gone out before a move to another team (the
        // ledger remembers which team's key it used, and drops resolutions of pages that were never opened).
        if (!settings.enabled()) {
            return List.of();
        }
        return Arrays.stream(PagingService.values())
                .map(service -> OutboxMessage.pageResolve(escalation.key(), service.id())).toList();
    }

    private List<OutboxMessage> triggers(EscalationKey key, String teamId, Severity severity, PageOn.Moment moment) {
        return settings.team(teamId)
                .filter(team -> team.on().stream().anyMatch(on -> on.matches(moment, severity)))
                .map(team -> team.services().stream()
                        .map(service -> OutboxMessage.pageTrigger(key, service.id())).toList())
                .orElse(List.of());
    }
}
