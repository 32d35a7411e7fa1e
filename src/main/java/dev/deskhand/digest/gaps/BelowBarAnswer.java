package dev.deskhand.digest.gaps;

import java.util.Optional;

/**
 * A search the knowledge base declined whose closest article an agent opened and marked helpful, and how often:
 * the answer existed, but the question's wording was too far from the article's.
 */
public record BelowBarAnswer(String query, String articleId, int count, Optional<String> title) {

    public BelowBarAnswer(String query, String articleId, int count) {
        this(query, articleId, count, Optional.empty());
    }

    /** What a person reads: the title, or the id of an article that has since been removed. */
    public String name() {
        return title.orElse(articleId);
    }
}
