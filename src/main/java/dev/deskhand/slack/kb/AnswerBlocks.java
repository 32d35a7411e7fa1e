package dev.deskhand.slack.kb;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import dev.deskhand.kb.Article;
import dev.deskhand.kb.ArticleType;
import dev.deskhand.kb.Hit;
import dev.deskhand.kb.SearchResult;
import dev.deskhand.kb.SnippetPart;
import dev.deskhand.slack.Mrkdwn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Renders search results as Block Kit. All user and article text is escaped; matched words are bold. */
final class AnswerBlocks {

    static final int PAGE = 3;

    private final boolean escalateButton;

    AnswerBlocks(boolean escalateButton) {
        this.escalateButton = escalateButton;
    }

    List<LayoutBlock> render(SearchResult result, int offset, Surface surface, LocalDate today) {
        if (!result.answered() || result.hits().isEmpty()) {
            return noAnswer(result, surface);
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(context(c -> c.elements(List.of(markdownText(summary(result, offset))))));
        List<Hit> hits = result.hits();
        for (int i = 0; i < hits.size(); i++) {
            if (i > 0) {
                blocks.add(divider());
            }
            AnswerRef ref = new AnswerRef(hits.get(i).article().id(), result.query(), offset);
            blocks.addAll(hit(hits.get(i), offset == 0 && i == 0 ? ref.topHit(result.confidence()) : ref, surface,
                    today, i));
        }
        if (surface == Surface.EPHEMERAL && result.totalHits() > offset + hits.size()) {
            String more = new AnswerRef("", result.query(), offset + PAGE).encode();
            blocks.add(actions(a -> a.blockId("kb_more").elements(List.of(
                    button(b -> b.actionId(ActionIds.MORE).text(plainText("More results")).value(more))))));
        }
        return blocks;
    }

    /** One article as shared publicly by {@code userId}. */
    List<LayoutBlock> shared(Hit hit, String query, String userId, LocalDate today) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(context(c -> c.elements(List.of(markdownText(
                "<@" + userId + "> shared an answer from the knowledge base")))));
        blocks.addAll(hit(hit, new AnswerRef(hit.article().id(), query, 0), Surface.SHARED, today, 0));
        return blocks;
    }

