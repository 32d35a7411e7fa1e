package dev.deskhand.kb;

import java.time.Instant;
import java.util.Optional;

/** One search as recorded by {@link SearchLog}; mirrors the {@code search_log} table. */
public record SearchLogEntry(Instant at, String query, String normalizedQuery, String lang, int hitCount,
                             double topScore, double confidence, boolean answered, Optional<String> topArticleId,
                             String channelId, Optional<String> userId, String surface) {
}
