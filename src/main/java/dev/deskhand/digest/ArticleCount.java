package dev.deskhand.digest;

import java.util.Optional;

/** An article, its title when the knowledge base still has it, and how many times it was marked "not helpful". */
public record ArticleCount(String articleId, int count, Optional<String> title) {

    public ArticleCount(String articleId, int count) {
        this(articleId, count, Optional.empty());
    }

    /** What a person reads: the title, or the id of an article that has since been removed. */
    public String name() {
        return title.orElse(articleId);
    }
}
