package dev.deskhand.slack.escalation.actions;

import dev.deskhand.slack.escalation.card.CardActionIds;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.deskhand.escalation.Command;
import dev.deskhand.escalation.Severity;
import java.io.IOException;
import java.util.Optional;

/** The severity picker on the card. */
final class SeverityAction implements BlockActionHandler {
    private final CardActions actions;

    SeverityAction(CardActions actions) {
        this.actions = actions;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) throws IOException {
        var selected = CardActionIds.action(request).getSelectedOption();
        Optional<Severity> severity = Severity.parse(selected == null ? null : selected.getValue());
        if (severity.isEmpty()) {
            return context.ack();
        }
        return actions.run(request, context, new Command.ChangeSeverity(severity.get()));
    }
}
