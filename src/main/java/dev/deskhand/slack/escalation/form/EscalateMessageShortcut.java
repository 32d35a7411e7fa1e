package dev.deskhand.slack.escalation.form;

import dev.deskhand.slack.text.Voice;
import dev.deskhand.slack.text.Texts;
import com.slack.api.bolt.context.builtin.MessageShortcutContext;
import com.slack.api.bolt.handler.builtin.MessageShortcutHandler;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import dev.deskhand.escalation.service.OneLineParser;
import java.io.IOException;

/** "Escalate this message": opens the form with the message text, its permalink and any ticket it mentions. */
public final class EscalateMessageShortcut implements MessageShortcutHandler {
    public static final String CALLBACK_ID = "escalate_message";

    private final EscalationModal modal;
    private final OneLineParser parser;
    private final Voice voice;

    EscalateMessageShortcut(EscalationModal modal, OneLineParser parser, Voice voice) {
        this.modal = modal;
        this.parser = parser;
        this.voice = voice;
    }

    @Override
    public Response apply(MessageShortcutRequest request, MessageShortcutContext context)
            throws IOException, SlackApiException {
        var payload = request.getPayload();
        String channel = payload.getChannel().getId();
        String text = payload.getMessage().getText() == null ? "" : payload.getMessage().getText();
        var permalink = context.client().chatGetPermalink(r -> r.channel(channel)
                .messageTs(payload.getMessage().getTs()));
        Texts texts = voice.user(payload.getUser().getId());
        String summary = text + (permalink.isOk()
                ? "\n\n" + texts.get("escalation.shortcut.from", "link", permalink.getPermalink()) : "");
        OneLineParser.Parsed parsed = parser.parse(text);
        Prefill prefill = new Prefill(null, null, parsed.ticket(), parsed.severity(), parsed.team(), summary.strip(),
                null, null, channel);
        context.client().viewsOpen(r -> r.triggerId(payload.getTriggerId()).viewAsString(modal.view(prefill, texts).toString()));
        return context.ack();
    }
}
