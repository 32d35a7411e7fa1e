package dev.deskhand.digest.gaps;

import java.util.List;
import java.util.Optional;

/**
 * An article, its title when the knowledge base still has it, how many times it was marked "not helpful", and what
 * people wrote when they said why ("Other"), oldest first.
 */
public record ArticleCount(String articleId, int count, Optional<String> title, List<String> notes) {

    public ArticleCount {
        notes = List.copyOf(notes);
    }

    public ArticleCount(String articleId, int count) {
        this(articleId, count, Optional.empty(), List.of());
    }

    public ArticleCount(String articleId, int count, Optional<String> title) {
        this(articleId, count, title, List.of());
    }

    /** What a person reads: the title, or the id of an article that has since been removed. */
    public String name() {
        return title.orElse(articleId);
    }
}
