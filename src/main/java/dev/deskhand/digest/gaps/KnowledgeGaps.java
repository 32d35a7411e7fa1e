package dev.deskhand.digest.gaps;

import java.util.List;

/** What the knowledge base failed at since the previous digest, and which articles are overdue for review. */
public record KnowledgeGaps(List<SearchGap> unanswered, List<ArticleCount> notHelpful,
                            List<BelowBarAnswer> belowBar, List<ArticleReview> pastReview) {

    public KnowledgeGaps {
        unanswered = List.copyOf(unanswered);
        belowBar = List.copyOf(belowBar);
        notHelpful = List.copyOf(notHelpful);
        pastReview = List.copyOf(pastReview);
    }

    public static KnowledgeGaps none() {
        return new KnowledgeGaps(List.of(), List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return unanswered.isEmpty() && notHelpful.isEmpty() && belowBar.isEmpty() && pastReview.isEmpty();
    }
}
