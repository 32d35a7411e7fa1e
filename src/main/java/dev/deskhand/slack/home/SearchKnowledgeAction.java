package dev.deskhand.slack.home;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import dev.deskhand.slack.text.Voice;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The home's "Search knowledge" button: opens the search modal with an empty question. */
final class SearchKnowledgeAction implements BlockActionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(SearchKnowledgeAction.class);

    private final SearchModal modal;
    private final Voice voice;

    SearchKnowledgeAction(SearchModal modal, Voice voice) {
        this.modal = modal;
        this.voice = voice;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) throws IOException, SlackApiException {
        var payload = request.getPayload();
        String view = modal.view("", Optional.empty(), voice.user(payload.getUser().getId())).toString();
        var opened = context.client().viewsOpen(r -> r.triggerId(payload.getTriggerId()).viewAsString(view));
        if (!opened.isOk()) {
            LOG.warn("views.open for the knowledge search failed: {}", opened.getError());
        }
        return context.ack();
    }
}
