package dev.deskhand.home;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing an article's owner should look at: a question that found no good answer while the article was the
 * closest match, or a 👎 on the article (with its reason and note, when given), counted over the same text.
 *
 * @param question what was asked (as the searcher typed it, lower-cased)
 * @param reason   for a 👎, the {@code FeedbackReason} name when one was chosen
 * @param note     for a 👎 with reason OTHER, what the voter wrote
 */
public record KnowledgeGap(Kind kind, String articleId, String question, Optional<String> reason,
                           Optional<String> note, int count) {

    public KnowledgeGap {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(articleId, "articleId");
        question = question == null ? "" : question;
        reason = reason == null ? Optional.empty() : reason;
        note = note == null ? Optional.empty() : note;
    }

    /** What happened. */
    public enum Kind {
        /** Searched, declined, with this article closest. */
        UNANSWERED,
        /** Marked "Not helpful". */
        NOT_HELPFUL
    }
}
