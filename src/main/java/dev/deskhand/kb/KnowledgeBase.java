package dev.deskhand.kb;

import java.util.List;
import java.util.Optional;

/** Port used by the Slack layer and the CLI to answer questions from the knowledge base. */
public interface KnowledgeBase {

    /** Searches the articles; never throws for any user text, however hostile. */
    SearchResult search(SearchRequest request);

    /** True once the first index build has finished; searches before that return an empty result. */
    boolean isReady();

    /** The loaded article with this id, if any. */
    Optional<Article> article(String id);

    /** Every loaded article (e.g. for the "past review_by" part of the digest), sorted by id. */
    List<Article> articles();
}
