package dev.deskhand.slack.home;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import dev.deskhand.slack.AfterAck;

/** {@code app_home_opened} on the Home tab: acknowledged at once, the home published after (it reads the database and Slack). */
final class AppHomeOpened implements BoltEventHandler<AppHomeOpenedEvent> {

    private final HomePublisher publisher;
    private final AfterAck afterAck;

    AppHomeOpened(HomePublisher publisher, AfterAck afterAck) {
        this.publisher = publisher;
        this.afterAck = afterAck;
    }

    @Override
    public Response apply(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
        AppHomeOpenedEvent event = payload.getEvent();
        // The Messages tab sends the same event; only the Home tab has a view to publish.
        if ("home".equals(event.getTab()) && event.getUser() != null) {
            afterAck.run(event.getUser(), null, () -> publisher.opened(event.getUser()));
        }
        return ctx.ack();
    }
}
