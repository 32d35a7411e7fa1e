package dev.deskhand.digest.posting;

import dev.deskhand.digest.Digest;
import dev.deskhand.digest.DigestBuilder;
import dev.deskhand.digest.schedule.CatchUpPolicy;
import dev.deskhand.digest.schedule.DigestSchedule;
import dev.deskhand.digest.schedule.DueSlot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds, posts and records the digest for a claimed slot, and repairs claims whose owner died: a message that was
 * posted but never recorded is found by its slot marker and updated, so a slot never gets a second message.
 */
final class SlotPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(SlotPublisher.class);
    // Replica clocks disagree a little; look for the lost message from a bit before the claim.
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final DigestSlots slots;
    private final DigestBuilder builder;
    private final DigestPublisher publisher;
    private final CatchUpPolicy policy;
    private final Clock clock;

    SlotPublisher(DigestSlots slots, DigestBuilder builder, DigestPublisher publisher, CatchUpPolicy policy,
                  Clock clock) {
        this.slots = slots;
        this.builder = builder;
        this.publisher = publisher;
        this.policy = policy;
        this.clock = clock;
    }

    void publish(SlotClaim claim, DigestSchedule schedule) {
        Digest digest = builder.build(schedule, Optional.of(new DueSlot(claim.slotAt(), claim.late())));
        // Building may have taken a while: renew the (short) lease right before the post, so nobody takes the slot
        // over while this replica is alive and posting; if someone already did, they post it, not us.
        Optional<SlotClaim> renewed = slots.renew(claim, clock.instant());
        if (renewed.isEmpty()) {
            LOG.warn("Digest slot {} of channel {} was taken over before posting; leaving it to the new owner",
                    claim.slotAt(), claim.channelId());
            return;
        }
        String messageTs = publisher.post(digest);
        record(renewed.get(), messageTs, digest);
    }

    /**
     * Finishes a claim taken over from a dead owner: update its message if it got out, else post it; once the grace
     * period is over the slot is dropped without looking (a lookup that keeps failing must not block it forever).
     */
    void repair(SlotClaim claim, Instant abandonedClaimAt, Optional<DigestSchedule> schedule) {
        Instant now = clock.instant();
        if (schedule.isEmpty() || !policy.withinGrace(claim.slotAt(), now)) {
            slots.abandon(claim);
            LOG.warn("Digest slot {} of channel {} skipped: its claim was abandoned and {}", claim.slotAt(),
                    claim.channelId(), schedule.isEmpty() ? "the channel no longer has a schedule"
                            : "the grace period is over");
            return;
        }
        Optional<Instant> newest = slots.lastSettled(claim.channelId());
        if (newest.isPresent() && newest.get().isAfter(claim.slotAt())) {
            // A later digest of this channel is already out (or going out): posting this one now would put an
            // older picture below a newer one. Its content is folded into the later digest's numbers.
            slots.abandon(claim);
            LOG.info("Digest slot {} of channel {} folded into the later slot {}: not posted out of order",
                    claim.slotAt(), claim.channelId(), newest.get());
            return;
        }
        Optional<String> posted = publisher.findPosted(claim.channelId(), claim.slotAt(),
                abandonedClaimAt.minus(CLOCK_SKEW));
        if (posted.isPresent()) {
            Digest digest = builder.build(schedule.get(), Optional.of(new DueSlot(claim.slotAt(), claim.late())));
            publisher.update(posted.get(), digest);
            record(claim, posted.get(), digest);
            LOG.info("Digest slot {} of channel {} was posted but not recorded; updated message {}",
                    claim.slotAt(), claim.channelId(), posted.get());
        } else {
            boolean late = claim.late() || policy.isLate(claim.slotAt(), now);
            publish(new SlotClaim(claim.id(), claim.channelId(), claim.slotAt(), late, claim.owner(),
                    claim.claimedAt()), schedule.get());
        }
    }

    private void record(SlotClaim claim, String messageTs, Digest digest) {
        if (!slots.recordPosted(claim, messageTs, clock.instant(), digest.open().snapshot())) {
            LOG.warn("Digest slot {} of channel {} was taken over while posting message {}; "
                    + "the claim lease is shorter than posting took", claim.slotAt(), claim.channelId(), messageTs);
        }
    }
}
