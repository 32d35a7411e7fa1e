package dev.deskhand.slack.escalation.actions;

import dev.deskhand.slack.escalation.form.FormValues;
import dev.deskhand.slack.escalation.form.TooLong;
import dev.deskhand.slack.text.Voice;
import dev.deskhand.slack.text.Texts;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.deskhand.escalation.Action;
import dev.deskhand.escalation.Command;
import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.escalation.service.EscalationService;
import dev.deskhand.escalation.FieldLimit;
import dev.deskhand.escalation.Outcome;
import dev.deskhand.escalation.ResolutionReason;
import dev.deskhand.slack.text.Voice;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Submitting the resolve modal: a missing note or reason, or a refusal, shows on the form's fields. */
final class ResolveModalSubmission implements ViewSubmissionHandler {
    private final EscalationService service;
    private final SlackActors actors;
    private final Voice voice;

    ResolveModalSubmission(EscalationService service, SlackActors actors, Voice voice) {
        this.service = service;
        this.actors = actors;
        this.voice = voice;
    }

    @Override
    public Response apply(ViewSubmissionRequest request, ViewSubmissionContext context) {
        var view = request.getPayload().getView();
        Optional<EscalationKey> key = EscalationKey.parse(view.getPrivateMetadata());
        if (key.isEmpty()) {
            return context.ack();
        }
        Texts texts = voice.user(request.getPayload().getUser().getId());
        FormValues form = new FormValues(view.getState());
        String note = form.get("note");
        Optional<ResolutionReason> reason = ResolutionReason.parse(form.get("reason"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (note == null) {
            errors.put("note", texts.get("escalation.error.note"));
        } else if (FieldLimit.NOTE.exceededBy(note)) {
            errors.put("note", TooLong.field(texts, FieldLimit.NOTE, note));
        }
        if (reason.isEmpty()) {
            errors.put("reason", texts.get("escalation.error.reason"));
        }
        if (!errors.isEmpty()) {
            return context.ackWithErrors(errors);
        }
        String user = request.getPayload().getUser().getId();
        Outcome outcome = service.act(key.get(), new Command.Resolve(note, reason.get()),
                actors.actor(user, Action.RESOLVE, context.client()));
        Optional<String> refusal = Refusals.text(outcome, voice.user(user));
        if (refusal.isPresent()) {
            return context.ackWithErrors(Map.of("note", refusal.get()));
        }
        return context.ack();
    }
}
