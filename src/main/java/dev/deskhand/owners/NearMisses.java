package dev.deskhand.owners;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Port: unanswered questions near some articles, i.e. declined searches whose best hit (the near miss) was one of
 * them. Small on purpose so that other views of "gaps for articles I own" can share it.
 */
public interface NearMisses {

    /**
     * Searches in {@code [from, to)} that found no good answer and whose top hit is one of {@code articleIds},
     * grouped by article and normalised question; per article most asked first, then alphabetically.
     */
    List<NearMiss> nearMisses(Set<String> articleIds, Instant from, Instant to);
}
