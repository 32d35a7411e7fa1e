package dev.deskhand.slack.escalation.card;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.service.EscalationSettings;
import dev.deskhand.escalation.sla.SlaPolicy;
import dev.deskhand.escalation.sla.SlaState;
import dev.deskhand.escalation.Severity;
import dev.deskhand.escalation.Status;
import dev.deskhand.escalation.Team;
import dev.deskhand.slack.Mrkdwn;
import dev.deskhand.slack.TicketText;
import dev.deskhand.slack.text.Texts;
import dev.deskhand.tickets.TicketStatuses;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The one message per escalation in its team's channel, rendered from the stored state at send time, in the
 * channel's language.
 */
public final class EscalationCard {
    private final EscalationSettings settings;
    private final RelatedArticles related;
    private final TicketStatuses statuses;

    EscalationCard(EscalationSettings settings) {
        this(settings, RelatedArticles.NONE, TicketStatuses.NONE);
    }

    public EscalationCard(EscalationSettings settings, RelatedArticles related, TicketStatuses statuses) {
        this.settings = settings;
        this.related = related;
        this.statuses = statuses;
    }

    /** The ticket, linked, and its helpdesk status when a lookup saw one. */
    private String ticket(Escalation escalation, Texts texts) {
        String ticket = TicketText.ticket(escalation.ticket(), settings.tickets());
        return statuses.status(escalation.ticket())
                .map(status -> texts.get("escalation.card.ticketStatus", "ticket", ticket,
                        "status", Mrkdwn.escape(ticketStatus(status, texts))))
                .orElse(ticket);
    }

    /** Zendesk's status word in the reader's language; one it does not document, as it came. */
    public static String ticketStatus(String status, Texts texts) {
        String key = "escalation.ticketStatus." + status.toLowerCase(Locale.ROOT);
        return texts.has(key) ? texts.get(key) : status;
    }

    /** Notification text (shown in notifications and by clients without blocks). */
    public String text(Escalation escalation, Texts texts) {
        return texts.get("escalation.card.text", "key", escalation.key().toString(), "severity",
                escalation.severity().name(), "team", teamName(escalation.team()), "summary",
                Mrkdwn.escape(escalation.summary(), 200));
    }

    public ArrayNode blocks(Escalation escalation, Instant now, Texts texts) {
        ArrayNode blocks = Blocks.array();
        List<String> mentions = settings.mentions().forEscalation(escalation.severity(), escalation.tier());
        if (escalation.isUnresolved() && !mentions.isEmpty()) {
            blocks.add(Blocks.context(texts.get("escalation.card.cc", "mentions", String.join(" ", mentions))));
        }
        blocks.add(Blocks.header(statusEmoji(escalation.status()) + " " + escalation.key() + " · "
                + severityEmoji(escalation.severity()) + " " + escalation.severity() + " · "
                + teamName(escalation.team())));
        blocks.add(Blocks.section(TicketText.render(escalation.summary(), 2900, settings.tickets())));
        blocks.add(Blocks.fields(
                field(texts, "escalation.card.status") + status(escalation, texts),
                field(texts, "escalation.card.customer") + customer(escalation),
                field(texts, "escalation.card.ticket") + ticket(escalation, texts),
                field(texts, "escalation.card.requestedBy") + Blocks.user(escalation.requester(), texts) + " "
                        + Blocks.date(escalation.createdAt(), texts),
                sla(escalation, now, texts)));
        if (escalation.tried() != null) {
            blocks.add(Blocks.section(field(texts, "escalation.card.tried") + Mrkdwn.escape(escalation.tried(), 2800)));
        }
        if (escalation.relatedArticle() != null) {
            // A knowledge-base article (by title or id) is its title linked; anything else is shown as typed.
            blocks.add(Blocks.context(related.link(escalation.relatedArticle())
                    .map(link -> texts.get("escalation.card.relatedLink", "article", link))
                    .orElseGet(() -> texts.get("escalation.card.related", "article",
                            Mrkdwn.escape(escalation.relatedArticle(), 200).replace("`", "'")))));
        }
        if (escalation.snoozedUntil() != null && now.isBefore(escalation.snoozedUntil())) {
            blocks.add(Blocks.context(texts.get("escalation.card.snoozed", "until",
                    Blocks.date(escalation.snoozedUntil(), texts))));
        }
        if (escalation.status() == Status.RESOLVED) {
            blocks.add(Blocks.section(Mrkdwn.bold(texts.get("escalation.card.resolution")) + " ("
                    + texts.get("escalation.reason." + escalation.resolutionReason().name()) + ")\n"
                    + Mrkdwn.escape(escalation.resolutionNote(), 2800)));
        }
        blocks.add(actions(escalation, texts));
        return blocks;
    }

