package dev.deskhand.paging;

import dev.deskhand.escalation.EscalationKey;
import java.time.Instant;
import java.util.Objects;

/**
 * One page in the ledger: an escalation paged through a service, at most once per SLA cycle.
 *
 * @param team               whose key it went out with (a resolution uses the same key, even after a team move)
 * @param reason             why: {@code CREATED}, {@code ACK_BREACH} or {@code RESOLVE_BREACH}
 * @param triggeredAt        when the service accepted the trigger; {@code null} while pending (or skipped)
 * @param resolveRequestedAt when the escalation's resolution asked for the page to be resolved
 * @param resolvedAt         when the service accepted the resolution
 * @param failure            why the service can never accept it ({@code HTTP 400 …}); {@code null} unless given up
 */
public record PageRecord(long id, EscalationKey key, PagingService service, String team, String reason,
                         Instant requestedAt, Instant triggeredAt, Instant resolveRequestedAt, Instant resolvedAt,
                         String failure, Instant failedAt) {
    public PageRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
