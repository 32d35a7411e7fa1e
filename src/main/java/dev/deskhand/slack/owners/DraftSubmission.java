package dev.deskhand.slack.owners;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import dev.deskhand.kb.Article;
import dev.deskhand.kb.KnowledgeBase;
import dev.deskhand.owners.DraftPrefill;
import dev.deskhand.owners.Drafts;
import dev.deskhand.slack.AfterAck;
import dev.deskhand.slack.Mrkdwn;
import dev.deskhand.slack.SlackCalls;
import dev.deskhand.slack.text.Texts;
import dev.deskhand.slack.text.Voice;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The submitted draft: written as a new file next to the knowledge base (never over the article), before the ack so a
 * failure shows in the form; then the author gets a DM naming the file.
 */
final class DraftSubmission implements ViewSubmissionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DraftSubmission.class);

    private final KnowledgeBase knowledgeBase;
    private final Drafts drafts;
    private final AfterAck afterAck;
    private final SlackCalls calls;
    private final Voice voice;

    DraftSubmission(KnowledgeBase knowledgeBase, Drafts drafts, AfterAck afterAck, SlackCalls calls, Voice voice) {
        this.knowledgeBase = knowledgeBase;
        this.drafts = drafts;
        this.afterAck = afterAck;
        this.calls = calls;
        this.voice = voice;
    }

    @Override
    public Response apply(ViewSubmissionRequest request, ViewSubmissionContext context) {
        var view = request.getPayload().getView();
        String user = request.getPayload().getUser().getId();
        Texts texts = voice.user(user);
        Optional<String> text = text(view.getState());
        if (text.isEmpty()) {
            return context.ackWithErrors(Map.of(DraftModal.BLOCK, texts.get("owners.draft.empty")));
        }
        Optional<Article> article = knowledgeBase.article(String.valueOf(view.getPrivateMetadata()));
        if (article.isEmpty()) {
            return context.ackWithErrors(Map.of(DraftModal.BLOCK, texts.get("owners.draft.gone")));
        }
        // The form showed the part that fits; the rest of today's body follows the edit unchanged.
        String body = DraftPrefill.of(article.get().body(), DraftModal.LIMIT).complete(text.get());
        String path;
        try {
            path = drafts.save(article.get(), user, body);
        } catch (RuntimeException e) {
            LOG.error("Could not save a draft of {} by {}", article.get().id(), user, e);
            return context.ackWithErrors(Map.of(DraftModal.BLOCK, texts.get("owners.draft.failed")));
        }
        LOG.info("Draft of {} by {} saved as {}", article.get().id(), user, path);
        afterAck.run(user, null, () -> calls.call("chat.postMessage", () -> context.client().chatPostMessage(r -> r
                .channel(user).text(texts.get("owners.draft.saved", "path", Mrkdwn.code(Mrkdwn.escape(path)))))));
        return context.ack();
    }

    private static Optional<String> text(ViewState state) {
        if (state == null || state.getValues() == null) {
            return Optional.empty();
        }
        ViewState.Value value = state.getValues().getOrDefault(DraftModal.BLOCK, Map.of()).get(DraftModal.ACTION);
        return Optional.ofNullable(value).map(ViewState.Value::getValue).filter(s -> !s.isBlank());
    }
}
