package dev.deskhand.slack.kb;

import dev.deskhand.slack.text.Texts;
import dev.deskhand.slack.text.Voice;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.deskhand.kb.FeedbackReason;
import dev.deskhand.slack.AfterAck;
import com.slack.api.methods.SlackApiException;
import dev.deskhand.slack.text.Texts;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reason picked after "Not helpful": it explains the vote the click stored (the button carries its id), so one
 * vote counts once. "Other" also opens a form for a few words, stored on the same vote.
 */
final class FeedbackReasonAction implements BlockActionHandler {

    private static final Logger log = LoggerFactory.getLogger(FeedbackReasonAction.class);

    private final FeedbackRecorder recorder;
    private final AfterAck afterAck;
    private final Voice voice;

    FeedbackReasonAction(FeedbackRecorder recorder, AfterAck afterAck, Voice voice) {
        this.recorder = recorder;
        this.afterAck = afterAck;
        this.voice = voice;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) throws IOException, SlackApiException {
        var payload = req.getPayload();
        var action = payload.getActions().get(0);
        Optional<FeedbackReason> reason = FeedbackReason.parse(
                action.getActionId().substring(ActionIds.REASON_PREFIX.length()));
        Optional<AnswerRef> ref = AnswerRef.decode(action.getValue());
        String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
        if (reason.equals(Optional.of(FeedbackReason.OTHER)) && ref.flatMap(AnswerRef::voteId).isPresent()) {
            // The trigger id expires three seconds after the click: the form opens before the ack.
            Texts texts = voice.user(payload.getUser().getId());
            var opened = ctx.client().viewsOpen(r -> r.triggerId(payload.getTriggerId())
                    .view(FeedbackOtherModal.form(ref.get(), texts)));
            if (!opened.isOk()) {
                log.warn("Could not open the feedback form: {}", opened.getError());
            }
        }
        afterAck.run(payload.getUser().getId(), payload.getResponseUrl(), () -> {
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
