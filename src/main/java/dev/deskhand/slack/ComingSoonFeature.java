package dev.deskhand.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import java.util.List;

/**
 * Answers the commands and events whose features are not wired in this build, so Slack never sees a 404
 * (which it counts as a failure) and the user gets a reply.
 */
public final class ComingSoonFeature implements SlackFeature {

    static final String MENTION_REPLY = "Deskhand's knowledge-base answers are coming soon.";

    private final List<String> commands;
    private final boolean events;

    public ComingSoonFeature(List<String> commands, boolean events) {
        this.commands = List.copyOf(commands);
        this.events = events;
    }

    @Override
    public void register(App app) {
        for (String command : commands) {
            app.command(command, (req, ctx) -> ctx.ack(r -> r.responseType("ephemeral")
                    .text("`" + command + "` is coming soon to Deskhand.")));
        }
        if (!events) {
            return;
        }
        app.event(AppMentionEvent.class, (payload, ctx) -> {
            AppMentionEvent event = payload.getEvent();
            String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
            ctx.client().chatPostMessage(r -> r.channel(event.getChannel()).threadTs(thread).text(MENTION_REPLY));
            return ctx.ack();
        });
        app.event(MessageEvent.class, (payload, ctx) -> ctx.ack());
    }
}
