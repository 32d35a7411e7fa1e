package dev.deskhand.slack.kb;

import dev.deskhand.kb.Feedback;
import dev.deskhand.kb.FeedbackLog;
import dev.deskhand.kb.FeedbackReason;
import java.time.Clock;
import java.util.Optional;

/** Turns a feedback click into a stored {@link Feedback} row. */
final class FeedbackRecorder {

    private final FeedbackLog feedbackLog;
    private final Clock clock;
    private final boolean logUsers;

    FeedbackRecorder(FeedbackLog feedbackLog, Clock clock, boolean logUsers) {
        this.feedbackLog = feedbackLog;
        this.clock = clock;
        this.logUsers = logUsers;
    }

    void record(AnswerRef ref, boolean helpful, Optional<FeedbackReason> reason, String channelId, String userId) {
        record(ref, helpful, reason, Optional.empty(), channelId, userId);
    }

    /** A vote, or the reason for one: a {@code ref} carrying a vote id updates that vote (see {@link FeedbackLog}). */
    void record(AnswerRef ref, boolean helpful, Optional<FeedbackReason> reason, Optional<String> note,
                String channelId, String userId) {
        feedbackLog.record(new Feedback(clock.instant(), ref.articleId(), helpful, reason, ref.query(),
                channelId == null ? "" : channelId, logUsers ? Optional.ofNullable(userId) : Optional.empty(),
                ref.belowBar(), ref.confidence(), ref.voteId(), note));
    }
}
