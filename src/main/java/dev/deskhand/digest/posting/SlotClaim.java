package dev.deskhand.digest.posting;

import java.time.Instant;

/** A (channel, slot) this replica owns: it inserted the row, or took over an abandoned one. */
public record SlotClaim(long id, String channelId, Instant slotAt, boolean late, String owner, Instant claimedAt) {
}
