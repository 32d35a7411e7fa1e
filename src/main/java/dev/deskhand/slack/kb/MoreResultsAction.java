package dev.deskhand.slack.kb;

import dev.deskhand.slack.text.Texts;
import dev.deskhand.slack.text.Voice;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.deskhand.kb.SearchResult;
import dev.deskhand.slack.AfterAck;
import java.time.Clock;

/** "More results": replaces the private answer with the next page of hits for the same query. */
final class MoreResultsAction implements BlockActionHandler {

    private final KbSearches searches;
    private final AnswerBlocks blocks;
    private final AfterAck afterAck;
    private final Clock clock;
    private final Voice voice;

    MoreResultsAction(KbSearches searches, AnswerBlocks blocks, AfterAck afterAck, Clock clock, Voice voice) {
        this.searches = searches;
        this.blocks = blocks;
        this.afterAck = afterAck;
        this.clock = clock;
        this.voice = voice;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        var payload = req.getPayload();
        String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
        afterAck.run(payload.getUser().getId(), payload.getResponseUrl(), () -> AnswerRef
                .decode(payload.getActions().get(0).getValue())
                .ifPresent(ref -> {
                    SearchResult page = searches.search(ref.query(), Math.max(0, ref.offset()), channel,
                            payload.getUser().getId(), Surface.EPHEMERAL);
                    Texts texts = voice.user(payload.getUser().getId());
                    Replies.replace(ctx, AnswerBlocks.fallback(page, texts),
                            blocks.render(page, ref.offset(), Surface.EPHEMERAL, KbCommand.today(clock), texts));
                }));
        return ctx.ack();
    }
}