    /**
     * A closest title the agent chose to open from a "no good answer" reply: the article with its usual buttons,
     * under a warning that the knowledge base was not sure it answers the question.
     */
    List<LayoutBlock> closest(Hit hit, AnswerRef opened, LocalDate today) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(context(c -> c.elements(List.of(markdownText(":warning: Closest match for “"
                + Mrkdwn.escape(opened.query(), 200) + "”, low confidence: check that it answers the question.")))));
        blocks.addAll(hit(hit, opened.openedBelowBar(), Surface.EPHEMERAL, today, 0));
        return blocks;
    }

    private static String summary(SearchResult result, int offset) {
        int from = offset + 1;
        int to = offset + result.hits().size();
        String text = "Results for “" + Mrkdwn.escape(result.query(), 200) + "” · " + from + "–" + to
                + " of " + result.totalHits();
        return result.didYouMean().map(s -> text + " · Did you mean *" + Mrkdwn.escape(s, 200) + "*?").orElse(text);
    }

    private List<LayoutBlock> hit(Hit hit, AnswerRef answer, Surface surface, LocalDate today, int index) {
        Article article = hit.article();
        StringBuilder text = new StringBuilder();
        text.append('*').append(title(article)).append("*  `")
                .append(article.type() == ArticleType.PLAYBOOK ? "PLAYBOOK" : "FAQ").append('`');
        hit.sectionTitle().ifPresent(section -> text.append("\n→ _").append(sectionLink(article, hit, section)).append('_'));
        String snippet = snippet(hit.snippet());
        if (!snippet.isBlank()) {
            text.append('\n').append(snippet);
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.blockId("kb_hit_" + index).text(markdownText(text.toString()))));
        blocks.add(context(c -> c.elements(List.of(markdownText(meta(article, today))))));
        String ref = answer.encode();
        List<BlockElement> buttons = new ArrayList<>();
        if (surface == Surface.EPHEMERAL) {
            buttons.add(button(b -> b.actionId(ActionIds.SHARE).text(plainText("Share in channel")).value(ref)));
        }
        buttons.add(button(b -> b.actionId(ActionIds.HELPFUL).text(plainText(":thumbsup: Helpful", true)).value(ref)));
        buttons.add(button(b -> b.actionId(ActionIds.NOT_HELPFUL).text(plainText(":thumbsdown: Not helpful", true))
                .value(ref)));
        if (escalateButton && surface == Surface.EPHEMERAL) {
            buttons.add(button(b -> b.actionId(ActionIds.ESCALATE).text(plainText("Escalate")).value(article.id())));
        }
        blocks.add(actions(a -> a.blockId("kb_actions_" + index).elements(buttons)));
        return blocks;
    }

    static String title(Article article) {
        return article.url().map(url -> Mrkdwn.link(url, article.title())).orElse(Mrkdwn.escape(article.title()));
    }

    private static String sectionLink(Article article, Hit hit, String section) {
        if (article.url().isPresent() && hit.sectionAnchor().isPresent()) {
            return Mrkdwn.link(article.url().get() + "#" + hit.sectionAnchor().get(), section);
        }
        return Mrkdwn.escape(section);
    }

    static String snippet(List<SnippetPart> parts) {
        StringBuilder out = new StringBuilder();
        for (SnippetPart part : parts) {
            String text = Mrkdwn.escape(part.text());
            if (part.matched() && !text.isBlank()) {
                out.append('*').append(text.strip()).append('*');
                if (text.endsWith(" ")) {
                    out.append(' ');
                }
            } else {
                out.append(text);
            }
        }
        String snippet = out.toString().replace('\n', ' ').strip();
        return snippet.length() <= 600 ? snippet : snippet.substring(0, 599) + "…";
    }

    private static String meta(Article article, LocalDate today) {
        StringBuilder meta = new StringBuilder();
        meta.append(":bust_in_silhouette: ")
                .append(article.owner() == null || article.owner().isBlank() ? "no owner" : Mrkdwn.escape(article.owner()));
        if (article.updated() != null) {
            meta.append(" · ").append(Freshness.updated(article.updated(), today));
        }
        if (article.reviewBy() != null && article.reviewBy().isBefore(today)) {
            meta.append(" · :warning: review overdue since ").append(article.reviewBy());
        }
        return meta.toString();
    }

    private List<LayoutBlock> noAnswer(SearchResult result, Surface surface) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String query = Mrkdwn.escape(result.query(), 200);
        String head = query.isBlank() ? ":mag: Type a question after `/kb`, for example `/kb refund policy`."
                : ":mag: I don't have a good answer for “" + query + "”.";
        blocks.add(section(s -> s.text(markdownText(head))));
        if (!result.hits().isEmpty()) {
            if (surface == Surface.EPHEMERAL) {
                blocks.add(context(c -> c.elements(List.of(markdownText(
                        "Closest titles (low confidence), open one to check it:")))));
                blocks.add(actions(a -> a.blockId("kb_closest").elements(openClosest(result))));
            } else {
                String closest = result.hits().stream().map(h -> title(h.article()))
                        .collect(Collectors.joining(" · "));
                blocks.add(context(c -> c.elements(List.of(markdownText("Closest titles (low confidence): "
                        + closest)))));
            }
        }
        StringBuilder tips = new StringBuilder("Try other words or a filter such as `type:playbook`, `tag:billing`"
                + " or `lang:ko`.");
        result.didYouMean().ifPresent(s -> tips.append(" Did you mean *").append(Mrkdwn.escape(s, 200)).append("*?"));
        if (!query.isBlank()) {
            tips.append(" This search is logged as a knowledge gap so the team can write the missing article.");
        }
        blocks.add(context(c -> c.elements(List.of(markdownText(tips.toString())))));
        if (escalateButton && surface == Surface.EPHEMERAL && !query.isBlank()) {
            // Nothing was found to name as the related article: the form opens with that field empty.
            blocks.add(actions(a -> a.blockId("kb_no_answer").elements(List.of(
                    button(b -> b.actionId(ActionIds.ESCALATE).text(plainText("Escalate")))))));
        }
        return blocks;
    }

    /** One "Open" button per closest title, so an agent who recognises the right one can read it in Slack. */
    private static List<BlockElement> openClosest(SearchResult result) {
        List<BlockElement> buttons = new ArrayList<>();
        for (int i = 0; i < result.hits().size(); i++) {
            Article article = result.hits().get(i).article();
            AnswerRef ref = new AnswerRef(article.id(), result.query(), 0);
            String value = (i == 0 ? ref.topHit(result.confidence()) : ref).encode();
            String actionId = ActionIds.OPEN_CLOSEST_PREFIX + i;
            buttons.add(button(b -> b.actionId(actionId).text(plainText(buttonText("Open: " + article.title())))
                    .value(value)));
        }
        return buttons;
    }

    /** Slack rejects button labels over 75 characters. */
    private static String buttonText(String text) {
        return text.length() <= 75 ? text : text.substring(0, 74) + "…";
    }

    /** Plain-text fallback for notifications and screen readers. */
    static String fallback(SearchResult result) {
        if (!result.answered() || result.hits().isEmpty()) {
            return "No good answer found in the knowledge base.";
        }
        return "Knowledge base: " + result.hits().get(0).article().title();
    }
}
