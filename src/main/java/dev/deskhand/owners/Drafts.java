package dev.deskhand.owners;

import dev.deskhand.kb.Article;

/** Port: keeps a proposed update of an article for review, never touching the article itself. */
public interface Drafts {

    /**
     * Saves {@code body} (Markdown, without front matter) as a new draft of {@code article} by {@code author};
     * returns where, as a person would look for it (e.g. {@code knowledge/_drafts/refund-policy.20261207-090000.U1.md}).
     */
    String save(Article article, String author, String body);
}
