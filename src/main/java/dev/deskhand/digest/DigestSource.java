package dev.deskhand.digest;

import dev.deskhand.digest.gaps.ArticleCount;
import dev.deskhand.digest.gaps.BelowBarAnswer;
import dev.deskhand.digest.gaps.SearchGap;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Read port for everything a digest counts. A {@code teams} argument that is empty means every team; periods are
 * half-open, {@code [from, to)}. Implemented over the escalation, search-log and feedback tables in {@code store}.
 */
public interface DigestSource {

    /** Escalations of the teams that are not resolved (any other state counts as open). */
    List<OpenEscalation> openEscalations(Set<String> teams);

    /** Escalations first acknowledged in the period, with when they were opened and acknowledged. */
    List<EscalationTiming> acknowledgedBetween(Set<String> teams, Instant from, Instant to);

    /** Escalations resolved in the period, with when they were opened and resolved. */
    List<EscalationTiming> resolvedBetween(Set<String> teams, Instant from, Instant to);

    int countOpened(Set<String> teams, Instant from, Instant to);

    int countResolved(Set<String> teams, Instant from, Instant to);

    /** The latest digest posted to the channel for a slot before {@code before}, with its open-by-severity snapshot. */
    Optional<PreviousDigest> previousDigest(String channelId, Instant before);

    /** Searches without a good answer in the period, grouped by normalised query, most frequent first. */
    List<SearchGap> unansweredSearches(Instant from, Instant to, int limit);

    /** Articles given as answers and marked not helpful in the period, most often first. */
    List<ArticleCount> unhelpfulArticles(Instant from, Instant to, int limit);

    /** Declined searches whose closest article was marked helpful in the period, grouped, most often first. */
    List<BelowBarAnswer> helpfulBelowBar(Instant from, Instant to, int limit);
}
