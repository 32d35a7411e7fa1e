package dev.deskhand.digest;

import java.time.LocalDate;
import java.util.List;

/** Read port over the knowledge base: articles due for review. */
public interface ReviewSource {

    /** Articles whose {@code review_by} date is before {@code today}, oldest date first. */
    List<ArticleReview> articlesPastReview(LocalDate today);
}
