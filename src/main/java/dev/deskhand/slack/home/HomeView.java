package dev.deskhand.slack.home;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.service.EscalationSettings;
import dev.deskhand.escalation.Severity;
import dev.deskhand.escalation.sla.SlaPolicy;
import dev.deskhand.escalation.Status;
import dev.deskhand.escalation.Team;
import dev.deskhand.home.Home;
import dev.deskhand.home.KnowledgeGap;
import dev.deskhand.home.TeamQueue;
import dev.deskhand.kb.Article;
import dev.deskhand.slack.Mrkdwn;
import dev.deskhand.slack.TicketText;
import dev.deskhand.slack.text.Texts;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The App Home view ({@code views.publish}) of one {@link Home}, in its reader's language and time zone: the two
 * buttons, my claimed and requested escalations, each team queue by severity, my articles' knowledge gaps. Every
 * deadline carries its date and zone, so "due 09:00" is never ambiguous.
 */
final class HomeView {
    static final String CALLBACK_ID = "deskhand_home";
    static final String ESCALATE = "home_escalate";
    static final String SEARCH = "home_search";
    /** Slack allows 100 blocks in a home; a list this long is cut with "…and N more". */
    static final int MAX_LINES = 10;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The JDK names zones as people do ({@code KST}); ICU would write {@code GMT+9}. */
    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    private final EscalationSettings settings;

    HomeView(EscalationSettings settings) {
        this.settings = settings;
    }

    ObjectNode view(Home home, Texts texts) {
        ObjectNode view = JSON.createObjectNode().put("type", "home").put("callback_id", CALLBACK_ID);
        ArrayNode blocks = view.putArray("blocks");
        blocks.add(header(texts.get("home.title")));
        blocks.add(context(texts.get("home.updated", "when", time(home.now(), texts))));
        ObjectNode actions = blocks.addObject().put("type", "actions").put("block_id", "home_actions");
        actions.putArray("elements").add(button(ESCALATE, texts.get("home.button.escalate"), "primary"))
                .add(button(SEARCH, texts.get("home.button.search"), null));

        blocks.add(header(texts.get("home.mine.title")));
        blocks.add(section(Mrkdwn.bold(texts.get("home.mine.claimed")) + "\n"
                + lines(home.claimed(), e -> mine(e, home.now(), false, texts), texts.get("home.mine.noneClaimed"),
                texts)));
        blocks.add(section(Mrkdwn.bold(texts.get("home.mine.requested")) + "\n"
                + lines(home.requested(), e -> mine(e, home.now(), true, texts), texts.get("home.mine.noneRequested"),
                texts)));

        if (home.queues().isEmpty()) {
            blocks.add(divider());
            blocks.add(context(texts.get("home.queue.noTeam")));
        }
        for (TeamQueue queue : home.queues()) {
            blocks.add(divider());
            blocks.add(header(texts.get("home.queue.title", "team", queue.team().name())));
            if (queue.escalations().isEmpty()) {
                blocks.add(context(texts.get("home.queue.empty")));
            }
            Map<Severity, List<Escalation>> bySeverity = queue.escalations().stream()
                    .collect(Collectors.groupingBy(Escalation::severity, () -> new java.util.EnumMap<>(Severity.class),
                            Collectors.toList()));
            bySeverity.forEach((severity, escalations) -> blocks.add(section(Mrkdwn.bold(texts.get(
                    "home.queue.severity", "severity", severity.name(), "count", escalations.size())) + "\n"
                    + lines(escalations, e -> queued(e, home.now(), texts), "", texts))));
        }

        blocks.add(divider());
        blocks.add(header(texts.get("home.gaps.title")));
        if (home.gaps().isEmpty()) {
            blocks.add(context(texts.get(home.ownedArticles() == 0
                    ? "home.gaps.noArticles" : "home.gaps.none")));
        } else {
            blocks.add(section(lines(home.gaps(), gap -> gap(gap, home.articles(), texts), "", texts)));
        }
        return view;
    }

    /** One of my escalations: key, severity, team, summary; then its SLA and (if I asked for it) who has it. */
    private String mine(Escalation e, Instant now, boolean withOwner, Texts texts) {
        return texts.get("home.line.team", "key", Mrkdwn.bold(e.key().toString()), "severity", e.severity().name(),
                "team", settings.team(e.team()).map(Team::name).orElse(e.team()), "summary", summary(e))
                + "\n      " + sla(e, now, texts) + (withOwner ? " · " + owner(e, texts) : "");
    }

    /** One escalation in a team queue (the team is the heading). */
    private String queued(Escalation e, Instant now, Texts texts) {
        return texts.get("home.line", "key", Mrkdwn.bold(e.key().toString()), "severity", e.severity().name(),
                "summary", summary(e)) + "\n      " + sla(e, now, texts) + " · " + owner(e, texts);
    }

