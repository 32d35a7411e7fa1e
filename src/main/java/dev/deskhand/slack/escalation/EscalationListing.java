package dev.deskhand.slack.escalation;

import dev.deskhand.escalation.AuditEvent;
import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.EscalationSettings;
import dev.deskhand.escalation.SlaState;
import dev.deskhand.slack.Mrkdwn;
import dev.deskhand.slack.TicketText;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Text for {@code /escalate list}, {@code mine} and {@code show}. */
final class EscalationListing {
    private final EscalationSettings settings;
    private final ThreadNotes notes;

    EscalationListing(EscalationSettings settings) {
        this.settings = settings;
        this.notes = new ThreadNotes(settings);
    }

    String list(String title, List<Escalation> escalations, Instant now) {
        if (escalations.isEmpty()) {
            return title + ": nothing open. :tada:";
        }
        StringBuilder text = new StringBuilder(title).append(" (oldest first):");
        for (Escalation escalation : escalations) {
            text.append("\n• ").append(line(escalation, now));
        }
        return text.toString();
    }

    private String line(Escalation escalation, Instant now) {
        SlaState sla = settings.sla().state(escalation, now);
        String owner = escalation.assignee() == null ? "unclaimed" : Blocks.user(escalation.assignee());
        return "*" + escalation.key() + "* " + escalation.severity() + " · " + escalation.team() + " · "
                + ThreadNotes.age(Duration.between(escalation.createdAt(), now)) + " old · " + owner + " · SLA "
                + sla.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " — "
                + (escalation.ticket() == null ? "" : TicketText.ticket(escalation.ticket(), settings.tickets()) + " ")
                + TicketText.render(escalation.summary(), 120, settings.tickets());
    }

    String show(Escalation escalation, List<AuditEvent> timeline, Instant now) {
        StringBuilder text = new StringBuilder("*").append(escalation.key()).append("* ")
                .append(escalation.severity()).append(" · ").append(escalation.team()).append(" · ")
                .append(escalation.status().label()).append('\n')
                .append(TicketText.render(escalation.summary(), 1000, settings.tickets())).append('\n')
                .append("Customer: ").append(escalation.customer() == null ? "—" : Mrkdwn.escape(escalation.customer()))
                .append(" (").append(escalation.tier()).append(") · Ticket: ")
                .append(TicketText.ticket(escalation.ticket(), settings.tickets())).append('\n')
                .append("Owner: ").append(Blocks.user(escalation.assignee())).append(" · SLA: ")
                .append(settings.sla().state(escalation, now).name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .append("\n*Timeline*");
        for (AuditEvent event : timeline) {
            text.append("\n• ").append(Blocks.date(event.at())).append(' ').append(notes.note(event));
        }
        return text.toString();
    }

    static String help() {
        return "*/escalate* hands a customer problem to a specialist team.\n"
                + "• `/escalate` opens the form\n"
                + "• `/escalate P1 billing ACME-1234 customer charged twice` creates it directly "
                + "(severity, team and ticket in any order; anything missing opens the form)\n"
                + "• `/escalate list [team]` open escalations, oldest first\n"
                + "• `/escalate mine` the ones you own or asked for\n"
                + "• `/escalate show ESC-42` details and timeline";
    }
}
