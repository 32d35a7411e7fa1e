package dev.deskhand.slack.kb;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;
import dev.deskhand.slack.AfterAck;

/**
 * A question sent to Deskhand by direct message: answered in its thread. Edits, joins and other subtyped
 * messages, and messages in channels (mentions arrive separately), are acknowledged and left alone.
 */
final class KbDirectMessage implements BoltEventHandler<MessageEvent> {

    private final ThreadAnswers answers;
    private final AfterAck afterAck;

    KbDirectMessage(ThreadAnswers answers, AfterAck afterAck) {
        this.answers = answers;
        this.afterAck = afterAck;
    }

    @Override
    public Response apply(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent event = payload.getEvent();
        if ("im".equals(event.getChannelType()) && event.getSubtype() == null && event.getBotId() == null) {
            String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
            afterAck.run(event.getUser(), null, () -> answers.answerQuietly(ctx.client(), event.getChannel(), thread,
                    event.getUser(), event.getText()));
        }
        return ctx.ack();
    }
}