    private String summary(Escalation e) {
        return TicketText.render(e.summary(), 120, settings.tickets());
    }

    private static String owner(Escalation e, Texts texts) {
        return e.assignee() == null ? texts.get("home.owner.none") : "<@" + e.assignee() + ">";
    }

    /** "acknowledge by Mon 23 Nov 18:15 KST · due in 15m", or "… · ⚠ breached 5m ago". */
    private String sla(Escalation e, Instant now, Texts texts) {
        SlaPolicy sla = settings.sla();
        boolean open = e.status() == Status.OPEN;
        Instant due = open ? sla.acknowledgeDueAt(e) : sla.resolveDueAt(e);
        String target = texts.get(open ? "home.sla.ack" : "home.sla.resolve", "when", time(due, texts));
        String state = now.isBefore(due)
                ? texts.get("home.sla.dueIn", "duration", duration(Duration.between(now, due), texts))
                : texts.get("home.sla.breached", "duration", duration(Duration.between(due, now), texts));
        return target + " · " + state;
    }

    private static String gap(KnowledgeGap gap, Map<String, Article> articles, Texts texts) {
        Article article = articles.get(gap.articleId());
        String title = article == null ? Mrkdwn.escape(gap.articleId()) : article.url()
                .map(url -> Mrkdwn.link(url, article.title())).orElse(Mrkdwn.escape(article.title()));
        String question = Mrkdwn.escape(gap.question(), 200);
        if (gap.kind() == KnowledgeGap.Kind.UNANSWERED) {
            return texts.get("home.gap.unanswered", "question", question, "article", title, "count", gap.count());
        }
        if (gap.reason().isEmpty()) {
            return texts.get("home.gap.notHelpful", "article", title, "question", question, "count", gap.count());
        }
        String reason = texts.has("kb.reason." + gap.reason().get())
                ? texts.get("kb.reason." + gap.reason().get()) : Mrkdwn.escape(gap.reason().get());
        String detail = gap.note().map(note -> reason + ": " + Mrkdwn.escape(note, 200)).orElse(reason);
        return texts.get("home.gap.notHelpfulReason", "article", title, "question", question, "reason", detail,
                "count", gap.count());
    }

    /** Bulleted lines, at most {@link #MAX_LINES}, or {@code none} when there are none. */
    private static <T> String lines(List<T> items, Function<T, String> line, String none, Texts texts) {
        if (items.isEmpty()) {
            return none;
        }
        List<String> out = new ArrayList<>();
        items.stream().limit(MAX_LINES).forEach(item -> out.add("• " + line.apply(item)));
        if (items.size() > MAX_LINES) {
            out.add(texts.get("home.more", "count", items.size() - MAX_LINES));
        }
        return String.join("\n", out);
    }

    /** {@code Mon 23 Nov 18:15 KST} in the reader's zone. */
    static String time(Instant at, Texts texts) {
        return texts.get("home.time", "when", at, "zone", ZONE_NAME.format(at.atZone(texts.reader().zone())));
    }

    /** {@code 45m}, {@code 2h 5m}, {@code 3d 4h}, rounded down to the minute. */
    static String duration(Duration duration, Texts texts) {
        long minutes = Math.max(0, duration.toMinutes());
        if (minutes < 60) {
            return texts.get("home.duration.minutes", "minutes", minutes);
        }
        if (minutes < 24 * 60) {
            return texts.get("home.duration.hoursMinutes", "hours", minutes / 60, "minutes", minutes % 60);
        }
        return texts.get("home.duration.daysHours", "days", minutes / (24 * 60), "hours", minutes % (24 * 60) / 60);
    }

    private static ObjectNode header(String text) {
        ObjectNode header = JSON.createObjectNode().put("type", "header");
        header.set("text", plain(text.length() <= 150 ? text : text.substring(0, 149) + "…"));
        return header;
    }

    private static ObjectNode section(String mrkdwn) {
        ObjectNode section = JSON.createObjectNode().put("type", "section");
        section.putObject("text").put("type", "mrkdwn").put("text", mrkdwn.length() <= 3000 ? mrkdwn
                : mrkdwn.substring(0, 2999) + "…");
        return section;
    }

    private static ObjectNode context(String mrkdwn) {
        ObjectNode context = JSON.createObjectNode().put("type", "context");
        context.putArray("elements").addObject().put("type", "mrkdwn").put("text", mrkdwn);
        return context;
    }

    private static ObjectNode divider() {
        return JSON.createObjectNode().put("type", "divider");
    }

    private static ObjectNode button(String actionId, String text, String style) {
        ObjectNode button = JSON.createObjectNode().put("type", "button").put("action_id", actionId);
        button.set("text", plain(text));
        if (style != null) {
            button.put("style", style);
        }
        return button;
    }

    private static ObjectNode plain(String text) {
        return JSON.createObjectNode().put("type", "plain_text").put("text", text).put("emoji", true);
    }
}
