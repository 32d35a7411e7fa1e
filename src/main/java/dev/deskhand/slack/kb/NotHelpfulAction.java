package dev.deskhand.slack.kb;

import dev.deskhand.slack.text.Texts;
import dev.deskhand.slack.text.Voice;
import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import dev.deskhand.kb.FeedbackReason;
import dev.deskhand.slack.AfterAck;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * "Not helpful": stores the vote at once (so it counts even if the user walks away) and asks why, privately,
 * with one button per {@link FeedbackReason}.
 */
final class NotHelpfulAction implements BlockActionHandler {

    private final FeedbackRecorder recorder;
    private final AfterAck afterAck;
    private final Voice voice;

    NotHelpfulAction(FeedbackRecorder recorder, AfterAck afterAck, Voice voice) {
        this.recorder = recorder;
        this.afterAck = afterAck;
        this.voice = voice;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        var payload = req.getPayload();
        String value = payload.getActions().get(0).getValue();
        // The vote gets an id now, carried by the reason buttons, so the reason explains this vote instead of adding one.
        Optional<AnswerRef> ref = AnswerRef.decode(value).map(r -> r.vote(UUID.randomUUID().toString()));
        String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
        afterAck.run(payload.getUser().getId(), payload.getResponseUrl(), () -> {
            ref.ifPresent(r -> recorder.record(r, false, Optional.empty(), channel, payload.getUser().getId()));
            Texts texts = voice.user(payload.getUser().getId());
            Replies.ephemeralBlocks(ctx, texts.get("kb.why.fallback"), askWhy(ref.map(AnswerRef::encode).orElse(value), texts));
        });
        return ctx.ack();
    }

    static List<LayoutBlock> askWhy(String refValue, Texts texts) {
        List<BlockElement> buttons = new ArrayList<>();
        for (FeedbackReason reason : FeedbackReason.values()) {
            buttons.add(button(b -> b.actionId(ActionIds.REASON_PREFIX + reason.name())
                    .text(plainText(texts.get("kb.reason." + reason.name()))).value(refValue)));
        }
        return List.of(section(s -> s.text(markdownText(texts.get("kb.why")))),
                actions(a -> a.blockId("kb_reason").elements(buttons)));
    }
}
