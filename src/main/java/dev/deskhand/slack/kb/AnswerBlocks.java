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
import dev.deskhand.kb.TwoOptions;
import dev.deskhand.slack.KbEscalation;
import dev.deskhand.slack.Mrkdwn;
import dev.deskhand.slack.text.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders search results as Block Kit in the reader's language. All user and article text is escaped; matched words
 * are bold through {@link Mrkdwn#bold}, so they render inside Korean words too.
 */
final class AnswerBlocks {

    static final int PAGE = 3;
    static final int SNIPPET_MAX = 600;

    private final boolean escalateButton;

    AnswerBlocks(boolean escalateButton) {
        this.escalateButton = escalateButton;
    }

    List<LayoutBlock> render(SearchResult result, int offset, Surface surface, LocalDate today, Texts texts) {
        if (!result.answered() || result.hits().isEmpty()) {
            return noAnswer(result, surface, texts);
        }
        if (result.twoOptions().isPresent()) {
            return twoOptions(result, result.twoOptions().get(), surface, today, texts);
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(context(c -> c.elements(List.of(markdownText(summary(result, offset, result.hits().size(),
                texts))))));
        List<Hit> hits = result.hits();
        for (int i = 0; i < hits.size(); i++) {
            if (i > 0) {
                blocks.add(divider());
            }
            AnswerRef ref = new AnswerRef(hits.get(i).article().id(), result.query(), offset);
            blocks.addAll(hit(hits.get(i), offset == 0 && i == 0 ? ref.topHit(result.confidence()) : ref, surface,
                    today, i, texts));
        }
        if (surface == Surface.EPHEMERAL && result.totalHits() > offset + hits.size()) {
            String more = new AnswerRef("", result.query(), offset + PAGE).encode();
            blocks.add(actions(a -> a.blockId("kb_more").elements(List.of(
                    button(b -> b.actionId(ActionIds.MORE).text(plainText(texts.get("kb.more.button"))).value(more))))));
        }
        return blocks;
    }

    /**
     * Look-alike top articles: "Did you mean A or B?" with both, each with its own buttons, so the agent picks the one
     * that does what the customer asked instead of trusting one confident guess.
     */
    private List<LayoutBlock> twoOptions(SearchResult result, TwoOptions options, Surface surface, LocalDate today,
                                         Texts texts) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(context(c -> c.elements(List.of(markdownText(summary(result, 0, 2, texts))))));
        String question = texts.get("kb.twoOptions.question", "first", Mrkdwn.bold(title(options.first().article())),
                "second", Mrkdwn.bold(title(options.second().article())));
        blocks.add(section(s -> s.blockId("kb_two_options").text(markdownText(question))));
        blocks.add(context(c -> c.elements(List.of(markdownText(texts.get("kb.twoOptions.why"))))));
        List<Hit> both = List.of(options.first(), options.second());
        for (int i = 0; i < both.size(); i++) {
            blocks.add(divider());
            AnswerRef ref = new AnswerRef(both.get(i).article().id(), result.query(), 0);
            blocks.addAll(hit(both.get(i), i == 0 ? ref.topHit(result.confidence()) : ref, surface, today, i, texts));
        }
        if (surface == Surface.EPHEMERAL && result.totalHits() > both.size()) {
            String more = new AnswerRef("", result.query(), both.size()).encode();
            blocks.add(actions(a -> a.blockId("kb_more").elements(List.of(
                    button(b -> b.actionId(ActionIds.MORE).text(plainText(texts.get("kb.more.button"))).value(more))))));
        }
        return blocks;
    }

    /** One article as shared publicly by {@code userId}. */
    List<LayoutBlock> shared(Hit hit, String query, String userId, LocalDate today, Texts texts) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(context(c -> c.elements(List.of(markdownText(
                texts.get("kb.shared.by", "user", "<@" + userId + ">"))))));
        blocks.addAll(hit(hit, new AnswerRef(hit.article().id(), query, 0), Surface.SHARED, today, 0, texts));
        return blocks;
    }

    /**
     * A closest title the agent chose to open from a "no good answer" reply: the article with its usual buttons,
     * under a warning that the knowledge base was not sure it answers the question.
     */
    List<LayoutBlock> closest(Hit hit, AnswerRef opened, LocalDate today, Texts texts) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(context(c -> c.elements(List.of(markdownText(texts.get("kb.closest.warning",
                "query", Mrkdwn.escape(opened.query(), 200)))))));
        blocks.addAll(hit(hit, opened.openedBelowBar(), Surface.EPHEMERAL, today, 0, texts));
        return blocks;
    }

    private static String summary(SearchResult result, int offset, int shown, Texts texts) {
        String text = texts.get("kb.summary", "query", Mrkdwn.escape(result.query(), 200), "from", offset + 1,
                "to", offset + shown, "total", result.totalHits());
        return result.didYouMean().map(s -> text + " · " + didYouMean(s, texts)).orElse(text);
    }

    private static String didYouMean(String suggestion, Texts texts) {
        return texts.get("kb.didYouMean", "suggestion", Mrkdwn.bold(Mrkdwn.escape(suggestion, 200)));
    }

    private List<LayoutBlock> hit(Hit hit, AnswerRef answer, Surface surface, LocalDate today, int index,
                                  Texts texts) {
        Article article = hit.article();
        StringBuilder text = new StringBuilder();
        text.append('*').append(title(article)).append("*  `")
                .append(texts.get(article.type() == ArticleType.PLAYBOOK ? "kb.type.playbook" : "kb.type.faq")).append('`');
        hit.sectionTitle().ifPresent(section -> text.append("\n→ _").append(sectionLink(article, hit, section)).append('_'));
        String snippet = snippet(hit.snippet());
        if (!snippet.isBlank()) {
            text.append('\n').append(snippet);
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.blockId("kb_hit_" + index).text(markdownText(text.toString()))));
        blocks.add(context(c -> c.elements(List.of(markdownText(meta(article, today, texts))))));
        String ref = answer.encode();
        List<BlockElement> buttons = new ArrayList<>();
        if (surface == Surface.EPHEMERAL) {
            buttons.add(button(b -> b.actionId(ActionIds.SHARE).text(plainText(texts.get("kb.share.button"))).value(ref)));
        }
        buttons.add(button(b -> b.actionId(ActionIds.HELPFUL).text(plainText(texts.get("kb.helpful.button"), true)).value(ref)));
        buttons.add(button(b -> b.actionId(ActionIds.NOT_HELPFUL).text(plainText(texts.get("kb.notHelpful.button"), true))
                .value(ref)));
        if (escalateButton && surface == Surface.EPHEMERAL) {
            buttons.add(button(b -> b.actionId(ActionIds.ESCALATE).text(plainText(texts.get("kb.escalate.button")))
                    .value(new KbEscalation(answer.query(), Optional.of(article.id()),
                            Optional.of(article.title()), Optional.ofNullable(article.owner()).filter(o -> !o.isBlank()),
                            article.tags()).encode())));
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

    /**
     * The snippet with matched words bold. A long one is cut between or inside plain parts, never inside a bold
     * run, so no lone marker is left behind.
     */
    static String snippet(List<SnippetPart> parts) {
        StringBuilder out = new StringBuilder();
        for (SnippetPart part : parts) {
            String text = Mrkdwn.escape(part.text()).replace('\n', ' ');
            String piece = part.matched() ? Mrkdwn.bold(text) : text;
            if (out.length() + piece.length() > SNIPPET_MAX) {
                if (!part.matched()) {
                    out.append(text, 0, Math.max(0, SNIPPET_MAX - 1 - out.length()));
                }
                return out.toString().strip() + "…";
            }
            out.append(piece);
        }
        return out.toString().strip();
    }

    private static String meta(Article article, LocalDate today, Texts texts) {
        StringBuilder meta = new StringBuilder();
        meta.append(":bust_in_silhouette: ").append(article.owner() == null || article.owner().isBlank()
                ? texts.get("kb.owner.none") : Mrkdwn.escape(article.owner()));
        if (article.updated() != null) {
            meta.append(" · ").append(Freshness.updated(article.updated(), today, texts));
        }
        if (article.reviewBy() != null && article.reviewBy().isBefore(today)) {
            meta.append(" · ").append(texts.get("kb.reviewOverdue", "since", article.reviewBy().toString()));
        }
        return meta.toString();
    }

    private List<LayoutBlock> noAnswer(SearchResult result, Surface surface, Texts texts) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String query = Mrkdwn.escape(result.query(), 200);
        String head = query.isBlank() ? texts.get("kb.noAnswer.empty") : texts.get("kb.noAnswer", "query", query);
        blocks.add(section(s -> s.text(markdownText(head))));
        if (!result.hits().isEmpty()) {
            if (surface == Surface.EPHEMERAL) {
                blocks.add(context(c -> c.elements(List.of(markdownText(texts.get("kb.closest.pick"))))));
                blocks.add(actions(a -> a.blockId("kb_closest").elements(openClosest(result, texts))));
            } else {
                String closest = result.hits().stream().map(h -> title(h.article()))
                        .collect(Collectors.joining(" · "));
                blocks.add(context(c -> c.elements(List.of(markdownText(texts.get("kb.closest.list",
                        "titles", closest))))));
            }
        }
        StringBuilder tips = new StringBuilder(texts.get("kb.tips"));
        result.didYouMean().ifPresent(s -> tips.append(' ').append(didYouMean(s, texts)));
        if (!query.isBlank()) {
            tips.append(' ').append(texts.get("kb.tips.gap"));
        }
        blocks.add(context(c -> c.elements(List.of(markdownText(tips.toString())))));
        if (escalateButton && surface == Surface.EPHEMERAL && !query.isBlank()) {
            // Nothing was found to name as the related article: the form opens with that field empty.
            blocks.add(actions(a -> a.blockId("kb_no_answer").elements(List.of(
                    button(b -> b.actionId(ActionIds.ESCALATE).text(plainText(texts.get("kb.escalate.button")))
                            .value(KbEscalation.miss(result.query()).encode()))))));
        }
        return blocks;
    }

    /** One "Open" button per closest title, so an agent who recognises the right one can read it in Slack. */
    private static List<BlockElement> openClosest(SearchResult result, Texts texts) {
        List<BlockElement> buttons = new ArrayList<>();
        for (int i = 0; i < result.hits().size(); i++) {
            Article article = result.hits().get(i).article();
            AnswerRef ref = new AnswerRef(article.id(), result.query(), 0);
            String value = (i == 0 ? ref.topHit(result.confidence()) : ref).encode();
            String actionId = ActionIds.OPEN_CLOSEST_PREFIX + i;
            buttons.add(button(b -> b.actionId(actionId).text(plainText(buttonText(texts.get("kb.open.button",
                    "title", article.title()))))
                    .value(value)));
        }
        return buttons;
    }

    /** Slack rejects button labels over 75 characters. */
    private static String buttonText(String text) {
        return text.length() <= 75 ? text : text.substring(0, 74) + "…";
    }

    /** Plain-text fallback for notifications and screen readers. */
    static String fallback(SearchResult result, Texts texts) {
        if (!result.answered() || result.hits().isEmpty()) {
            return texts.get("kb.fallback.none");
        }
        if (result.twoOptions().isPresent()) {
            return texts.get("kb.fallback.twoOptions", "first", result.twoOptions().get().first().article().title(),
                    "second", result.twoOptions().get().second().article().title());
        }
        return texts.get("kb.fallback.answer", "title", result.hits().get(0).article().title());
    }
}
