package dev.deskhand.kb.rank;

import dev.deskhand.kb.ArticleType;

import java.util.List;
import java.util.Optional;

/**
 * A search request taken apart: the words to rank by, the phrases that must occur, and the filters.
 *
 * @param normalized the whole query trimmed, whitespace-collapsed, lower-cased and truncated, for logs and results
 * @param freeText   the words outside filters (phrase words included, so phrases also add to the score)
 */
record UserQuery(String normalized, String freeText, List<String> phrases, Optional<ArticleType> type,
                 List<String> tags, Optional<String> lang) {

    boolean hasFilters() {
        return type.isPresent() || !tags.isEmpty() || lang.isPresent();
    }
}
