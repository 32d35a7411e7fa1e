package dev.deskhand.slack.escalation.actions;

import dev.deskhand.slack.escalation.card.CardActionIds;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.deskhand.escalation.Command;
import java.io.IOException;

/** The "Reassign to…" person picker and the "Move to team…" picker on the card. */
final class ReassignAction implements BlockActionHandler {
    private final CardActions actions;

    ReassignAction(CardActions actions) {
        this.actions = actions;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) throws IOException {
        var action = CardActionIds.action(request);
        if (CardActionIds.REASSIGN_USER.equals(action.getActionId()) && action.getSelectedUser() != null) {
            return actions.run(request, context, new Command.ReassignToPerson(action.getSelectedUser()));
        }
        if (CardActionIds.REASSIGN_TEAM.equals(action.getActionId()) && action.getSelectedOption() != null) {
            return actions.run(request, context, new Command.ReassignToTeam(action.getSelectedOption().getValue()));
        }
        return context.ack();
    }
}
