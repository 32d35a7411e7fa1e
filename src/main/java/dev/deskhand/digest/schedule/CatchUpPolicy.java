package dev.deskhand.digest.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides which slots to post after a run, a restart or downtime.
 *
 * <ul>
 *   <li>Only the newest slot that came due within {@code grace} (default 2 hours) is posted: a digest shows the
 *       queue as it is now, so three missed slots would be three copies of the same message.</li>
 *   <li>It is marked late when posted more than {@code lateAfter} after its time (default 1 minute, still
 *       more than the scheduler's polling interval).</li>
 *   <li>Older slots, and slots missed by more than the grace period, are skipped and reported for the log. Only the
 *       last {@code maxLookBack} (7 days) is examined, so a long-dead schedule costs one bounded scan.</li>
 *   <li>With no slot processed yet the look-back starts at {@code now - grace}: a new schedule posts its most recent
 *       slot only if that is within the grace period.</li>
 * </ul>
 */
public record CatchUpPolicy(Duration grace, Duration lateAfter) {

    public static final Duration DEFAULT_GRACE = Duration.ofHours(2);
    public static final Duration DEFAULT_LATE_AFTER = Duration.ofMinutes(1);
    private static final Duration MAX_LOOK_BACK = Duration.ofDays(7);

    public CatchUpPolicy {
        if (grace.isNegative() || lateAfter.isNegative()) {
            throw new IllegalArgumentException("grace and lateAfter must not be negative");
        }
    }

    public static CatchUpPolicy defaults() {
        return new CatchUpPolicy(DEFAULT_GRACE, DEFAULT_LATE_AFTER);
    }

    /** The plan for {@code schedule} at {@code now}, given the newest slot already settled (posted or skipped). */
    public CatchUpPlan plan(DigestSchedule schedule, Optional<Instant> lastSettled, Instant now) {
        Instant graceStart = now.minus(grace);
        Instant oldestConsidered = lastSettled.orElse(graceStart.minusNanos(1));
        Instant lookBackLimit = now.minus(MAX_LOOK_BACK);
        if (oldestConsidered.isBefore(lookBackLimit)) {
            oldestConsidered = lookBackLimit;
        }
        if (!oldestConsidered.isBefore(now)) {
            return CatchUpPlan.nothing();
        }
        List<Instant> due = schedule.slotsBetween(oldestConsidered, now);
        if (due.isEmpty()) {
            return CatchUpPlan.nothing();
        }
        Instant newest = due.get(due.size() - 1);
        if (!withinGrace(newest, now)) {
            return new CatchUpPlan(Optional.empty(), due);
        }
        List<Instant> skipped = new ArrayList<>(due.subList(0, due.size() - 1));
        return new CatchUpPlan(Optional.of(new DueSlot(newest, isLate(newest, now))), skipped);
    }

    /** Whether a slot can still be posted at {@code now}. */
    public boolean withinGrace(Instant slotAt, Instant now) {
        return !slotAt.isBefore(now.minus(grace));
    }

    /** Whether a digest for the slot posted at {@code now} should say it is late. */
    public boolean isLate(Instant slotAt, Instant now) {
        return Duration.between(slotAt, now).compareTo(lateAfter) > 0;
    }
}
