package dev.deskhand.escalation;

import java.time.Instant;
import java.util.Objects;

/**
 * One escalation as stored. Optional values are {@code null} when absent. Timestamps are kept so time to
 * acknowledge ({@code acknowledgedAt - createdAt}, the first acknowledgement) and time to resolve
 * ({@code resolvedAt - createdAt}, the latest resolution) can be computed for every escalation.
 *
 * @param version incremented on every change; stores update only when the version they read is still current
 */
public record Escalation(
        EscalationKey key,
        String customer,
        String tier,
        String ticket,
        Severity severity,
        String team,
        String summary,
        String tried,
        String relatedArticle,
        String requester,
        Status status,
        String assignee,
        Instant createdAt,
        Instant acknowledgedAt,
        Instant resolvedAt,
        Instant reopenedAt,
        Instant snoozedUntil,
        CardRef card,
        String resolutionNote,
        ResolutionReason resolutionReason,
        String resolvedBy,
        long version) {

    public Escalation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A freshly created escalation: open, unassigned, version 1. */
    public static Escalation opened(EscalationKey key, NewEscalation draft, Instant now) {
        return new Escalation(key, draft.customer(), draft.tier(), draft.ticket(), draft.severity(), draft.team(),
                draft.summary(), draft.tried(), draft.relatedArticle(), draft.requester(), Status.OPEN, null, now,
                null, null, null, null, null, null, null, null, 1);
    }

    /** When the SLA clocks started: creation, or the latest reopening. */
    public Instant clockStartedAt() {
        return reopenedAt != null ? reopenedAt : createdAt;
    }

    /** Whether the escalation still needs work. */
    public boolean isUnresolved() {
        return status != Status.RESOLVED;
    }

    /** The same escalation with its card location recorded; card moves are not versioned state changes. */
    public Escalation withCard(CardRef newCard) {
        return new Escalation(key, customer, tier, ticket, severity, team, summary, tried, relatedArticle, requester,
                status, assignee, createdAt, acknowledgedAt, resolvedAt, reopenedAt, snoozedUntil, newCard,
                resolutionNote, resolutionReason, resolvedBy, version);
    }

    /** A copy to change one field at a time; the result gets the next version. */
    Changes change() {
        return new Changes(this);
    }

    /** Mutable copy used only by {@link Lifecycle} to derive the next state in one place. */
    static final class Changes {
        private final Escalation from;
        Severity severity;
        String team;
        Status status;
        String assignee;
        Instant acknowledgedAt;
        Instant resolvedAt;
        Instant reopenedAt;
        Instant snoozedUntil;
        String resolutionNote;
        ResolutionReason resolutionReason;
        String resolvedBy;

        private Changes(Escalation from) {
            this.from = from;
            severity = from.severity;
            team = from.team;
            status = from.status;
            assignee = from.assignee;
            acknowledgedAt = from.acknowledgedAt;
            resolvedAt = from.resolvedAt;
            reopenedAt = from.reopenedAt;
            snoozedUntil = from.snoozedUntil;
            resolutionNote = from.resolutionNote;
            resolutionReason = from.resolutionReason;
            resolvedBy = from.resolvedBy;
        }

        Escalation build() {
            return new Escalation(from.key, from.customer, from.tier, from.ticket, severity, team, from.summary,
                    from.tried, from.relatedArticle, from.requester, status, assignee, from.createdAt,
                    acknowledgedAt, resolvedAt, reopenedAt, snoozedUntil, from.card, resolutionNote,
                    resolutionReason, resolvedBy, from.version + 1);
        }
    }
}
