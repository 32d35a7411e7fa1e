package dev.deskhand.slack.kb;

import dev.deskhand.slack.text.Voice;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.deskhand.slack.AfterAck;
import java.util.Optional;

/** "Helpful": stores the vote and thanks the user privately. */
final class HelpfulAction implements BlockActionHandler {

    private final FeedbackRecorder recorder;
    private final AfterAck afterAck;
    private final Voice voice;

    HelpfulAction(FeedbackRecorder recorder, AfterAck afterAck, Voice voice) {
        this.recorder = recorder;
        this.afterAck = afterAck;
        this.voice = voice;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        var payload = req.getPayload();
        Optional<AnswerRef> ref = AnswerRef.decode(payload.getActions().get(0).getValue());
        String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
        afterAck.run(payload.getUser().getId(), payload.getResponseUrl(), () -> {
            ref.ifPresent(r -> recorder.record(r, true, Optional.empty(), channel, payload.getUser().getId()));
            Replies.ephemeral(ctx, voice.user(payload.getUser().getId()).get("kb.helpful.thanks"));
        });
        return ctx.ack();
    }
}
