package dev.deskhand;

import dev.deskhand.digest.gaps.ArticleReview;
import dev.deskhand.digest.gaps.ReviewSource;
import dev.deskhand.kb.Article;
import dev.deskhand.kb.KnowledgeBase;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Feeds the digest the articles whose review date has passed, straight from the loaded knowledge base. */
final class KnowledgeReviews implements ReviewSource {

    private final KnowledgeBase knowledgeBase;

    KnowledgeReviews(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @Override
    public List<ArticleReview> articlesPastReview(LocalDate today) {
        return knowledgeBase.articles().stream()
                .filter(a -> a.reviewBy() != null && a.reviewBy().isBefore(today))
                .sorted(Comparator.comparing(Article::reviewBy).thenComparing(Article::id))
                .map(a -> new ArticleReview(a.id(), a.title(), a.reviewBy(),
                        Optional.ofNullable(a.owner()).filter(o -> !o.isBlank())))
                .toList();
    }

    @Override
    public Optional<String> title(String articleId) {
        return knowledgeBase.article(articleId).map(Article::title);
    }
}
