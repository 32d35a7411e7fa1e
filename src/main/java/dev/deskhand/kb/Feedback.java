package dev.deskhand.kb;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One "Helpful" / "Not helpful" click on an answer, or the reason given after it.
 *
 * @param reason     why it did not help, when the user said
 * @param belowBar   the search had declined and the agent opened this article from its closest titles
 * @param confidence the search's confidence, when this article was its top hit
 * @param voteId     the vote this row is: a reason given later updates the click's row instead of adding a vote
 * @param note       what the user wrote after choosing {@link FeedbackReason#OTHER}
 */
public record Feedback(Instant at, String articleId, boolean helpful, Optional<FeedbackReason> reason, String query,
                       String channelId, Optional<String> userId, boolean belowBar, OptionalDouble confidence,
                       Optional<String> voteId, Optional<String> note) {

    /** A vote without an id: it can never be updated by a later reason. */
    public Feedback(Instant at, String articleId, boolean helpful, Optional<FeedbackReason> reason, String query,
                    String channelId, Optional<String> userId, boolean belowBar, OptionalDouble confidence) {
        this(at, articleId, helpful, reason, query, channelId, userId, belowBar, confidence, Optional.empty(),
                Optional.empty());
    }
}
