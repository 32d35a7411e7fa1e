package dev.deskhand.slack.escalation;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.deskhand.escalation.Actor;
import dev.deskhand.escalation.Command;
import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.escalation.EscalationService;
import dev.deskhand.escalation.Outcome;
import java.io.IOException;
import java.util.Optional;

/**
 * What every card button does: find the escalation from the actions block, run the command as the clicking user,
 * and answer a refusal with an ephemeral message (never silence). The card itself changes through the outbox.
 */
final class CardActions {
    private final EscalationService service;
    private final SlackActors actors;

    CardActions(EscalationService service, SlackActors actors) {
        this.service = service;
        this.actors = actors;
    }

    static BlockActionPayload.Action action(BlockActionRequest request) {
        return request.getPayload().getActions().get(0);
    }

    static Optional<EscalationKey> key(BlockActionRequest request) {
        return CardActionIds.keyOf(action(request).getBlockId());
    }

    Actor actor(BlockActionRequest request, ActionContext context) {
        return actors.actor(request.getPayload().getUser().getId(), context.client());
    }

    Response run(BlockActionRequest request, ActionContext context, Command command) throws IOException {
        Optional<EscalationKey> key = key(request);
        if (key.isEmpty()) {
            return context.ack();
        }
        Outcome outcome = service.act(key.get(), command, actor(request, context));
        if (outcome instanceof Outcome.Refused refused) {
            tell(context, refused.reason());
        }
        return context.ack();
    }

    static void tell(ActionContext context, String text) throws IOException {
        context.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(text));
    }
}
