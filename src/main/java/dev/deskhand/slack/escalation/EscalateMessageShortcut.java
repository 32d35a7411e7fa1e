package dev.deskhand.slack.escalation;

import com.slack.api.bolt.context.builtin.MessageShortcutContext;
import com.slack.api.bolt.handler.builtin.MessageShortcutHandler;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import dev.deskhand.escalation.OneLineParser;
import java.io.IOException;

/** "Escalate this message": opens the form with the message text, its permalink and any ticket it mentions. */
final class EscalateMessageShortcut implements MessageShortcutHandler {
    static final String CALLBACK_ID = "escalate_message";

    private final EscalationModal modal;
    private final OneLineParser parser;

    EscalateMessageShortcut(EscalationModal modal, OneLineParser parser) {
        this.modal = modal;
        this.parser = parser;
    }

    @Override
    public Response apply(MessageShortcutRequest request, MessageShortcutContext context)
            throws IOException, SlackApiException {
        var payload = request.getPayload();
        String channel = payload.getChannel().getId();
        String text = payload.getMessage().getText() == null ? "" : payload.getMessage().getText();
        var permalink = context.client().chatGetPermalink(r -> r.channel(channel)
                .messageTs(payload.getMessage().getTs()));
        String summary = text + (permalink.isOk() ? "\n\nFrom: " + permalink.getPermalink() : "");
        OneLineParser.Parsed parsed = parser.parse(text);
        Prefill prefill = new Prefill(null, null, parsed.ticket(), parsed.severity(), parsed.team(), summary.strip(),
                null, null, channel);
        context.client().viewsOpen(r -> r.triggerId(payload.getTriggerId()).viewAsString(modal.view(prefill).toString()));
        return context.ack();
    }
}