    /** A bold label on a line of its own, as the card's fields show them. */
    private static String field(Texts texts, String key) {
        return Mrkdwn.bold(texts.get(key)) + "\n";
    }

    /** What the old card says after the escalation moved to another team's channel. */
    public ArrayNode moved(Escalation escalation, Texts texts) {
        ArrayNode blocks = Blocks.array();
        blocks.add(Blocks.section(texts.get("escalation.card.moved", "key", escalation.key().toString(),
                "team", Mrkdwn.bold(teamName(escalation.team())))));
        return blocks;
    }

    public String movedText(Escalation escalation, Texts texts) {
        return texts.get("escalation.card.movedText", "key", escalation.key().toString(),
                "team", teamName(escalation.team()));
    }

    private ObjectNode actions(Escalation escalation, Texts texts) {
        ObjectNode actions = Blocks.object().put("type", "actions")
                .put("block_id", CardActionIds.blockId(escalation.key()));
        ArrayNode elements = actions.putArray("elements");
        String key = String.valueOf(escalation.key().number());
        if (escalation.status() == Status.RESOLVED) {
            elements.add(Blocks.button(CardActionIds.REOPEN, texts.get("escalation.button.reopen"), key, null));
            return actions;
        }
        if (escalation.status() == Status.OPEN) {
            elements.add(Blocks.button(CardActionIds.CLAIM, texts.get("escalation.button.claim"), key, "primary"));
        }
        elements.add(Blocks.button(CardActionIds.RESOLVE, texts.get("escalation.button.resolve"), key, null));
        ObjectNode reassign = Blocks.object().put("type", "users_select").put("action_id", CardActionIds.REASSIGN_USER);
        reassign.set("placeholder", Blocks.plain(texts.get("escalation.button.reassign")));
        elements.add(reassign);
        ArrayNode teams = Blocks.array();
        settings.teams().stream().filter(team -> !team.id().equals(escalation.team()))
                .forEach(team -> teams.add(Blocks.option(team)));
        if (!teams.isEmpty()) {
            elements.add(Blocks.staticSelect(CardActionIds.REASSIGN_TEAM, texts.get("escalation.button.moveTeam"),
                    teams));
        }
        ObjectNode severity = Blocks.staticSelect(CardActionIds.SEVERITY, texts.get("escalation.button.severity"),
                Blocks.severities(texts));
        severity.set("initial_option", Blocks.severityOption(escalation.severity(), texts));
        elements.add(severity);
        ArrayNode snooze = Blocks.array();
        for (String duration : List.of("PT1H", "PT4H", "P1D")) {
            snooze.add(Blocks.option(texts.get("escalation.snooze." + duration), duration));
        }
        elements.add(Blocks.staticSelect(CardActionIds.SNOOZE, texts.get("escalation.button.snooze"), snooze));
        return actions;
    }

    /** One mark per severity, none shared with another or with a status, so P1 and P2 tell apart at a glance. */
    public static String severityEmoji(Severity severity) {
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

    private static String status(Escalation escalation, Texts texts) {
        return switch (escalation.status()) {
            case OPEN -> (escalation.assignee() == null ? texts.get("escalation.status.unclaimed")
                    : texts.get("escalation.status.waiting", "user", Blocks.user(escalation.assignee(), texts)))
                    + (escalation.reopenedAt() == null ? "" : " " + texts.get("escalation.status.reopened",
                    "when", Blocks.date(escalation.reopenedAt(), texts)));
            case ACKNOWLEDGED -> texts.get("escalation.status.acknowledged", "user",
                    Blocks.user(escalation.assignee(), texts));
            case RESOLVED -> texts.get("escalation.status.resolved", "user", Blocks.user(escalation.resolvedBy(), texts),
                    "when", Blocks.date(escalation.resolvedAt(), texts));
        };
    }

    private String customer(Escalation escalation) {
        String tier = settings.tier(escalation.tier()).map(t -> t.label()).orElse(escalation.tier());
        return (escalation.customer() == null ? "—" : Mrkdwn.escape(escalation.customer(), 300)) + " (" + tier + ")";
    }

    private String sla(Escalation escalation, Instant now, Texts texts) {
        SlaPolicy sla = settings.sla();
        SlaState state = sla.state(escalation, now);
        String label = texts.get("escalation.sla." + state.name());
        return switch (escalation.status()) {
            case OPEN -> field(texts, "escalation.card.ackBy") + Blocks.date(sla.acknowledgeDueAt(escalation), texts)
                    + " · " + label;
            case ACKNOWLEDGED -> field(texts, "escalation.card.resolveBy") + Blocks.date(sla.resolveDueAt(escalation), texts)
                    + " · " + label;
            case RESOLVED -> field(texts, "escalation.card.sla") + label;
        };
    }

    String teamName(String teamId) {
        return settings.team(teamId).map(Team::name).orElse(teamId);
    }
}
