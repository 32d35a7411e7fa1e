package dev.deskhand.slack.escalation.card;

import dev.deskhand.escalation.AuditEvent;
import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.service.EscalationSettings;
import dev.deskhand.escalation.ReminderKind;
import dev.deskhand.escalation.Team;
import dev.deskhand.slack.Mrkdwn;
import dev.deskhand.slack.TicketText;
import dev.deskhand.slack.text.Texts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The lines posted in a card's thread, in the channel's language: one per state change and one per SLA reminder. */
public final class ThreadNotes {
    private final EscalationSettings settings;

    public ThreadNotes(EscalationSettings settings) {
        this.settings = settings;
    }

    public String note(AuditEvent event, Texts texts) {
        if (event.action().isPage()) {
            return PageNotes.note(event, texts);
        }
        String who = Blocks.user(event.actor(), texts);
        String key = event.key().toString();
        String from = event.from();
        String to = event.to();
        switch (event.action()) {
            case REASSIGN_PERSON -> {
                from = Blocks.user(event.from(), texts);
                to = Blocks.user(event.to(), texts);
            }
            case REASSIGN_TEAM -> {
                from = teamName(event.from());
                to = teamName(event.to());
            }
            case RESOLVE -> to = texts.has("escalation.reason." + event.to())
                    ? texts.get("escalation.reason." + event.to()) : event.to();
            default -> {
            }
        }
        String message = "escalation.note." + event.action().name()
                + (event.action().name().equals("REOPEN") && event.note() != null ? ".why" : "");
        return texts.get(message, "who", who, "key", key, "from", String.valueOf(from), "to", String.valueOf(to),
                "until", event.action().name().equals("SNOOZE") ? Blocks.date(Instant.parse(event.to()), texts) : "",
                "reason", String.valueOf(to), "note",
                event.note() == null ? "" : TicketText.render(event.note(), 2800, settings.tickets()));
    }

    public String reminder(Escalation escalation, ReminderKind kind, Instant now, Texts texts) {
        String key = escalation.key() + " (" + escalation.severity() + ")";
        String alert = kind.alertsLeads() ? leads(escalation) : "";
        Instant due = kind.name().startsWith("ACK_") ? settings.sla().acknowledgeDueAt(escalation)
                : settings.sla().resolveDueAt(escalation);
        return texts.get("escalation.reminder." + kind.name(), "key", key, "alert", alert,
                "due", Blocks.date(due, texts), "age", age(Duration.between(due, now), texts));
    }

    private String leads(Escalation escalation) {
        Set<String> mentions = new LinkedHashSet<>();
        settings.team(escalation.team()).ifPresent(team -> mentions.addAll(team.leads()));
        mentions.addAll(settings.mentions().forEscalation(escalation.severity(), escalation.tier()));
        return mentions.isEmpty() ? "" : " " + String.join(" ", new ArrayList<>(mentions));
    }

    private String teamName(String teamId) {
        return Mrkdwn.bold(settings.team(teamId).map(Team::name).orElse(teamId));
    }

    /** "2d 3h", "3h 12m", "7m" (in Korean "2일 3시간"). */
    static String age(Duration duration, Texts texts) {
        long minutes = Math.max(0, duration.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        List<String> parts = new ArrayList<>();
        if (days > 0) {
            parts.add(texts.get("escalation.age.days", "n", days));
        }
        if (hours > 0 && parts.size() < 2) {
            parts.add(texts.get("escalation.age.hours", "n", hours));
        }
        if ((days == 0) && (rest > 0 || parts.isEmpty())) {
            parts.add(texts.get("escalation.age.minutes", "n", rest));
        }
        return String.join(" ", parts);
    }
}
