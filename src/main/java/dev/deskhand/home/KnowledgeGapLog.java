package dev.deskhand.home;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Port: the knowledge gaps recorded for some articles since a moment; the store reads them from the search and feedback logs. */
public interface KnowledgeGapLog {

    /**
     * Unanswered searches whose closest article is one of {@code articleIds} and 👎 votes on them, since
     * {@code from}; grouped by article, kind, question and reason; most frequent first, at most {@code limit}.
     */
    List<KnowledgeGap> since(Set<String> articleIds, Instant from, int limit);
}
