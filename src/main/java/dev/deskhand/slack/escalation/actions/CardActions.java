package dev.deskhand.slack.escalation.actions;

import dev.deskhand.slack.escalation.card.CardActionIds;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.deskhand.escalation.Action;
import dev.deskhand.escalation.Actor;
import dev.deskhand.escalation.Command;
import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.escalation.service.EscalationService;
import dev.deskhand.escalation.Outcome;
import dev.deskhand.slack.text.Texts;
import dev.deskhand.slack.text.Voice;
import java.io.IOException;
import java.util.Optional;

/**
 * What every card button does: find the escalation from the actions block, run the command as the clicking user,
 * and answer a refusal with an ephemeral message (never silence). The card itself changes through the outbox.
 */
final class CardActions {
    private final EscalationService service;
    private final SlackActors actors;
    private final Voice voice;

    CardActions(EscalationService service, SlackActors actors, Voice voice) {
        this.service = service;
        this.actors = actors;
        this.voice = voice;
    }

    static Optional<EscalationKey> key(BlockActionRequest request) {
        return CardActionIds.keyOf(CardActionIds.action(request).getBlockId());
    }

    /** The clicking user, with their user groups when {@code action} is one only some people may do. */
    Actor actor(BlockActionRequest request, ActionContext context, Action action) {
        return actors.actor(request.getPayload().getUser().getId(), action, context.client());
    }

    EscalationService service() {
        return service;
    }

    Texts texts(BlockActionRequest request) {
        return voice.user(request.getPayload().getUser().getId());
    }

    Response run(BlockActionRequest request, ActionContext context, Command command) throws IOException {
        Optional<EscalationKey> key = key(request);
        if (key.isEmpty()) {
            return context.ack();
        }
        Outcome outcome = service.act(key.get(), command, actor(request, context, command.action()));
        Optional<String> refusal = Refusals.text(outcome, texts(request));
        if (refusal.isPresent()) {
            tell(context, refusal.get());
        } else if (command instanceof Command.Snooze snooze) {
            // The card only changes later, through the outbox: the clicker hears at once that it worked.
            tell(context, texts(request).get("workflow.snoozed", "key", key.get().toString(), "until",
                    snooze.until()));
        }
        return context.ack();
    }

    static void tell(ActionContext context, String text) throws IOException {
        context.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(text));
    }
}
