package dev.deskhand.digest.posting;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger that makes digests exactly-once across replicas: one row per (channel, slot), inserted under a unique
 * constraint before anything is built or posted.
 */
public interface DigestSlots {

    /** The newest slot of the channel already settled (posting, posted or skipped). */
    Optional<Instant> lastSettled(String channelId);

    /** Claims the slot for posting; empty when another replica (or an earlier run) already has it. */
    Optional<SlotClaim> claim(String channelId, Instant slotAt, boolean late, String owner, Instant now);

    /** Settles a slot without posting; false when it was already settled. */
    boolean skip(String channelId, Instant slotAt, String owner, Instant now);

    /**
     * Records the posted message and the open-by-severity snapshot; false (and nothing written) when the claim was
     * taken over in the meantime.
     */
    boolean recordPosted(SlotClaim claim, String messageTs, Instant postedAt, Map<String, Integer> openBySeverity);

    /** Marks a claimed slot skipped (its repair came too late to post); false when the claim was lost. */
    boolean abandon(SlotClaim claim);

    /** Claims still POSTING that were made before {@code claimedBefore}: their owner probably died. */
    List<SlotClaim> stale(Instant claimedBefore);

    /** Takes over a stale claim if nobody else did first (compare-and-set on owner and claim time). */
    Optional<SlotClaim> takeOver(SlotClaim stale, String owner, Instant now);

    /**
     * Renews the owner's own claim to {@code now}, so a slow post is not mistaken for a dead owner; empty when the
     * claim was taken over meanwhile (then the owner must not post).
     */
    Optional<SlotClaim> renew(SlotClaim claim, Instant now);
}
