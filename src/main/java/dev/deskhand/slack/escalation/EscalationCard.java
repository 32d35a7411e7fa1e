package dev.deskhand.slack.escalation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.EscalationSettings;
import dev.deskhand.escalation.SlaPolicy;
import dev.deskhand.escalation.SlaState;
import dev.deskhand.escalation.Severity;
import dev.deskhand.escalation.Status;
import dev.deskhand.escalation.Team;
import dev.deskhand.slack.Mrkdwn;
import dev.deskhand.slack.TicketText;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The one message per escalation in its team's channel, rendered from the stored state at send time. */
final class EscalationCard {
    private final EscalationSettings settings;

    EscalationCard(EscalationSettings settings) {
        this.settings = settings;
    }

    /** Notification text (shown in notifications and by clients without blocks). */
    String text(Escalation escalation) {
        return escalation.key() + " " + escalation.severity() + " for " + teamName(escalation.team()) + ": "
                + Mrkdwn.escape(escalation.summary(), 200);
    }

    ArrayNode blocks(Escalation escalation, Instant now) {
        ArrayNode blocks = Blocks.array();
        List<String> mentions = settings.mentions().forEscalation(escalation.severity(), escalation.tier());
        if (escalation.isUnresolved() && !mentions.isEmpty()) {
            blocks.add(Blocks.context("cc " + String.join(" ", mentions)));
        }
        blocks.add(Blocks.header(statusEmoji(escalation.status()) + " " + escalation.key() + " · "
                + severityEmoji(escalation.severity()) + " " + escalation.severity() + " · "
                + teamName(escalation.team())));
        blocks.add(Blocks.section(TicketText.render(escalation.summary(), 2900, settings.tickets())));
        blocks.add(Blocks.fields(
                "*Status*\n" + status(escalation),
                "*Customer*\n" + customer(escalation),
                "*Ticket*\n" + TicketText.ticket(escalation.ticket(), settings.tickets()),
                "*Requested by*\n" + Blocks.user(escalation.requester()) + " " + Blocks.date(escalation.createdAt()),
                sla(escalation, now)));
        if (escalation.tried() != null) {
            blocks.add(Blocks.section("*Tried so far*\n" + Mrkdwn.escape(escalation.tried(), 2800)));
        }
        if (escalation.relatedArticle() != null) {
            blocks.add(Blocks.context("Related article: `" + Mrkdwn.escape(escalation.relatedArticle(), 200)
                    .replace("`", "'") + "`"));
        }
        if (escalation.snoozedUntil() != null && now.isBefore(escalation.snoozedUntil())) {
            blocks.add(Blocks.context(":zzz: Reminders snoozed until " + Blocks.date(escalation.snoozedUntil())));
        }
        if (escalation.status() == Status.RESOLVED) {
            blocks.add(Blocks.section("*Resolution* (" + escalation.resolutionReason().label() + ")\n"
                    + Mrkdwn.escape(escalation.resolutionNote(), 2800)));
        }
        blocks.add(actions(escalation));
        return blocks;
    }

    /** What the old card says after the escalation moved to another team's channel. */
    ArrayNode moved(Escalation escalation) {
        ArrayNode blocks = Blocks.array();
        blocks.add(Blocks.section(":arrow_right: " + escalation.key() + " moved to *" + teamName(escalation.team())
                + "*; follow it there."));
        return blocks;
    }

    private ObjectNode actions(Escalation escalation) {
        ObjectNode actions = Blocks.object().put("type", "actions")
                .put("block_id", CardActionIds.blockId(escalation.key()));
        ArrayNode elements = actions.putArray("elements");
        String key = String.valueOf(escalation.key().number());
        if (escalation.status() == Status.RESOLVED) {
            elements.add(Blocks.button(CardActionIds.REOPEN, "Reopen", key, null));
            return actions;
        }
        if (escalation.status() == Status.OPEN) {
            elements.add(Blocks.button(CardActionIds.CLAIM, "I'll take it", key, "primary"));
        }
        elements.add(Blocks.button(CardActionIds.RESOLVE, "Resolve", key, null));
        ObjectNode reassign = Blocks.object().put("type", "users_select").put("action_id", CardActionIds.REASSIGN_USER);
        reassign.set("placeholder", Blocks.plain("Reassign to…"));
        elements.add(reassign);
        ArrayNode teams = Blocks.array();
        settings.teams().stream().filter(team -> !team.id().equals(escalation.team()))
                .forEach(team -> teams.add(EscalationModal.option(team)));
        if (!teams.isEmpty()) {
            elements.add(Blocks.staticSelect(CardActionIds.REASSIGN_TEAM, "Move to team…", teams));
        }
        ObjectNode severity = Blocks.staticSelect(CardActionIds.SEVERITY, "Severity", EscalationModal.severities());
        severity.set("initial_option", EscalationModal.severityOption(escalation.severity()));
        elements.add(severity);
        ArrayNode snooze = Blocks.array();
        snooze.add(Blocks.option("1 hour", "PT1H"));
        snooze.add(Blocks.option("4 hours", "PT4H"));
        snooze.add(Blocks.option("1 day", "P1D"));
        elements.add(Blocks.staticSelect(CardActionIds.SNOOZE, "Snooze reminders", snooze));
        return actions;
    }

    /** One mark per severity, none shared with another or with a status, so P1 and P2 tell apart at a glance. */
    static String severityEmoji(Severity severity) {
        return switch (severity) {
            case P1 -> ":rotating_light:";
            case P2 -> ":large_orange_diamond:";
            case P3 -> ":large_blue_diamond:";
            case P4 -> ":white_small_square:";
        };
    }

    private static String statusEmoji(Status status) {
        return switch (status) {
            case OPEN -> ":red_circle:";
            case ACKNOWLEDGED -> ":large_yellow_circle:";
            case RESOLVED -> ":white_check_mark:";
        };
    }

    private static String status(Escalation escalation) {
        return switch (escalation.status()) {
            case OPEN -> (escalation.assignee() == null ? "Open, unclaimed"
                    : "Open, waiting for " + Blocks.user(escalation.assignee()))
                    + (escalation.reopenedAt() == null ? "" : " (reopened " + Blocks.date(escalation.reopenedAt()) + ")");
            case ACKNOWLEDGED -> "Acknowledged by " + Blocks.user(escalation.assignee());
            case RESOLVED -> "Resolved by " + Blocks.user(escalation.resolvedBy()) + " "
                    + Blocks.date(escalation.resolvedAt());
        };
    }

    private String customer(Escalation escalation) {
        String tier = settings.tier(escalation.tier()).map(t -> t.label()).orElse(escalation.tier());
        return (escalation.customer() == null ? "—" : Mrkdwn.escape(escalation.customer(), 300)) + " (" + tier + ")";
    }

    private String sla(Escalation escalation, Instant now) {
        SlaPolicy sla = settings.sla();
        SlaState state = sla.state(escalation, now);
        String label = state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return switch (escalation.status()) {
            case OPEN -> "*Acknowledge by*\n" + Blocks.date(sla.acknowledgeDueAt(escalation)) + " · " + label;
            case ACKNOWLEDGED -> "*Resolve by*\n" + Blocks.date(sla.resolveDueAt(escalation)) + " · " + label;
            case RESOLVED -> "*SLA*\n" + label;
        };
    }

    String teamName(String teamId) {
        return settings.team(teamId).map(Team::name).orElse(teamId);
    }
}
