package dev.deskhand.slack.escalation;

import dev.deskhand.escalation.AuditEvent;
import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.EscalationSettings;
import dev.deskhand.escalation.ReminderKind;
import dev.deskhand.escalation.ResolutionReason;
import dev.deskhand.escalation.Team;
import dev.deskhand.slack.Mrkdwn;
import dev.deskhand.slack.TicketText;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The lines posted in a card's thread: one per state change and one per SLA reminder. */
final class ThreadNotes {
    private final EscalationSettings settings;

    ThreadNotes(EscalationSettings settings) {
        this.settings = settings;
    }

    String note(AuditEvent event) {
        String who = Blocks.user(event.actor());
        String key = event.key().toString();
        return switch (event.action()) {
            case CREATE -> who + " opened " + key + ".";
            case CLAIM -> ":raising_hand: " + who + " claimed " + key + ".";
            case ACKNOWLEDGE -> ":raising_hand: " + who + " acknowledged " + key + ".";
            case REASSIGN_PERSON -> ":busts_in_silhouette: " + who + " reassigned " + key + " from "
                    + Blocks.user(event.from()) + " to " + Blocks.user(event.to()) + ".";
            case REASSIGN_TEAM -> ":arrow_right: " + who + " moved " + key + " from " + teamName(event.from())
                    + " to " + teamName(event.to()) + ".";
            case CHANGE_SEVERITY -> ":warning: " + who + " changed the severity of " + key + " from " + event.from()
                    + " to " + event.to() + ".";
            case SNOOZE -> ":zzz: " + who + " snoozed reminders for " + key + " until "
                    + Blocks.date(Instant.parse(event.to())) + ".";
            case RESOLVE -> ":white_check_mark: " + who + " resolved " + key + " ("
                    + ResolutionReason.parse(event.to()).map(ResolutionReason::label).orElse(event.to()) + "): "
                    + TicketText.render(event.note(), 2800, settings.tickets());
            case REOPEN -> ":leftwards_arrow_with_hook: " + who + " reopened " + key
                    + (event.note() == null ? "." : ": " + TicketText.render(event.note(), 2800, settings.tickets()));
        };
    }

    String reminder(Escalation escalation, ReminderKind kind, Instant now) {
        String key = escalation.key() + " (" + escalation.severity() + ")";
        String alert = kind.alertsLeads() ? leads(escalation) : "";
        return switch (kind) {
            case ACK_WARNING -> ":hourglass_flowing_sand: " + key + " still needs an owner; acknowledgement is due "
                    + Blocks.date(settings.sla().acknowledgeDueAt(escalation)) + ".";
            case ACK_BREACH -> ":rotating_light: " + key + " was not acknowledged within its SLA." + alert;
            case ACK_REPEAT -> ":rotating_light: " + key + " is still unacknowledged, "
                    + age(Duration.between(settings.sla().acknowledgeDueAt(escalation), now)) + " past its SLA."
                    + alert;
            case RESOLVE_WARNING -> ":hourglass_flowing_sand: " + key + " should be resolved by "
                    + Blocks.date(settings.sla().resolveDueAt(escalation)) + ".";
            case RESOLVE_BREACH -> ":rotating_light: " + key + " was not resolved within its SLA." + alert;
        };
    }

    private String leads(Escalation escalation) {
        Set<String> mentions = new LinkedHashSet<>();
        settings.team(escalation.team()).ifPresent(team -> mentions.addAll(team.leads()));
        mentions.addAll(settings.mentions().forEscalation(escalation.severity(), escalation.tier()));
        return mentions.isEmpty() ? "" : " " + String.join(" ", new ArrayList<>(mentions));
    }

    private String teamName(String teamId) {
        return "*" + settings.team(teamId).map(Team::name).orElse(teamId) + "*";
    }

    /** "2d 3h", "3h 12m", "7m". */
    static String age(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        List<String> parts = new ArrayList<>();
        if (days > 0) {
            parts.add(days + "d");
        }
        if (hours > 0 && parts.size() < 2) {
            parts.add(hours + "h");
        }
        if ((days == 0) && (rest > 0 || parts.isEmpty())) {
            parts.add(rest + "m");
        }
        return String.join(" ", parts);
    }
}
