package dev.deskhand.kb;

import java.time.Instant;
import java.util.Optional;

/**
 * One "Helpful" / "Not helpful" click on an answer.
 *
 * @param reason why it did not help, when the user said
 */
public record Feedback(Instant at, String articleId, boolean helpful, Optional<FeedbackReason> reason, String query,
                       String channelId, Optional<String> userId) {
}
