package dev.deskhand.slack.digest;

import dev.deskhand.digest.gaps.ArticleCount;
import dev.deskhand.digest.gaps.ArticleReview;
import dev.deskhand.digest.gaps.BelowBarAnswer;
import dev.deskhand.digest.Digest;
import dev.deskhand.digest.schedule.DigestSection;
import dev.deskhand.digest.DurationStats;
import dev.deskhand.digest.EscalationLine;
import dev.deskhand.digest.gaps.KnowledgeGaps;
import dev.deskhand.digest.SeverityCount;
import dev.deskhand.digest.WindowTimings;
import dev.deskhand.slack.Mrkdwn;
import dev.deskhand.slack.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The digest as a list of short mrkdwn texts, one per section, each within Slack's text limit. Shared by the Block
 * Kit message and the plain-text rendering so both say exactly the same.
 */
final class DigestSections {

    static final int ESCALATIONS_SHOWN = 8;
    static final int ASSIGNEES_SHOWN = 12;
    private static final int TITLE_LENGTH = 40;
    private static final int QUERY_LENGTH = 50;
    private static final int NOTES_SHOWN = 3;
    private static final int NOTE_LENGTH = 120;
    private static final Pattern SLACK_USER = Pattern.compile("[UW][A-Z0-9_]{2,}");
    private static final Pattern MENTION = Pattern.compile("<(@[UW][A-Z0-9_]+|!subteam\\^[A-Z0-9]+)(\\|[^<>]*)?>");

    private final Digest digest;
    private final DigestFormat format;
    private final Texts texts;
    private final Optional<String> workspaceUrl;

    /**
     * @param workspaceUrl e.g. {@code https://acme.slack.com/}, to link escalation keys to their cards
     * @param texts        the digest's language, with its zone as the reader's
     */
    DigestSections(Digest digest, Optional<String> workspaceUrl, Texts texts) {
        this.digest = digest;
        this.texts = texts;
        this.format = new DigestFormat(digest.generatedAt(), texts);
        this.workspaceUrl = workspaceUrl.map(url -> url.endsWith("/") ? url : url + "/");
    }

    List<String> texts() {
        List<String> sections = new ArrayList<>();
        if (digest.allClear()) {
            sections.add(texts.get("digest.allClear") + throughputSuffix());
            if (digest.shows(DigestSection.KNOWLEDGE_GAPS)) {
                sections.add(gapsLine(digest.gaps()));
            }
            return sections;
        }
        if (digest.shows(DigestSection.OPEN_BY_SEVERITY)) {
            sections.add(open());
        }
        if (digest.shows(DigestSection.SLA)) {
            sections.add(escalations(texts.get("digest.breached"), digest.sla().breached(), true));
            sections.add(escalations(texts.get("digest.dueWithin", "duration",
                    format.duration(digest.sla().horizon())), digest.sla().dueSoon(), true));
        }
        if (digest.shows(DigestSection.OLDEST)) {
            sections.add(escalations(texts.get("digest.oldest"), digest.oldest(), false));
        }
        if (digest.shows(DigestSection.THROUGHPUT)) {
            sections.add(texts.get("digest.throughput", "since", format.when(digest.since()),
                    "opened", digest.throughput().opened(), "resolved", digest.throughput().resolved()));
        }
        if (digest.shows(DigestSection.TIMINGS)) {
            sections.add(timings());
        }
        if (digest.shows(DigestSection.LOAD)) {
            sections.add(load());
        }
        if (digest.shows(DigestSection.KNOWLEDGE_GAPS)) {
            sections.add(gaps(digest.gaps()));
        }
        return sections;
    }

    private String throughputSuffix() {
        if (!digest.shows(DigestSection.THROUGHPUT)) {
            return "";
        }
        return " " + texts.get("digest.allClear.throughput", "opened", digest.throughput().opened(),
                "resolved", digest.throughput().resolved(), "since", format.when(digest.since()));
    }

