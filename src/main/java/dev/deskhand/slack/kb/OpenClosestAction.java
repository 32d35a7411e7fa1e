package dev.deskhand.slack.kb;

import dev.deskhand.slack.text.Texts;
import dev.deskhand.slack.text.Voice;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.deskhand.kb.Hit;
import dev.deskhand.slack.AfterAck;
import java.time.Clock;
import java.util.Optional;

/**
 * "Open: …" on a "no good answer" reply: shows that closest article privately, marked as low confidence, with the
 * usual buttons. The reply with the other closest titles stays, so the agent can open another one.
 */
final class OpenClosestAction implements BlockActionHandler {

    private final KbSearches searches;
    private final AnswerBlocks blocks;
    private final AfterAck afterAck;
    private final Clock clock;
    private final Voice voice;

    OpenClosestAction(KbSearches searches, AnswerBlocks blocks, AfterAck afterAck, Clock clock, Voice voice) {
        this.searches = searches;
        this.blocks = blocks;
        this.afterAck = afterAck;
        this.clock = clock;
        this.voice = voice;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        var payload = req.getPayload();
        String value = payload.getActions().get(0).getValue();
        afterAck.run(payload.getUser().getId(), payload.getResponseUrl(), () -> {
            Optional<AnswerRef> ref = AnswerRef.decode(value);
            Optional<Hit> hit = ref.flatMap(r -> searches.article(r.articleId(), r.query()));
            Texts texts = voice.user(payload.getUser().getId());
            if (hit.isEmpty()) {
                Replies.ephemeral(ctx, texts.get("kb.gone"));
                return;
            }
            Replies.ephemeralBlocks(ctx, texts.get("kb.fallback.closest", "title", hit.get().article().title()),
                    blocks.closest(hit.get(), ref.get(), KbCommand.today(clock), texts));
        });
        return ctx.ack();
    }
}
