package dev.deskhand.owners;

import dev.deskhand.kb.FeedbackReason;
import java.util.Optional;

/** How many 👎 votes on an article gave one reason (empty: the voter gave none). Each vote counts once. */
public record ReasonCount(String articleId, Optional<FeedbackReason> reason, int count) {
}
