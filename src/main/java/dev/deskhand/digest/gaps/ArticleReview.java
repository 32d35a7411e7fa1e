package dev.deskhand.digest.gaps;

import java.time.LocalDate;
import java.util.Optional;

/** An article whose {@code review_by} date has passed, with who should review it. */
public record ArticleReview(String articleId, String title, LocalDate reviewBy, Optional<String> owner) {
}
