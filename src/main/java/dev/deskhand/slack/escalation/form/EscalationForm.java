package dev.deskhand.slack.escalation.form;

import dev.deskhand.slack.text.Texts;
import dev.deskhand.escalation.service.EscalationSettings;
import dev.deskhand.escalation.FieldLimit;
import dev.deskhand.escalation.NewEscalation;
import dev.deskhand.escalation.Severity;
import dev.deskhand.slack.text.Voice;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Validates a submitted escalation modal into a {@link NewEscalation}, or field errors for {@code response_action}. */
final class EscalationForm {
    private static final Pattern TICKET = Pattern.compile("https?://\\S+|#?[A-Za-z0-9][A-Za-z0-9_./-]*");

    private final EscalationSettings settings;
    private final Voice voice;

    EscalationForm(EscalationSettings settings, Voice voice) {
        this.settings = settings;
        this.voice = voice;
    }

    /** Either a valid escalation or errors keyed by block id. */
    record Result(NewEscalation escalation, Map<String, String> errors) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    Result read(FormValues form, String requester, Texts texts) {
        Map<String, String> errors = new LinkedHashMap<>();
        String ticket = form.get("ticket");
        if (ticket == null) {
            errors.put("ticket", texts.get("escalation.error.ticket.missing"));
        } else if (!TICKET.matcher(ticket).matches()) {
            errors.put("ticket", texts.get("escalation.error.ticket.format"));
        }
        Severity severity = Severity.parse(form.get("severity")).orElse(null);
        if (severity == null) {
            errors.put("severity", texts.get("escalation.error.severity"));
        }
        String team = form.get("team");
        if (team == null || settings.team(team).isEmpty()) {
            errors.put("team", texts.get("escalation.error.team"));
        }
        String tier = form.get("tier") == null ? settings.defaultTier().id() : form.get("tier");
        if (settings.tier(tier).isEmpty()) {
            errors.put("tier", texts.get("escalation.error.tier"));
        }
        String summary = form.get("summary");
        if (summary == null) {
            errors.put("summary", texts.get("escalation.error.summary"));
        }
        // Slack enforces max_length in its clients; a payload that skips it gets a field error, not a lost form.
        for (FieldLimit limit : List.of(FieldLimit.CUSTOMER, FieldLimit.TICKET, FieldLimit.SUMMARY, FieldLimit.TRIED,
                FieldLimit.ARTICLE)) {
            String value = form.get(limit.field());
            if (limit.exceededBy(value)) {
                errors.put(limit.field(), TooLong.field(voice.user(requester), limit, value));
            }
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        return new Result(new NewEscalation(form.get("customer"), tier, ticket, severity, team, summary,
                form.get("tried"), form.get("article"), requester), Map.of());
    }
}
