package dev.deskhand.slack.kb;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.deskhand.kb.FeedbackReason;
import dev.deskhand.slack.AfterAck;
import java.util.Optional;

/** The reason picked after "Not helpful": stored as its own feedback row, so the digest can count reasons. */
final class FeedbackReasonAction implements BlockActionHandler {

    private final FeedbackRecorder recorder;
    private final AfterAck afterAck;

    FeedbackReasonAction(FeedbackRecorder recorder, AfterAck afterAck) {
        this.recorder = recorder;
        this.afterAck = afterAck;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        var payload = req.getPayload();
        var action = payload.getActions().get(0);
        Optional<FeedbackReason> reason = FeedbackReason.parse(
                action.getActionId().substring(ActionIds.REASON_PREFIX.length()));
        Optional<AnswerRef> ref = AnswerRef.decode(action.getValue());
        String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
        afterAck.run(payload.getResponseUrl(), () -> {
            if (ref.isPresent() && reason.isPresent()) {
                recorder.record(ref.get(), false, reason, channel, payload.getUser().getId());
            }
            Replies.replace(ctx, ":memo: Noted (" + reason.map(FeedbackReason::label).orElse("other")
                    + "). The article's owner will see it in the morning digest.", null);
        });
        return ctx.ack();
    }
}
