package dev.deskhand.digest.posting;

import dev.deskhand.Routine;
import dev.deskhand.digest.DigestBuilder;
import dev.deskhand.digest.schedule.CatchUpPlan;
import dev.deskhand.digest.schedule.CatchUpPolicy;
import dev.deskhand.digest.schedule.DigestSchedule;
import dev.deskhand.digest.schedule.DueSlot;
import dev.deskhand.digest.schedule.ScheduleBook;
import dev.deskhand.digest.schedule.ScheduledChannel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts each channel's digest once per scheduled slot, however many replicas run this routine: a slot is claimed in
 * {@link DigestSlots} before the digest is built, and only the claimer posts. Each run first repairs claims whose
 * owner died mid-post (older than the claim lease), then plans every schedule in force with the
 * {@link CatchUpPolicy}. One channel's failure is logged and does not stop the others.
 */
public final class DigestScheduler implements Routine {

    /** How often replicas look; well under the late threshold so on-time digests are not marked late. */
    public static final Duration INTERVAL = Duration.ofSeconds(15);
    /**
     * How long a claim may stay POSTING before another replica assumes its owner died. Short, so a killed replica's
     * slot is taken over within about a minute and a half (lease + one interval); the owner renews it right before
     * posting, and every Web API call is bounded well below it.
     */
    public static final Duration DEFAULT_CLAIM_LEASE = Duration.ofSeconds(60);

    private static final Logger LOG = LoggerFactory.getLogger(DigestScheduler.class);

    private final ScheduleBook schedules;
    private final DigestSlots slots;
    private final SlotPublisher slotPublisher;
    private final CatchUpPolicy policy;
    private final Clock clock;
    private final String instanceId;
    private final Duration claimLease;

    /** @param instanceId names this replica in claims (e.g. host name plus a random suffix) */
    public DigestScheduler(ScheduleBook schedules, DigestSlots slots, DigestBuilder builder, DigestPublisher publisher,
                           CatchUpPolicy policy, Clock clock, String instanceId, Duration claimLease) {
        this.schedules = schedules;
        this.slots = slots;
        this.slotPublisher = new SlotPublisher(slots, builder, publisher, policy, clock);
        this.policy = policy;
        this.clock = clock;
        this.instanceId = instanceId;
        this.claimLease = claimLease;
    }

    @Override
    public String name() {
        return "digest-scheduler";
    }

    @Override
    public Duration interval() {
        return INTERVAL;
    }

    @Override
    public void runOnce() {
        repairStaleClaims();
        for (ScheduledChannel channel : schedules.inForce()) {
            try {
                runChannel(channel);
            } catch (RuntimeException e) {
                LOG.warn("Digest run for channel {} failed; it will be retried", channel.schedule().channelId(), e);
            }
        }
    }

    private void repairStaleClaims() {
        Instant now = clock.instant();
        for (SlotClaim stale : slots.stale(now.minus(claimLease))) {
            try {
                Optional<SlotClaim> mine = slots.takeOver(stale, instanceId, now);
                if (mine.isPresent()) {
                    slotPublisher.repair(mine.get(), stale.claimedAt(), schedules.forChannel(stale.channelId()));
                }
            } catch (RuntimeException e) {
                LOG.warn("Repair of digest slot {} of channel {} failed; it will be retried",
                        stale.slotAt(), stale.channelId(), e);
            }
        }
    }

    private void runChannel(ScheduledChannel channel) {
        DigestSchedule schedule = channel.schedule();
        Instant now = clock.instant();
        Optional<Instant> floor = Stream.of(slots.lastSettled(schedule.channelId()), channel.since())
                .flatMap(Optional::stream).max(Instant::compareTo);
        CatchUpPlan plan = policy.plan(schedule, floor, now);
        if (plan.post().isPresent()) {
            DueSlot due = plan.post().get();
            Optional<SlotClaim> claim = slots.claim(schedule.channelId(), due.slotAt(), due.late(), instanceId, now);
            if (claim.isPresent()) {
                logSkipped(schedule, plan.skipped());
                slotPublisher.publish(claim.get(), schedule);
            }
        } else if (plan.newestSettled().isPresent()
                && slots.skip(schedule.channelId(), plan.newestSettled().get(), instanceId, now)) {
            logSkipped(schedule, plan.skipped());
        }
    }

    private static void logSkipped(DigestSchedule schedule, List<Instant> skipped) {
        if (!skipped.isEmpty()) {
            LOG.info("Digest for channel {} skipped {} missed slot(s) from {} to {}", schedule.channelId(),
                    skipped.size(), skipped.get(0), skipped.get(skipped.size() - 1));
        }
    }
}
