package dev.deskhand.slack.escalation.actions;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.deskhand.escalation.Command;
import java.io.IOException;

/** I'll take it: claims the escalation for the clicking user. */
final class ClaimAction implements BlockActionHandler {
    private final CardActions actions;

    ClaimAction(CardActions actions) {
        this.actions = actions;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) throws IOException {
        return actions.run(request, context, new Command.Claim());
    }
}
