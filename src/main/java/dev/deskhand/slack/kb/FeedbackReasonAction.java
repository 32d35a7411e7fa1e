package dev.deskhand.slack.kb;

import dev.deskhand.slack.text.Texts;
import dev.deskhand.slack.text.Voice;
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
    private final Voice voice;

    FeedbackReasonAction(FeedbackRecorder recorder, AfterAck afterAck, Voice voice) {
        this.recorder = recorder;
        this.afterAck = afterAck;
        this.voice = voice;
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
            Texts texts = voice.user(payload.getUser().getId());
            Replies.replace(ctx, texts.get("kb.reason.noted", "reason",
                    texts.get("kb.reason." + reason.orElse(FeedbackReason.OTHER).name())), null);
        });
        return ctx.ack();
    }
}
