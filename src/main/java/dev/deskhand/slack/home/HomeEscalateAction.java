package dev.deskhand.slack.home;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import dev.deskhand.slack.escalation.form.EscalateForm;
import dev.deskhand.slack.text.Voice;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The home's "Escalate" button: opens the same escalation form as {@code /escalate}, empty; submitting it is the
 * escalation feature's (the confirmation comes by DM, as the home is no channel).
 */
final class HomeEscalateAction implements BlockActionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(HomeEscalateAction.class);

    private final EscalateForm form;
    private final Voice voice;

    HomeEscalateAction(EscalateForm form, Voice voice) {
        this.form = form;
        this.voice = voice;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) throws IOException, SlackApiException {
        var payload = request.getPayload();
        String view = form.emptyView(voice.user(payload.getUser().getId()));
        var opened = context.client().viewsOpen(r -> r.triggerId(payload.getTriggerId()).viewAsString(view));
        if (!opened.isOk()) {
            LOG.warn("views.open for the home's escalation form failed: {}", opened.getError());
        }
        return context.ack();
    }
}
