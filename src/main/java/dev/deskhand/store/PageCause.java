package dev.deskhand.store;

import java.time.Instant;

/**
 * Why page triggers are being enqueued: the team whose key pages, the SLA cycle they belong to, and the reason
 * ({@code CREATED}, {@code ACK_BREACH}, {@code RESOLVE_BREACH}).
 */
record PageCause(String team, Instant cycleStartedAt, String reason) {
}
