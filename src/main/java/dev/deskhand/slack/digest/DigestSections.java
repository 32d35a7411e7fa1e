package dev.deskhand.slack.digest;

import dev.deskhand.digest.ArticleCount;
import dev.deskhand.digest.ArticleReview;
import dev.deskhand.digest.BelowBarAnswer;
import dev.deskhand.digest.Digest;
import dev.deskhand.digest.DigestSection;
import dev.deskhand.digest.DurationStats;
import dev.deskhand.digest.EscalationLine;
import dev.deskhand.digest.KnowledgeGaps;
import dev.deskhand.digest.SeverityCount;
import dev.deskhand.digest.WindowTimings;
import dev.deskhand.slack.Mrkdwn;
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
    private final Optional<String> workspaceUrl;

    /** @param workspaceUrl e.g. {@code https://acme.slack.com/}, to link escalation keys to their cards */
    DigestSections(Digest digest, Optional<String> workspaceUrl) {
        this.digest = digest;
        this.format = new DigestFormat(digest.generatedAt(), digest.zone());
        this.workspaceUrl = workspaceUrl.map(url -> url.endsWith("/") ? url : url + "/");
    }

    List<String> texts() {
        List<String> texts = new ArrayList<>();
        if (digest.allClear()) {
            texts.add("✅ *All clear* — nothing open." + throughputSuffix());
            if (digest.shows(DigestSection.KNOWLEDGE_GAPS)) {
                texts.add(gapsLine(digest.gaps()));
            }
            return texts;
        }
        if (digest.shows(DigestSection.OPEN_BY_SEVERITY)) {
            texts.add(open());
        }
        if (digest.shows(DigestSection.SLA)) {
            texts.add(escalations("🚨 *Breached*", digest.sla().breached(), true));
            texts.add(escalations("⏳ *Due within " + DigestFormat.duration(digest.sla().horizon()) + "*",
                    digest.sla().dueSoon(), true));
        }
        if (digest.shows(DigestSection.OLDEST)) {
            texts.add(escalations("🐢 *Oldest open*", digest.oldest(), false));
        }
        if (digest.shows(DigestSection.THROUGHPUT)) {
            texts.add("*Since " + format.when(digest.since()) + ":* " + digest.throughput().opened() + " opened · "
                    + digest.throughput().resolved() + " resolved");
        }
        if (digest.shows(DigestSection.TIMINGS)) {
            texts.add(timings());
        }
        if (digest.shows(DigestSection.LOAD)) {
            texts.add(load());
        }
        if (digest.shows(DigestSection.KNOWLEDGE_GAPS)) {
            texts.add(gaps(digest.gaps()));
        }
        return texts;
    }

    private String throughputSuffix() {
        if (!digest.shows(DigestSection.THROUGHPUT)) {
            return "";
        }
        return " " + digest.throughput().opened() + " opened and " + digest.throughput().resolved()
                + " resolved since " + format.when(digest.since()) + ".";
    }

    private String open() {
        List<String> lines = digest.open().bySeverity().stream()
                .map((SeverityCount c) -> "• " + Mrkdwn.escape(c.severity()) + ": " + c.open()
                        + DigestFormat.change(c.change()))
                .toList();
        return TextBudget.join("*Open: " + digest.open().total() + "*" + DigestFormat.change(digest.open().totalChange()),
                lines, 20);
    }

    private String escalations(String heading, List<EscalationLine> lines, boolean withDue) {
        if (lines.isEmpty()) {
            return heading + ": none";
        }
        List<String> rendered = lines.stream().map(line -> escalation(line, withDue)).toList();
        return TextBudget.join(heading + " (" + lines.size() + ")", rendered, ESCALATIONS_SHOWN);
    }

    private String escalation(EscalationLine line, boolean withDue) {
        String key = line.card().flatMap(card -> workspaceUrl.map(url -> Mrkdwn.link(url + "archives/"
                + card.channelId() + "/p" + card.messageTs().replace(".", ""), line.key()))).orElse(line.key());
        String when = withDue
                ? line.dueAt().map(due -> "due " + format.deadline(due)).orElse("")
                : DigestFormat.duration(line.age()) + " old";
        // Lines are short: the ticket is named only when it leads somewhere. The link is worked out in the domain;
        // here it only becomes mrkdwn, with the id escaped.
        String ticket = line.ticket().flatMap(t -> t.url().map(url -> Mrkdwn.link(url, t.id()) + " ")).orElse("");
        return "• " + key + " " + severityMark(line.severity()) + Mrkdwn.escape(line.severity()) + " · " + ticket + escape(line.title(), TITLE_LENGTH)
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

    private static String owner(Optional<String> owner) {
        return owner.map(user -> "<@" + user + ">").orElse("_unclaimed_");
    }

    private String timings() {
        WindowTimings day = digest.timings().day();
        WindowTimings week = digest.timings().week();
        return "*Time to acknowledge* (median / p90)\n"
                + "24h: " + pair(day.acknowledge()) + " · prev " + pair(day.previousAcknowledge()) + "\n"
                + "7d: " + pair(week.acknowledge()) + " · prev " + pair(week.previousAcknowledge()) + "\n"
                + "*Time to resolve* (median / p90)\n"
                + "24h: " + pair(day.resolve()) + " · prev " + pair(day.previousResolve()) + "\n"
                + "7d: " + pair(week.resolve()) + " · prev " + pair(week.previousResolve());
    }

    private static String pair(DurationStats stats) {
        if (stats.count() == 0) {
            return "–";
        }
        return DigestFormat.duration(stats.median()) + " / " + DigestFormat.duration(stats.p90());
    }

    private String load() {
        List<String> lines = new ArrayList<>(digest.load().byAssignee().stream()
                .map(load -> "• <@" + load.assignee() + ">: " + load.open()).toList());
        if (digest.load().unclaimed() > 0) {
            lines.add(0, "• _unclaimed_: " + digest.load().unclaimed());
        }
        return lines.isEmpty() ? "*Load*: nobody holds anything" : TextBudget.join("*Load*", lines, ASSIGNEES_SHOWN);
    }

    private String gaps(KnowledgeGaps gaps) {
        if (gaps.isEmpty()) {
            return "📚 *Knowledge gaps*: none since " + format.when(digest.since());
        }
        List<String> lines = new ArrayList<>();
        if (!gaps.unanswered().isEmpty()) {
            lines.add("Unanswered: " + gaps.unanswered().stream()
                    .map(gap -> "“" + escape(gap.query(), QUERY_LENGTH) + "” ×" + gap.count())
                    .collect(Collectors.joining(", ")));
        }
        if (!gaps.notHelpful().isEmpty()) {
            lines.add("Not helpful: " + gaps.notHelpful().stream()
                    .map(article -> escape(article.name(), TITLE_LENGTH) + " ×" + article.count() + notes(article))
                    .collect(Collectors.joining(", ")));
        }
        if (!gaps.belowBar().isEmpty()) {
            lines.add("Answered below the bar (add the wording to the article's aliases): " + gaps.belowBar().stream()
                    .map(found -> "“" + escape(found.query(), QUERY_LENGTH) + "” → "
                            + escape(found.name(), TITLE_LENGTH) + " ×" + found.count())
                    .collect(Collectors.joining(", ")));
        }
        gaps.pastReview().stream().map(this::review).forEach(lines::add);
        return TextBudget.join("📚 *Knowledge gaps* since " + format.when(digest.since()), lines, 12);
    }

    /** What people wrote after "Other", each once, quoted and escaped. */
    private static String notes(ArticleCount article) {
        return article.notes().stream().limit(NOTES_SHOWN).map(note -> " “" + escape(note, NOTE_LENGTH) + "”")
                .collect(Collectors.joining(""));
    }

    private String review(ArticleReview article) {
        return "Review overdue (" + DigestFormat.date(article.reviewBy()) + "): "
                + escape(article.title(), TITLE_LENGTH) + " · "
                + article.owner().map(DigestSections::articleOwner).orElse("_no owner_");
    }

    /** One line for an all-clear morning. */
    private String gapsLine(KnowledgeGaps gaps) {
        if (gaps.isEmpty()) {
            return "📚 No knowledge gaps since " + format.when(digest.since()) + ".";
        }
        List<String> parts = new ArrayList<>();
        if (!gaps.unanswered().isEmpty()) {
            parts.add("top unanswered “" + escape(gaps.unanswered().get(0).query(), QUERY_LENGTH) + "” ×"
                    + gaps.unanswered().get(0).count());
        }
        if (!gaps.notHelpful().isEmpty()) {
            // What people wrote is the part an owner can act on: it is worth a few words even on a quiet morning.
            String explained = gaps.notHelpful().stream().filter(article -> !article.notes().isEmpty())
                    .map(article -> escape(article.name(), TITLE_LENGTH) + " ×" + article.count() + notes(article))
                    .collect(Collectors.joining(", "));
            parts.add(gaps.notHelpful().stream().mapToInt(ArticleCount::count).sum() + " marked not helpful"
                    + (explained.isEmpty() ? "" : " (" + explained + ")"));
        }
        if (!gaps.belowBar().isEmpty()) {
            parts.add(gaps.belowBar().stream().mapToInt(BelowBarAnswer::count).sum() + " answered below the bar");
        }
        if (!gaps.pastReview().isEmpty()) {
            parts.add(gaps.pastReview().size() + " past review");
        }
        return "📚 *Knowledge gaps*: " + String.join(" · ", parts);
    }
}
