package dev.deskhand.slack.escalation.actions;

import dev.deskhand.slack.text.Voice;
import dev.deskhand.slack.text.Texts;
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
import dev.deskhand.escalation.Outcome;
import java.io.IOException;
import java.util.Optional;

/**
 * The Resolve button: opens the resolve modal, or says right away why it cannot be resolved (already resolved, not
 * allowed) instead of letting someone type a note for nothing.
 */
final class ResolveAction implements BlockActionHandler {
    private final CardActions actions;
    private final EscalationStore store;
    private final Voice voice;

    ResolveAction(CardActions actions, EscalationStore store, Voice voice) {
        this.actions = actions;
        this.store = store;
        this.voice = voice;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) throws IOException, SlackApiException {
        Optional<EscalationKey> key = CardActions.key(request);
        Optional<Escalation> escalation = key.flatMap(store::find);
        if (escalation.isEmpty()) {
            return context.ack();
        }
        Actor actor = actions.actor(request, context, Action.RESOLVE);
        Texts texts = voice.user(request.getPayload().getUser().getId());
        Optional<Outcome.NotAllowed> refused = actions.service().lifecycle().notAllowed(escalation.get(),
                Action.RESOLVE, actor);
        if (refused.isPresent()) {
            CardActions.tell(context, Refusals.text(refused.get(), actions.texts(request)).orElseThrow());
            return context.ack();
        }
        if (!escalation.get().isUnresolved()) {
            CardActions.tell(context, texts.get("escalation.refused.alreadyResolved", "key", key.get().toString()));
            return context.ack();
        }
        context.client().viewsOpen(r -> r.triggerId(request.getPayload().getTriggerId())
                .viewAsString(ResolveModal.view(key.get(), texts).toString()));
        return context.ack();
    }
}
