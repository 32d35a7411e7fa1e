package dev.deskhand.slack.kb;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deskhand.kb.Article;
import dev.deskhand.kb.ArticleType;
import dev.deskhand.kb.Hit;
import dev.deskhand.kb.SearchResult;
import dev.deskhand.kb.SnippetPart;
import dev.deskhand.testing.Golden;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The answer layout, pinned as golden Block Kit JSON for each surface. */
class AnswerBlocksTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static Article article(String id, String title, ArticleType type, String owner, LocalDate updated,
                           LocalDate reviewBy, String url) {
        return new Article(id, title, type, List.of("billing"), List.of(), "en", owner, updated, reviewBy,
                Optional.ofNullable(url), Path.of(id + ".md"), "");
    }

    static SearchResult refundResult() {
        Hit refund = new Hit(article("refund-policy", "Refund policy", ArticleType.FAQ, "@billing-team",
                LocalDate.of(2026, 10, 1), LocalDate.of(2027, 4, 1), "https://wiki.example.com/support/refund-policy"),
                Optional.empty(), Optional.empty(),
                List.of(new SnippetPart("Physical orders can be ", false), new SnippetPart("refunded", true),
                        new SnippetPart(" within 30 days <!channel> of delivery.", false)), 12.5);
        Hit exceptions = new Hit(article("refund-exceptions", "Refund exceptions & goodwill", ArticleType.PLAYBOOK,
                "@cx-leads", LocalDate.of(2026, 6, 2), LocalDate.of(2026, 9, 30), null),
                Optional.of("Step 2 — Decide the amount"), Optional.of("step-2--decide-the-amount"),
                List.of(new SnippetPart("Goodwill ", false), new SnippetPart("refund", true),
                        new SnippetPart(" up to $50.", false)), 7.25);
        return new SearchResult("refund", true, 0.91, Optional.empty(), List.of(refund, exceptions), "en", 5);
    }

    @Test
    void ephemeralAnswerMatchesGolden() throws Exception {
        var blocks = new AnswerBlocks(true).render(refundResult(), 0, Surface.EPHEMERAL, TODAY);
        Golden.assertMatches("golden/kb/answer-ephemeral.json", Golden.blocks(blocks));
    }

    @Test
    void threadAnswerMatchesGoldenAndHasNoEphemeralOnlyButtons() throws Exception {
        var blocks = Golden.blocks(new AnswerBlocks(true).render(refundResult(), 0, Surface.THREAD, TODAY));
        Golden.assertMatches("golden/kb/answer-thread.json", blocks);
        assertFalse(blocks.toString().contains("kb_share"));
        assertFalse(blocks.toString().contains("kb_more"));
        assertFalse(blocks.toString().contains("kb_escalate"));
    }

    @Test
    void noAnswerMatchesGoldenShowingClosestTitlesOnly() throws Exception {
        SearchResult weak = new SearchResult("zebra refunds?", false, 0.08, Optional.of("zebra refund"),
                refundResult().hits(), "en", 2);
        var blocks = Golden.blocks(new AnswerBlocks(true).render(weak, 0, Surface.EPHEMERAL, TODAY));
        Golden.assertMatches("golden/kb/no-answer.json", blocks);
        assertTrue(blocks.toString().contains("Closest titles (low confidence)"));
        assertFalse(blocks.toString().contains("kb_helpful"), "no feedback buttons on a non-answer");
        assertTrue(blocks.toString().contains("\"action_id\":\"kb_open_closest:1\""), blocks.toString());
        assertTrue(blocks.toString().contains("\"action_id\":\"kb_escalate\""), "a miss can be handed off at once");
    }

    @Test
    void noAnswerInAThreadHasNoButtons() throws Exception {
        SearchResult weak = new SearchResult("zebra refunds?", false, 0.08, Optional.empty(), refundResult().hits(),
                "en", 2);
        var blocks = Golden.blocks(new AnswerBlocks(true).render(weak, 0, Surface.THREAD, TODAY)).toString();
        assertTrue(blocks.contains("Closest titles (low confidence)"), blocks);
        assertFalse(blocks.contains("kb_open_closest"), "opening privately makes no sense in a public thread");
        assertFalse(blocks.contains("kb_escalate"), blocks);
    }

    @Test
    void longTitlesFitSlacksButtonLimit() throws Exception {
        Hit longTitle = new Hit(article("long", "Why ".repeat(30), ArticleType.FAQ, "@x", null, null, null),
                Optional.empty(), Optional.empty(), List.of(), 1);
        SearchResult weak = new SearchResult("why", false, 0.1, Optional.empty(), List.of(longTitle), "en", 1);
        var blocks = Golden.blocks(new AnswerBlocks(true).render(weak, 0, Surface.EPHEMERAL, TODAY));
        String label = "";
        for (var block : blocks) {
            if (block.path("block_id").asText().equals("kb_closest")) {
                label = block.path("elements").get(0).path("text").path("text").asText();
            }
        }
        assertTrue(label.startsWith("Open: Why Why") && label.length() == 75, label);
    }

    @Test
    void userAndArticleTextCannotPingOrLink() throws Exception {
        String json = Golden.blocks(new AnswerBlocks(true).render(refundResult(), 0, Surface.EPHEMERAL, TODAY))
                .toString();
        assertFalse(json.contains("<!channel>"), json);
        assertTrue(json.contains("&lt;!channel&gt;"), json);
        assertTrue(json.contains("Refund exceptions &amp; goodwill"), json);
    }
}
