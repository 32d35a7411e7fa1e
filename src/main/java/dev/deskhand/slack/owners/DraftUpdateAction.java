package dev.deskhand.slack.owners;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import dev.deskhand.kb.Article;
import dev.deskhand.kb.KnowledgeBase;
import dev.deskhand.slack.AfterAck;
import dev.deskhand.slack.text.Texts;
import dev.deskhand.slack.text.Voice;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "Draft an update" in an owner's weekly DM: opens the form with the article's current body. */
final class DraftUpdateAction implements BlockActionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DraftUpdateAction.class);

    private final KnowledgeBase knowledgeBase;
    private final AfterAck afterAck;
    private final Voice voice;

    DraftUpdateAction(KnowledgeBase knowledgeBase, AfterAck afterAck, Voice voice) {
        this.knowledgeBase = knowledgeBase;
        this.afterAck = afterAck;
        this.voice = voice;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) throws IOException, SlackApiException {
        var payload = req.getPayload();
        String user = payload.getUser().getId();
        Texts texts = voice.user(user);
        Optional<Article> article = knowledgeBase.article(payload.getActions().get(0).getValue());
        if (article.isPresent()) {
            // The trigger id expires three seconds after the click: the form opens before the ack.
            var opened = ctx.client().viewsOpen(r -> r.triggerId(payload.getTriggerId())
                    .view(DraftModal.form(article.get(), texts)));
            if (!opened.isOk()) {
                LOG.warn("Could not open the draft form for {}: {}", article.get().id(), opened.getError());
            }
        } else {
            afterAck.run(payload.getUser().getId(), payload.getResponseUrl(), () -> {
                try {
                    ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false)
                            .text(texts.get("owners.draft.gone")));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        return ctx.ack();
    }
}
