package dev.deskhand.slack.escalation.form;

import dev.deskhand.slack.text.Voice;
import dev.deskhand.slack.text.Texts;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import dev.deskhand.escalation.Creation;
import dev.deskhand.escalation.service.EscalationService;
import dev.deskhand.kb.SearchLog;
import java.io.IOException;

/**
 * Submitting the escalation modal: invalid fields come back as {@code response_action: errors}; a valid form is
 * stored first (keyed on the view id, so a retry or double click finds the first one), the card is owed through the
 * outbox, and the requester gets the key.
 */
final class EscalationModalSubmission implements ViewSubmissionHandler {
    private final EscalationForm form;
    private final EscalationService service;
    private final Confirmation confirmation;
    private final Voice voice;

    private final SearchLog searchLog;

    EscalationModalSubmission(EscalationForm form, EscalationService service, Confirmation confirmation,
                              SearchLog searchLog, Voice voice) {
        this.form = form;
        this.service = service;
        this.confirmation = confirmation;
        this.searchLog = searchLog;
        this.voice = voice;
    }

    @Override
    public Response apply(ViewSubmissionRequest request, ViewSubmissionContext context)
            throws IOException, SlackApiException {
        var view = request.getPayload().getView();
        String user = request.getPayload().getUser().getId();
        Texts texts = voice.user(user);
        FormValues values = new FormValues(view.getState());
        EscalationForm.Result result = form.read(values, user, texts);
        if (!result.valid()) {
            // An error names the block it belongs under, which a lookup may have renamed.
            java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
            result.errors().forEach((field, error) -> errors.put(values.blockId(field), error));
            return context.ackWithErrors(errors);
        }
        Creation creation = service.create(result.escalation(), "view:" + view.getId());
        if (creation.created()) {
            Origin origin = Origin.decode(view.getPrivateMetadata());
            // The miss becomes a gap that led somewhere: stored before the confirmation, which may fail.
            origin.gap().ifPresent(question -> searchLog.escalated(question, creation.escalation().key().number()));
            confirmation.send(context.client(), origin.channel(), user, creation.escalation(), texts);
        }
        return context.ack();
    }
}
