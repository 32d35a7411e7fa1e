package dev.deskhand.slack.kb;

import dev.deskhand.slack.text.Texts;
import dev.deskhand.slack.text.Voice;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import dev.deskhand.kb.Hit;
import dev.deskhand.slack.AfterAck;
import dev.deskhand.slack.Mrkdwn;
import dev.deskhand.slack.SlackCalls;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** "Share in channel": posts the article publicly, attributed to the user, and closes the private answer. */
final class ShareAnswerAction implements BlockActionHandler {

    private final KbSearches searches;
    private final AnswerBlocks blocks;
    private final AfterAck afterAck;
    private final SlackCalls calls;
    private final Clock clock;
    private final Voice voice;

    ShareAnswerAction(KbSearches searches, AnswerBlocks blocks, AfterAck afterAck, SlackCalls calls, Clock clock,
                      Voice voice) {
        this.searches = searches;
        this.blocks = blocks;
        this.afterAck = afterAck;
        this.calls = calls;
        this.clock = clock;
        this.voice = voice;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        var payload = req.getPayload();
        String value = payload.getActions().get(0).getValue();
        String user = payload.getUser().getId();
        String channel = payload.getChannel() != null ? payload.getChannel().getId() : null;
        afterAck.run(payload.getUser().getId(), payload.getResponseUrl(), () -> {
            Optional<AnswerRef> ref = AnswerRef.decode(value);
            Optional<Hit> hit = ref.flatMap(r -> searches.article(r.articleId(), r.query()));
            Texts mine = voice.user(user);
            if (hit.isEmpty() || channel == null) {
                Replies.replace(ctx, mine.get("kb.gone"), null);
                return;
            }
            // The shared copy is read by the whole channel, so it speaks the channel's language, not the sharer's.
            Texts channelTexts = voice.channel(channel);
            String title = hit.get().article().title();
            List<LayoutBlock> shared = blocks.shared(hit.get(), ref.get().query(), user, KbCommand.today(clock),
                    channelTexts);
            calls.call("chat.postMessage", () -> ctx.client().chatPostMessage(r -> r.channel(channel)
                    .text(channelTexts.get("kb.fallback.answer", "title", title)).blocks(shared).unfurlLinks(false)));
            Replies.replace(ctx, mine.get("kb.shared.done", "title", Mrkdwn.bold(Mrkdwn.escape(title))), null);
        });
        return ctx.ack();
    }
}
