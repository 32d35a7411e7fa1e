package dev.deskhand.slack.escalation.card;

import dev.deskhand.escalation.AuditEvent;
import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.service.EscalationSettings;
import dev.deskhand.escalation.sla.SlaState;
import dev.deskhand.slack.Mrkdwn;
import dev.deskhand.slack.TicketText;
import dev.deskhand.slack.text.Texts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Text for {@code /escalate list}, {@code mine} and {@code show}, in the asker's language. */
public final class EscalationListing {
    private final EscalationSettings settings;
    private final ThreadNotes notes;

    public EscalationListing(EscalationSettings settings) {
        this.settings = settings;
        this.notes = new ThreadNotes(settings);
    }

    public String list(String title, List<Escalation> escalations, Instant now, Texts texts) {
        if (escalations.isEmpty()) {
            return texts.get("escalation.list.empty", "title", title);
        }
        StringBuilder text = new StringBuilder(texts.get("escalation.list.head", "title", title));
        for (Escalation escalation : escalations) {
            text.append("\n• ").append(line(escalation, now, texts));
        }
        return text.toString();
    }

    private String line(Escalation escalation, Instant now, Texts texts) {
        SlaState sla = settings.sla().state(escalation, now);
        String owner = escalation.assignee() == null ? texts.get("escalation.list.unclaimed")
                : Blocks.user(escalation.assignee(), texts);
        return texts.get("escalation.list.line", "key", Mrkdwn.bold(escalation.key().toString()),
                "severity", escalation.severity().name(), "team", escalation.team(),
                "age", ThreadNotes.age(Duration.between(escalation.createdAt(), now), texts), "owner", owner,
                "sla", texts.get("escalation.sla." + sla.name()), "summary",
                (escalation.ticket() == null ? "" : TicketText.ticket(escalation.ticket(), settings.tickets()) + " ")
                        + TicketText.render(escalation.summary(), 120, settings.tickets()));
    }

    public String show(Escalation escalation, List<AuditEvent> timeline, Instant now, Texts texts) {
        StringBuilder text = new StringBuilder(texts.get("escalation.show",
                "key", Mrkdwn.bold(escalation.key().toString()), "severity", escalation.severity().name(),
                "team", escalation.team(), "status", texts.get("escalation.state." + escalation.status().name()),
                "summary", TicketText.render(escalation.summary(), 1000, settings.tickets()),
                "customer", escalation.customer() == null ? "—" : Mrkdwn.escape(escalation.customer()),
                "tier", escalation.tier(), "ticket", TicketText.ticket(escalation.ticket(), settings.tickets()),
                "owner", Blocks.user(escalation.assignee(), texts),
                "sla", texts.get("escalation.sla." + settings.sla().state(escalation, now).name())));
        for (AuditEvent event : timeline) {
            text.append("\n• ").append(Blocks.date(event.at(), texts)).append(' ').append(notes.note(event, texts));
        }
        return text.toString();
    }

    public static String help(Texts texts) {
        return texts.get("escalation.help");
    }
}
