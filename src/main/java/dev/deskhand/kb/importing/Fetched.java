package dev.deskhand.kb.importing;

import java.util.List;

/** Everything one source returned in one complete read: the articles to write and what was left out. */
public record Fetched(List<ImportedArticle> articles, List<Skipped> skipped) {

    public Fetched {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
    }
}