    private String open() {
        List<String> lines = digest.open().bySeverity().stream()
                .map((SeverityCount c) -> "• " + Mrkdwn.escape(c.severity()) + ": " + c.open()
                        + DigestFormat.change(c.change()))
                .toList();
        return TextBudget.join(texts.get("digest.open", "total", digest.open().total())
                + DigestFormat.change(digest.open().totalChange()), lines, 20, texts);
    }

    private String escalations(String heading, List<EscalationLine> lines, boolean withDue) {
        if (lines.isEmpty()) {
            return texts.get("digest.none", "heading", heading);
        }
        List<String> rendered = lines.stream().map(line -> escalation(line, withDue)).toList();
        return TextBudget.join(texts.get("digest.count", "heading", heading, "count", lines.size()), rendered,
                ESCALATIONS_SHOWN, texts);
    }

    private String escalation(EscalationLine line, boolean withDue) {
        String key = line.card().flatMap(card -> workspaceUrl.map(url -> Mrkdwn.link(url + "archives/"
                + card.channelId() + "/p" + card.messageTs().replace(".", ""), line.key()))).orElse(line.key());
        String when = withDue
                ? line.dueAt().map(due -> texts.get("digest.due", "when", format.deadline(due))).orElse("")
                : texts.get("digest.age", "duration", format.duration(line.age()));
        // Lines are short: the ticket is named only when it leads somewhere. The link is worked out in the domain;
        // here it only becomes mrkdwn, with the id escaped.
        String ticket = line.ticket().flatMap(t -> t.url().map(url -> Mrkdwn.link(url, t.id()) + " ")).orElse("");
        return "• " + key + " " + severityMark(line.severity()) + Mrkdwn.escape(line.severity()) + " · " + ticket
                + escape(line.title(), TITLE_LENGTH)
                + " · " + when + " · " + owner(line.owner());
    }

    /** The card's marks, so a line reads as the same severity there and here. */
    private static String severityMark(String severity) {
        return switch (severity) {
            case "P1" -> ":rotating_light: ";
            case "P2" -> ":large_orange_diamond: ";
            case "P3" -> ":large_blue_diamond: ";
            case "P4" -> ":white_small_square: ";
            default -> "";
        };
    }

    /** Cut first, then escape, so an entity such as {@code &amp;} is never cut in half. */
    private static String escape(String text, int max) {
        String shortened = text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
        return Mrkdwn.escape(shortened);
    }

    /** Article owners are Slack ids, ready-made mentions, or free text such as a team handle ({@code @billing}). */
    private static String articleOwner(String owner) {
        if (SLACK_USER.matcher(owner).matches()) {
            return "<@" + owner + ">";
        }
        return MENTION.matcher(owner).matches() ? owner : Mrkdwn.escape(owner);
    }

    private String owner(Optional<String> owner) {
        return owner.map(user -> "<@" + user + ">").orElse(texts.get("digest.unclaimed"));
    }

    private String timings() {
        WindowTimings day = digest.timings().day();
        WindowTimings week = digest.timings().week();
        return texts.get("digest.timings.acknowledge") + "\n"
                + texts.get("digest.timings.day", "now", pair(day.acknowledge()),
                        "previous", pair(day.previousAcknowledge())) + "\n"
                + texts.get("digest.timings.week", "now", pair(week.acknowledge()),
                        "previous", pair(week.previousAcknowledge())) + "\n"
                + texts.get("digest.timings.resolve") + "\n"
                + texts.get("digest.timings.day", "now", pair(day.resolve()), "previous", pair(day.previousResolve()))
                + "\n" + texts.get("digest.timings.week", "now", pair(week.resolve()),
                        "previous", pair(week.previousResolve()));
    }

    private String pair(DurationStats stats) {
        if (stats.count() == 0) {
            return "–";
        }
        return format.duration(stats.median()) + " / " + format.duration(stats.p90());
    }

