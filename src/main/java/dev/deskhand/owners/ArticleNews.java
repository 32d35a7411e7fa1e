package dev.deskhand.owners;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What an owner should know about one of their articles this week.
 *
 * @param notHelpful 👎 votes in the window, each counted once
 * @param reasons    the same votes by reason, most given first
 * @param notes      what voters wrote after "Other", oldest first (at most {@link OwnerDigestBuilder#MAX_NOTES})
 * @param misses     questions that found no good answer with this article closest, most asked first (capped)
 * @param reviewDue  the {@code review_by} date when it has passed
 */
public record ArticleNews(String articleId, String title, int notHelpful, List<ReasonCount> reasons,
                          List<String> notes, List<NearMiss> misses, Optional<LocalDate> reviewDue) {

    public ArticleNews {
        reasons = List.copyOf(reasons);
        notes = List.copyOf(notes);
        misses = List.copyOf(misses);
    }

    public boolean isEmpty() {
        return notHelpful == 0 && misses.isEmpty() && reviewDue.isEmpty();
    }

    /** How much there is to look at, for ordering: votes and asked questions. */
    int weight() {
        return notHelpful + misses.stream().mapToInt(NearMiss::count).sum();
    }
}
