package dev.deskhand.slack.escalation.actions;

import dev.deskhand.slack.escalation.card.CardActionIds;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.deskhand.escalation.Command;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/** The snooze picker on the card: silences reminders for 1 hour, 4 hours or a day. */
final class SnoozeAction implements BlockActionHandler {
    private final CardActions actions;
    private final Clock clock;

    SnoozeAction(CardActions actions, Clock clock) {
        this.actions = actions;
        this.clock = clock;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) throws IOException {
        var selected = CardActionIds.action(request).getSelectedOption();
        Duration duration;
        try {
            duration = Duration.parse(selected == null ? "" : selected.getValue());
        } catch (DateTimeParseException e) {
            return context.ack();
        }
        return actions.run(request, context, new Command.Snooze(clock.instant().plus(duration)));
    }
}