    private String load() {
        List<String> lines = new ArrayList<>(digest.load().byAssignee().stream()
                .map(load -> "• <@" + load.assignee() + ">: " + load.open()).toList());
        if (digest.load().unclaimed() > 0) {
            lines.add(0, "• " + texts.get("digest.unclaimed") + ": " + digest.load().unclaimed());
        }
        return lines.isEmpty() ? texts.get("digest.load.nobody")
                : TextBudget.join(texts.get("digest.load"), lines, ASSIGNEES_SHOWN, texts);
    }

    private String gaps(KnowledgeGaps gaps) {
        String since = format.when(digest.since());
        if (gaps.isEmpty()) {
            return texts.get("digest.gaps.none", "since", since);
        }
        List<String> lines = new ArrayList<>();
        if (!gaps.unanswered().isEmpty()) {
            lines.add(texts.get("digest.gaps.unanswered", "list", gaps.unanswered().stream()
                    .map(gap -> "“" + escape(gap.query(), QUERY_LENGTH) + "” ×" + gap.count())
                    .collect(Collectors.joining(", "))));
        }
        if (!gaps.notHelpful().isEmpty()) {
            lines.add(texts.get("digest.gaps.notHelpful", "list", gaps.notHelpful().stream()
                    .map(article -> escape(article.name(), TITLE_LENGTH) + " ×" + article.count() + notes(article))
                    .collect(Collectors.joining(", "))));
        }
        if (!gaps.belowBar().isEmpty()) {
            lines.add(texts.get("digest.gaps.belowBar", "list", gaps.belowBar().stream()
                    .map(found -> "“" + escape(found.query(), QUERY_LENGTH) + "” → "
                            + escape(found.name(), TITLE_LENGTH) + " ×" + found.count())
                    .collect(Collectors.joining(", "))));
        }
        gaps.pastReview().stream().map(this::review).forEach(lines::add);
        return TextBudget.join(texts.get("digest.gaps", "since", since), lines, 12, texts);
    }

    /** What people wrote after "Other", each once, quoted and escaped. */
    private static String notes(ArticleCount article) {
        return article.notes().stream().limit(NOTES_SHOWN).map(note -> " “" + escape(note, NOTE_LENGTH) + "”")
                .collect(Collectors.joining(""));
    }

    private String review(ArticleReview article) {
        return texts.get("digest.gaps.review", "date", format.date(article.reviewBy()),
                "title", escape(article.title(), TITLE_LENGTH),
                "owner", article.owner().map(DigestSections::articleOwner).orElse(texts.get("digest.gaps.noOwner")));
    }

    /** One line for an all-clear morning. */
    private String gapsLine(KnowledgeGaps gaps) {
        if (gaps.isEmpty()) {
            return texts.get("digest.gaps.line.none", "since", format.when(digest.since()));
        }
        List<String> parts = new ArrayList<>();
        if (!gaps.unanswered().isEmpty()) {
            parts.add(texts.get("digest.gaps.line.unanswered", "query",
                    "“" + escape(gaps.unanswered().get(0).query(), QUERY_LENGTH) + "”",
                    "count", gaps.unanswered().get(0).count()));
        }
        if (!gaps.notHelpful().isEmpty()) {
            // What people wrote is the part an owner can act on: it is worth a few words even on a quiet morning.
            String explained = gaps.notHelpful().stream().filter(article -> !article.notes().isEmpty())
                    .map(article -> escape(article.name(), TITLE_LENGTH) + " ×" + article.count() + notes(article))
                    .collect(Collectors.joining(", "));
            parts.add(texts.get("digest.gaps.line.notHelpful", "count",
                    gaps.notHelpful().stream().mapToInt(ArticleCount::count).sum())
                    + (explained.isEmpty() ? "" : " (" + explained + ")"));
        }
        if (!gaps.belowBar().isEmpty()) {
            parts.add(texts.get("digest.gaps.line.belowBar", "count",
                    gaps.belowBar().stream().mapToInt(BelowBarAnswer::count).sum()));
        }
        if (!gaps.pastReview().isEmpty()) {
            parts.add(texts.get("digest.gaps.line.pastReview", "count", gaps.pastReview().size()));
        }
        return texts.get("digest.gaps.line", "parts", String.join(" · ", parts));
    }
}
