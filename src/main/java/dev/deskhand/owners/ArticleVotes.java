package dev.deskhand.owners;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Port: the 👎 votes on some articles, one row per vote (a reason given later explains its vote, V8). */
public interface ArticleVotes {

    /**
     * 👎 votes in {@code [from, to)} on {@code articleIds} given to the article as an answer (not to one opened from a
     * declined search's closest titles), counted by article and reason.
     */
    List<ReasonCount> reasons(Set<String> articleIds, Instant from, Instant to);

    /** The "Other" texts of the same votes, oldest first. */
    List<VoteNote> notes(Set<String> articleIds, Instant from, Instant to);
}
