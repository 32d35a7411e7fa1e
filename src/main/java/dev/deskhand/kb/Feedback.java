package dev.deskhand.kb;

import java.time.Instant;
import java.util.Optional;

/**
 * One "Helpful" / "Not helpful" click on an answer.
 *
 * @param reason   why it did not help, when the user said
 * @param belowBar the search had declined and the agent opened this article from its closest titles
 */
public record Feedback(Instant at, String articleId, boolean helpful, Optional<FeedbackReason> reason, String query,
                       String channelId, Optional<String> userId, boolean belowBar) {
}
