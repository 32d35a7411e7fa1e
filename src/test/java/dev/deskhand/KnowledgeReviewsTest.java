package dev.deskhand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deskhand.digest.gaps.ArticleReview;
import dev.deskhand.kb.engine.LuceneKnowledgeBase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The digest's view of the starter knowledge base: review dates and titles. */
class KnowledgeReviewsTest {

    @Test
    void readsReviewDatesAndTitlesFromTheLoadedArticles() {
        try (LuceneKnowledgeBase kb = new LuceneKnowledgeBase(Path.of("knowledge"), Clock.systemUTC(), Runnable::run)) {
            kb.reload();
            KnowledgeReviews reviews = new KnowledgeReviews(kb);

            assertEquals(Optional.of("Refund policy"), reviews.title("refund-policy"));
            assertEquals(Optional.empty(), reviews.title("removed-article"));
            // refund-policy is due for review on 2027-04-01: past on the 2nd, not on the 1st.
            assertEquals(Optional.of(new ArticleReview("refund-policy", "Refund policy", LocalDate.of(2027, 4, 1),
                    Optional.of("@billing-team"))), reviews.articlesPastReview(LocalDate.of(2027, 4, 2)).stream()
                    .filter(a -> a.articleId().equals("refund-policy")).findFirst());
            assertEquals(Optional.empty(), reviews.articlesPastReview(LocalDate.of(2027, 4, 1)).stream()
                    .filter(a -> a.articleId().equals("refund-policy")).findFirst());
        }
    }
}
