package dev.deskhand.slack.escalation.card;

import dev.deskhand.kb.Article;
import dev.deskhand.kb.KnowledgeBase;
import dev.deskhand.slack.Mrkdwn;
import java.util.Locale;
import java.util.Optional;

/**
 * The knowledge-base article an escalation's "related article" names: by id (what older forms stored) or by title
 * (what the form prefills from an answer), so the form and the card can show its title linked to the article.
 */
@FunctionalInterface
public interface RelatedArticles {

    /** No knowledge base: every related article is shown as typed. */
    RelatedArticles NONE = value -> Optional.empty();

    Optional<Article> find(String idOrTitle);

    /** Articles as the knowledge base has them now; an edited title just stops linking, the text stays. */
    static RelatedArticles of(KnowledgeBase knowledgeBase) {
        return value -> {
            if (value == null || value.isBlank()) {
                return Optional.empty();
            }
            String wanted = value.strip();
            return knowledgeBase.article(wanted).or(() -> knowledgeBase.articles().stream()
                    .filter(a -> a.title().strip().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT)))
                    .findFirst());
        };
    }

    /** The article's title as a link to it, when it has a {@code url}; empty otherwise. */
    default Optional<String> link(String idOrTitle) {
        return find(idOrTitle).flatMap(article -> article.url().map(url -> Mrkdwn.link(url, article.title())));
    }
}
