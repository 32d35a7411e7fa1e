package dev.deskhand.owners;

import dev.deskhand.Routine;
import dev.deskhand.digest.schedule.CatchUpPlan;
import dev.deskhand.digest.schedule.CatchUpPolicy;
import dev.deskhand.digest.schedule.DigestSchedule;
import dev.deskhand.digest.posting.DigestSlots;
import dev.deskhand.digest.schedule.DueSlot;
import dev.deskhand.digest.posting.SlotClaim;
import dev.deskhand.kb.Article;
import dev.deskhand.kb.KnowledgeBase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each article owner their weekly digest once per slot, however many replicas run this routine. It is the
 * channel digest's protocol on the same ledger ({@link DigestSlots}, rows of kind OWNER keyed by the owner's user id):
 * the (owner, slot) row is claimed before anything is built, the short lease is renewed right before the DM, a claim
 * whose replica died is taken over and finished by looking for the DM's slot marker first, and the
 * {@link CatchUpPolicy} decides what a restart still sends. An owner with nothing to report gets no DM; the slot
 * is settled all the same.
 */
public final class OwnerDigestScheduler implements Routine {

    private static final Logger LOG = LoggerFactory.getLogger(OwnerDigestScheduler.class);
    // Replica clocks disagree a little; look for the lost DM from a bit before the claim.
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final OwnerDigestSettings settings;
    private final OwnerDirectory directory;
    private final KnowledgeBase knowledgeBase;
    private final DigestSlots slots;
    private final OwnerDigestBuilder builder;
    private final OwnerDigestPublisher publisher;
    private final CatchUpPolicy policy;
    private final Clock clock;
    private final String instanceId;
    private final Duration claimLease;

    public OwnerDigestScheduler(OwnerDigestSettings settings, OwnerGroups groups, KnowledgeBase knowledgeBase,
                                DigestSlots slots, OwnerDigestBuilder builder, OwnerDigestPublisher publisher,
                                CatchUpPolicy policy, Clock clock, String instanceId, Duration claimLease) {
        this.settings = settings;
        this.directory = new OwnerDirectory(settings.owners(), groups);
        this.knowledgeBase = knowledgeBase;
        this.slots = slots;
        this.builder = builder;
        this.publisher = publisher;
        this.policy = policy;
        this.clock = clock;
        this.instanceId = instanceId;
        this.claimLease = claimLease;
    }

    @Override
    public String name() {
        return "owner-digest";
    }

    @Override
    public Duration interval() {
        // The same cadence as the channel digests: well under the "late" threshold.
        return Duration.ofSeconds(15);
    }

    @Override
    public void runOnce() {
        // Before the first index build the article list is empty: every owner would look ownerless. Wait for it.
        if (!settings.enabled() || !knowledgeBase.isReady()) {
            return;
        }
        List<Article> articles = knowledgeBase.articles();
        Map<String, List<Article>> byUser = directory.byUser(articles);
        repairStaleClaims(byUser);
        for (Map.Entry<String, List<Article>> owner : byUser.entrySet()) {
            try {
                runOwner(owner.getKey(), owner.getValue());
            } catch (RuntimeException e) {
                LOG.warn("Owner digest for {} failed; it will be retried", owner.getKey(), e);
            }
        }
    }

    /** Owner values in the knowledge base that reach nobody: say so, since those owners will never hear. */
    public Set<String> unmappedOwners() {
        return directory.unmapped(knowledgeBase.articles());
    }

    private void runOwner(String userId, List<Article> owned) {
        DigestSchedule schedule = schedule(userId);
        Instant now = clock.instant();
        CatchUpPlan plan = policy.plan(schedule, slots.lastSettled(userId), now);
        if (plan.post().isPresent()) {
            DueSlot due = plan.post().get();
            Optional<SlotClaim> claim = slots.claim(userId, due.slotAt(), due.late(), instanceId, now);
            if (claim.isPresent()) {
                publish(claim.get(), owned);
            }
        } else if (plan.newestSettled().isPresent()) {
            slots.skip(userId, plan.newestSettled().get(), instanceId, now);
        }
    }

    private void publish(SlotClaim claim, List<Article> owned) {
        OwnerDigest digest = builder.build(claim.channelId(), owned, claim.slotAt(), claim.late());
        if (digest.isEmpty()) {
            // A quiet week: no DM (a weekly "nothing to see" teaches people to ignore the real ones).
            slots.abandon(claim);
            return;
        }
        Optional<SlotClaim> renewed = slots.renew(claim, clock.instant());
        if (renewed.isEmpty()) {
            LOG.warn("Owner digest slot {} of {} was taken over before sending; leaving it to the new owner",
                    claim.slotAt(), claim.channelId());
            return;
        }
        String ts = publisher.post(digest);
        record(renewed.get(), ts);
    }

    private void repairStaleClaims(Map<String, List<Article>> byUser) {
        Instant now = clock.instant();
        for (SlotClaim stale : slots.stale(now.minus(claimLease))) {
            try {
                Optional<SlotClaim> mine = slots.takeOver(stale, instanceId, now);
                if (mine.isPresent()) {
                    repair(mine.get(), stale.claimedAt(), byUser.get(stale.channelId()));
                }
            } catch (RuntimeException e) {
                LOG.warn("Repair of owner digest slot {} of {} failed; it will be retried", stale.slotAt(),
                        stale.channelId(), e);
            }
        }
    }

    private void repair(SlotClaim claim, Instant abandonedClaimAt, List<Article> owned) {
        Instant now = clock.instant();
        Optional<Instant> newest = slots.lastSettled(claim.channelId());
        if (owned == null || !policy.withinGrace(claim.slotAt(), now)
                || newest.isPresent() && newest.get().isAfter(claim.slotAt())) {
            slots.abandon(claim);
            LOG.warn("Owner digest slot {} of {} dropped: its claim was abandoned and it is too late, superseded or "
                    + "the user owns nothing now", claim.slotAt(), claim.channelId());
            return;
        }
        Optional<String> posted = publisher.findPosted(claim.channelId(), claim.slotAt(),
                abandonedClaimAt.minus(CLOCK_SKEW));
        if (posted.isPresent()) {
            record(claim, posted.get());
            LOG.info("Owner digest slot {} of {} was sent but not recorded (message {})", claim.slotAt(),
                    claim.channelId(), posted.get());
            return;
        }
        boolean late = claim.late() || policy.isLate(claim.slotAt(), now);
        publish(new SlotClaim(claim.id(), claim.channelId(), claim.slotAt(), late, claim.owner(), claim.claimedAt()),
                owned);
    }

    private void record(SlotClaim claim, String ts) {
        if (!slots.recordPosted(claim, ts, clock.instant(), Map.of())) {
            LOG.warn("Owner digest slot {} of {} was taken over while sending message {}", claim.slotAt(),
                    claim.channelId(), ts);
        }
    }

    private DigestSchedule schedule(String userId) {
        return new DigestSchedule(userId, settings.cron(), settings.zone(), Set.of(), Set.of());
    }
}
