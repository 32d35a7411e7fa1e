package dev.deskhand.slack.kb;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import dev.deskhand.kb.FeedbackReason;
import java.util.Map;
import java.util.Optional;

/** The text typed after "Not helpful → Other": stored on the same vote, so the digest shows it once. */
final class FeedbackOtherSubmission implements ViewSubmissionHandler {

    private final FeedbackRecorder recorder;

    FeedbackOtherSubmission(FeedbackRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public Response apply(ViewSubmissionRequest request, ViewSubmissionContext context) {
        var view = request.getPayload().getView();
        Optional<AnswerRef> vote = AnswerRef.decode(view.getPrivateMetadata()).filter(r -> r.voteId().isPresent());
        Optional<String> note = note(view.getState());
        if (vote.isPresent() && note.isPresent()) {
            // The channel was stored with the click; a row that is updated keeps it.
            recorder.record(vote.get(), false, Optional.of(FeedbackReason.OTHER), note, null,
                    request.getPayload().getUser().getId());
        }
        return context.ack();
    }

    private static Optional<String> note(ViewState state) {
        if (state == null || state.getValues() == null) {
            return Optional.empty();
        }
        ViewState.Value value = state.getValues().getOrDefault(FeedbackOtherModal.BLOCK, Map.of())
                .get(FeedbackOtherModal.ACTION);
        return Optional.ofNullable(value).map(ViewState.Value::getValue).map(String::strip).filter(s -> !s.isEmpty());
    }
}
