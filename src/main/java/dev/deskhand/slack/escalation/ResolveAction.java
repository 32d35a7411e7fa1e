package dev.deskhand.slack.escalation;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import dev.deskhand.escalation.Action;
import dev.deskhand.escalation.Actor;
import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.escalation.EscalationStore;
import dev.deskhand.escalation.Permissions;
import java.io.IOException;
import java.util.Optional;

/**
 * The Resolve button: opens the resolve modal, or says right away why it cannot be resolved (already resolved, not
 * allowed) instead of letting someone type a note for nothing.
 */
final class ResolveAction implements BlockActionHandler {
    private final CardActions actions;
    private final EscalationStore store;
    private final Permissions permissions;

    ResolveAction(CardActions actions, EscalationStore store, Permissions permissions) {
        this.actions = actions;
        this.store = store;
        this.permissions = permissions;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) throws IOException, SlackApiException {
        Optional<EscalationKey> key = CardActions.key(request);
        Optional<Escalation> escalation = key.flatMap(store::find);
        if (escalation.isEmpty()) {
            return context.ack();
        }
        Actor actor = actions.actor(request, context);
        if (!permissions.allows(Action.RESOLVE, actor)) {
            CardActions.tell(context, "Only members of " + String.join(" or ", permissions.groupsFor(Action.RESOLVE)
                    .stream().map(group -> "<!subteam^" + group + ">").toList()) + " can resolve escalations.");
            return context.ack();
        }
        if (!escalation.get().isUnresolved()) {
            CardActions.tell(context, key.get() + " is already resolved.");
            return context.ack();
        }
        context.client().viewsOpen(r -> r.triggerId(request.getPayload().getTriggerId())
                .viewAsString(ResolveModal.view(key.get()).toString()));
        return context.ack();
    }
}
