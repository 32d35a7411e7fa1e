package dev.deskhand.digest.gaps;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Read port over the knowledge base: articles due for review, and article titles. */
public interface ReviewSource {

    /** Articles whose {@code review_by} date is before {@code today}, oldest date first. */
    List<ArticleReview> articlesPastReview(LocalDate today);

    /** The title of an article the knowledge base has now; empty for one since removed. */
    default Optional<String> title(String articleId) {
        return Optional.empty();
    }
}
