package dev.deskhand.slack.kb;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import dev.deskhand.slack.AfterAck;

/** {@code @Deskhand <question>} in a channel: acknowledged at once, answered in the thread. */
final class KbMention implements BoltEventHandler<AppMentionEvent> {

    private final ThreadAnswers answers;
    private final AfterAck afterAck;

    KbMention(ThreadAnswers answers, AfterAck afterAck) {
        this.answers = answers;
        this.afterAck = afterAck;
    }

    @Override
    public Response apply(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        AppMentionEvent event = payload.getEvent();
        String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
        afterAck.run(event.getUser(), null, () -> answers.answerQuietly(ctx.client(), event.getChannel(), thread,
                event.getUser(), event.getText()));
        return ctx.ack();
    }
}
