package dev.deskhand.slack.escalation;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.deskhand.escalation.Command;
import java.io.IOException;

/** Reopens a resolved escalation; its SLA clocks restart. */
final class ReopenAction implements BlockActionHandler {
    private final CardActions actions;

    ReopenAction(CardActions actions) {
        this.actions = actions;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) throws IOException {
        return actions.run(request, context, new Command.Reopen(null));
    }
}
