package dev.deskhand.slack.escalation;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;

/** The knowledge base's "Escalate" button ({@code kb_escalate}, value = article id): opens the form prefilled. */
final class KbEscalateAction implements BlockActionHandler {
    static final String ACTION_ID = "kb_escalate";

    private final EscalationModal modal;

    KbEscalateAction(EscalationModal modal) {
        this.modal = modal;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) throws IOException, SlackApiException {
        var payload = request.getPayload();
        String article = CardActions.action(request).getValue();
        String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
        Prefill prefill = new Prefill(null, null, null, null, null, null, null, article, channel);
        context.client().viewsOpen(r -> r.triggerId(payload.getTriggerId()).viewAsString(modal.view(prefill).toString()));
        return context.ack();
    }
}
