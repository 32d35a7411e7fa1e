package dev.deskhand.kb;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One "Helpful" / "Not helpful" click on an answer.
 *
 * @param reason   why it did not help, when the user said
 * @param belowBar   the search had declined and the agent opened this article from its closest titles
 * @param confidence the search's confidence, when this article was its top hit
 */
public record Feedback(Instant at, String articleId, boolean helpful, Optional<FeedbackReason> reason, String query,
                       String channelId, Optional<String> userId, boolean belowBar, OptionalDouble confidence) {
}
