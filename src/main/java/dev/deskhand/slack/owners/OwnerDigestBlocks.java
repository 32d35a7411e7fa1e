package dev.deskhand.slack.owners;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.ButtonElement;
import dev.deskhand.owners.ArticleNews;
import dev.deskhand.owners.NearMiss;
import dev.deskhand.owners.OwnerDigest;
import dev.deskhand.owners.ReasonCount;
import dev.deskhand.slack.Mrkdwn;
import dev.deskhand.slack.text.Texts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An owner's weekly digest as Block Kit: a header carrying the slot's marker, what it covers, one section per article
 * (votes by reason with the "Other" texts, questions asked near it, a passed review date) with a "Draft an update"
 * button, and what the button does. Every piece of user text (titles, notes, questions) is escaped here.
 */
final class OwnerDigestBlocks {

    static final String MARKER_PREFIX = "owner_digest:";
    static final String DRAFT_ACTION = "owners_draft";
    // Section text holds 3000 characters; these caps keep even a busy article well inside it.
    private static final int MAX_NOTE = 300;
    private static final int MAX_QUESTION = 150;
    private static final int MAX_TITLE = 150;

    private OwnerDigestBlocks() {
    }

    /** The {@code block_id} that marks the DM for a slot, so a lost post can be found instead of sent twice. */
    static String marker(Instant slotAt) {
        return MARKER_PREFIX + slotAt.getEpochSecond();
    }

    static String fallbackText(OwnerDigest digest, Texts texts) {
        return texts.get("owners.fallback", "count", digest.articles().size() + digest.more());
    }

    static List<LayoutBlock> render(OwnerDigest digest, Texts texts) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(HeaderBlock.builder().blockId(marker(digest.slotAt()))
                .text(PlainTextObject.builder().text(texts.get("owners.title")).emoji(true).build()).build());
        String intro = texts.get("owners.intro", "count", digest.articles().size() + digest.more(),
                "from", digest.from(), "to", digest.slotAt());
        if (digest.late()) {
            intro += " " + texts.get("owners.late", "due", digest.slotAt());
        }
        blocks.add(context(intro));
        blocks.add(DividerBlock.builder().build());
        for (ArticleNews news : digest.articles()) {
            blocks.add(SectionBlock.builder().blockId("owner_article:" + news.articleId())
                    .text(MarkdownTextObject.builder().text(article(news, texts)).build())
                    .accessory(ButtonElement.builder().actionId(DRAFT_ACTION).value(news.articleId())
                            .text(PlainTextObject.builder().text(texts.get("owners.draft.button")).emoji(true).build())
                            .build())
                    .build());
        }
        if (digest.more() > 0) {
            blocks.add(context(texts.get("owners.more", "count", digest.more())));
        }
        blocks.add(context(texts.get("owners.footer")));
        return blocks;
    }

    private static String article(ArticleNews news, Texts texts) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("owners.article", "title", Mrkdwn.bold(Mrkdwn.escape(news.title(), MAX_TITLE)),
                "id", Mrkdwn.code(Mrkdwn.escape(news.articleId()))));
        if (news.notHelpful() > 0) {
            lines.add(texts.get("owners.votes", "count", news.notHelpful(), "reasons",
                    news.reasons().stream().map(r -> reason(r, texts)).collect(Collectors.joining(" · "))));
            news.notes().forEach(note -> lines.add(texts.get("owners.note", "note",
                    Mrkdwn.escape(oneLine(note), MAX_NOTE))));
        }
        if (!news.misses().isEmpty()) {
            lines.add(texts.get("owners.misses", "questions", news.misses().stream()
                    .map(m -> miss(m, texts)).collect(Collectors.joining(" · "))));
        }
        news.reviewDue().ifPresent(due -> lines.add(texts.get("owners.review", "due", due)));
        return String.join("\n", lines);
    }

    private static String reason(ReasonCount reason, Texts texts) {
        String label = reason.reason().map(r -> texts.get("kb.reason." + r.name()))
                .orElseGet(() -> texts.get("owners.reason.none"));
        return texts.get("owners.reason", "reason", label, "count", reason.count());
    }

    private static String miss(NearMiss miss, Texts texts) {
        return texts.get("owners.miss", "question", Mrkdwn.escape(oneLine(miss.question()), MAX_QUESTION),
                "count", miss.count());
    }

    /** A note's line breaks would end the quote and let the rest pose as our own text. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static ContextBlock context(String mrkdwn) {
        return ContextBlock.builder().elements(List.of(MarkdownTextObject.builder().text(mrkdwn).build())).build();
    }
}
