package dev.deskhand.slack.escalation.actions;

import dev.deskhand.slack.escalation.form.FormValues;
import dev.deskhand.slack.escalation.form.TooLong;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import dev.deskhand.escalation.Actor;
import dev.deskhand.escalation.Command;
import dev.deskhand.escalation.service.EscalationService;
import dev.deskhand.escalation.FieldLimit;
import dev.deskhand.escalation.Outcome;
import dev.deskhand.slack.text.Texts;
import dev.deskhand.slack.text.Voice;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Submitting the reopen form: the reason is required; the clicker is told privately that it is open again. */
final class ReopenModalSubmission implements ViewSubmissionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ReopenModalSubmission.class);

    private final EscalationService service;
    private final Voice voice;

    ReopenModalSubmission(EscalationService service, Voice voice) {
        this.service = service;
        this.voice = voice;
    }

    @Override
    public Response apply(ViewSubmissionRequest request, ViewSubmissionContext context) {
        var view = request.getPayload().getView();
        Optional<ReopenModal.Target> target = ReopenModal.target(view.getPrivateMetadata());
        if (target.isEmpty()) {
            return context.ack();
        }
        String user = request.getPayload().getUser().getId();
        Texts texts = voice.user(user);
        String reason = new FormValues(view.getState()).get("reason");
        if (reason == null) {
            return context.ackWithErrors(Map.of("reason", texts.get("workflow.reopen.required")));
        }
        if (FieldLimit.NOTE.exceededBy(reason)) {
            return context.ackWithErrors(Map.of("reason", TooLong.field(texts, FieldLimit.NOTE, reason)));
        }
        Outcome outcome = service.act(target.get().key(), new Command.Reopen(reason), Actor.of(user));
        Optional<String> refusal = Refusals.text(outcome, texts);
        if (refusal.isPresent()) {
            return context.ackWithErrors(Map.of("reason", refusal.get()));
        }
        confirm(context, target.get(), user, texts);
        return context.ack();
    }

    /** The card changes later, through the outbox; the person who reopened it hears now. */
    private static void confirm(ViewSubmissionContext context, ReopenModal.Target target, String user, Texts texts) {
        if (target.channelId().isEmpty()) {
            return;
        }
        try {
            var sent = context.client().chatPostEphemeral(r -> r.channel(target.channelId()).user(user)
                    .text(texts.get("workflow.reopened", "key", target.key().toString())));
            if (!sent.isOk()) {
                LOG.warn("Could not confirm the reopening of {}: {}", target.key(), sent.getError());
            }
        } catch (IOException | SlackApiException e) {
            // Reopened all the same: the thread note says so too.
            LOG.warn("Could not confirm the reopening of {}: {}", target.key(), e.toString());
        }
    }
}
