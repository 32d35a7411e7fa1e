package dev.deskhand.digest.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What to do with the slots that came due since the last one processed: post at most one, skip the rest.
 *
 * @param post    the slot to post now, if any
 * @param skipped slots that will never be posted (too old, or superseded by a newer one), oldest first, for the log
 */
public record CatchUpPlan(Optional<DueSlot> post, List<Instant> skipped) {

    public CatchUpPlan {
        skipped = List.copyOf(skipped);
    }

    static CatchUpPlan nothing() {
        return new CatchUpPlan(Optional.empty(), List.of());
    }

    /** The newest slot this plan settles, posted or skipped; recording it stops the next run from looking again. */
    public Optional<Instant> newestSettled() {
        if (post.isPresent()) {
            return Optional.of(post.get().slotAt());
        }
        return skipped.isEmpty() ? Optional.empty() : Optional.of(skipped.get(skipped.size() - 1));
    }
}
