package dev.deskhand.slack.escalation.actions;

import dev.deskhand.slack.SlackCallFailed;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import dev.deskhand.escalation.Action;
import dev.deskhand.escalation.Command;
import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.EscalationStore;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

/**
 * The Reopen button: asks why in a small form (the reason goes to the thread and the audit trail), or says at once
 * why it cannot be reopened. The reopening itself happens on submit.
 */
final class ReopenAction implements BlockActionHandler {
    private final CardActions actions;
    private final EscalationStore store;
    private final Clock clock;

    ReopenAction(CardActions actions, EscalationStore store, Clock clock) {
        this.actions = actions;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) throws IOException, SlackApiException {
        Optional<Escalation> escalation = CardActions.key(request).flatMap(store::find);
        if (escalation.isEmpty()) {
            return context.ack();
        }
        // Decided as if submitted, so the form only opens when a reason would be accepted.
        var preview = actions.service().lifecycle().apply(escalation.get(), new Command.Reopen("?"),
                actions.actor(request, context, Action.REOPEN), clock.instant());
        Optional<String> refusal = Refusals.text(preview, actions.texts(request));
        if (refusal.isPresent()) {
            CardActions.tell(context, refusal.get());
            return context.ack();
        }
        String channel = request.getPayload().getChannel() == null ? "" : request.getPayload().getChannel().getId();
        var opened = context.client().viewsOpen(r -> r.triggerId(request.getPayload().getTriggerId())
                .viewAsString(ReopenModal.view(escalation.get().key(), channel, actions.texts(request)).toString()));
        if (!opened.isOk()) {
            throw new SlackCallFailed("views.open", opened.getError());
        }
        return context.ack();
    }
}
