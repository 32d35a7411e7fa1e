package dev.deskhand.slack.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deskhand.kb.Article;
import dev.deskhand.kb.ArticleType;
import dev.deskhand.kb.Hit;
import dev.deskhand.kb.SearchResult;
import dev.deskhand.kb.SnippetPart;
import com.fasterxml.jackson.databind.JsonNode;
import dev.deskhand.slack.text.Language;
import dev.deskhand.slack.text.Messages;
import dev.deskhand.slack.text.Texts;
import dev.deskhand.testing.Golden;
import dev.deskhand.testing.MarkerBoundaries;
import java.util.ArrayList;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The answer layout, pinned as golden Block Kit JSON for each surface and language. */
class AnswerBlocksTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Texts EN = new Messages().in(Language.EN);
    static final Texts KO = new Messages().in(Language.KO);

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
    void hostileTitlesUrlsAndSnippetsNeverBecomeMentionsOrLinks() throws Exception {
        String hostile = "<!channel> <@U0BOSS> <https://evil.example|click> a & b | c";
        Hit hit = new Hit(article("hostile", hostile, ArticleType.FAQ, hostile, LocalDate.of(2026, 10, 1),
                LocalDate.of(2027, 4, 1), "https://wiki.example.com/a?b=<!channel>|<@U0BOSS>"),
                Optional.of(hostile), Optional.of("x<!here>"), List.of(new SnippetPart(hostile, false),
                        new SnippetPart(hostile, true)), 3.0);
        SearchResult result = new SearchResult(hostile, true, 0.91, Optional.empty(), List.of(hit, hit), "en", 2);

        for (Surface surface : Surface.values()) {
            // Only mrkdwn is parsed for mentions and links; plain_text (buttons, headers) shows text as typed.
            StringBuilder mrkdwn = new StringBuilder();
            Golden.blocks(new AnswerBlocks(true).render(result, 0, surface, TODAY, EN)).findParents("type")
                    .stream().filter(node -> node.path("type").asText().equals("mrkdwn"))
                    .forEach(node -> mrkdwn.append(node.path("text").asText()).append('\n'));
            String text = mrkdwn.toString();
            assertEquals(List.of(), java.util.stream.Stream.of("<!channel", "<!here", "<@U0BOSS", "<https://evil",
                    "|click>").filter(text::contains).toList(), surface + ": " + text);
        }
    }

    @Test
    void ephemeralAnswerMatchesGolden() throws Exception {
        var blocks = new AnswerBlocks(true).render(refundResult(), 0, Surface.EPHEMERAL, TODAY, EN);
        Golden.assertMatches("golden/kb/answer-ephemeral.json", Golden.blocks(blocks));
    }

    @Test
    void threadAnswerMatchesGoldenAndHasNoEphemeralOnlyButtons() throws Exception {
        var blocks = Golden.blocks(new AnswerBlocks(true).render(refundResult(), 0, Surface.THREAD, TODAY, EN));
        Golden.assertMatches("golden/kb/answer-thread.json", blocks);
        assertFalse(blocks.toString().contains("kb_share"));
        assertFalse(blocks.toString().contains("kb_more"));
        assertFalse(blocks.toString().contains("kb_escalate"));
    }

    @Test
    void noAnswerMatchesGoldenShowingClosestTitlesOnly() throws Exception {
        SearchResult weak = new SearchResult("zebra refunds?", false, 0.08, Optional.of("zebra refund"),
                refundResult().hits(), "en", 2);
        var blocks = Golden.blocks(new AnswerBlocks(true).render(weak, 0, Surface.EPHEMERAL, TODAY, EN));
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
        var blocks = Golden.blocks(new AnswerBlocks(true).render(weak, 0, Surface.THREAD, TODAY, EN)).toString();
        assertTrue(blocks.contains("Closest titles (low confidence)"), blocks);
        assertFalse(blocks.contains("kb_open_closest"), "opening privately makes no sense in a public thread");
        assertFalse(blocks.contains("kb_escalate"), blocks);
    }

    @Test
    void longTitlesFitSlacksButtonLimit() throws Exception {
        Hit longTitle = new Hit(article("long", "Why ".repeat(30), ArticleType.FAQ, "@x", null, null, null),
                Optional.empty(), Optional.empty(), List.of(), 1);
        SearchResult weak = new SearchResult("why", false, 0.1, Optional.empty(), List.of(longTitle), "en", 1);
        var blocks = Golden.blocks(new AnswerBlocks(true).render(weak, 0, Surface.EPHEMERAL, TODAY, EN));
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
        String json = Golden.blocks(new AnswerBlocks(true).render(refundResult(), 0, Surface.EPHEMERAL, TODAY, EN))
                .toString();
        assertFalse(json.contains("<!channel>"), json);
        assertTrue(json.contains("&lt;!channel&gt;"), json);
        assertTrue(json.contains("Refund exceptions &amp; goodwill"), json);
    }

    static SearchResult koreanRefundResult() {
        Hit refund = new Hit(new Article("ko-refund-policy", "환불 정책", ArticleType.FAQ, List.of("billing"), List.of(),
                "ko", "@billing-team", LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 1), Optional.empty(),
                Path.of("ko-refund-policy.md"), ""),
                Optional.of("환불 절차"), Optional.empty(),
                List.of(new SnippetPart("실물 상품은 배송 후 30일 이내에 ", false), new SnippetPart("환불", true),
                        new SnippetPart("합니다. ", false), new SnippetPart("무통장입금", true),
                        new SnippetPart("은 계좌로 돌려드립니다.", false)), 9.5);
        return new SearchResult("환불 정책", true, 0.8, Optional.empty(), List.of(refund), "ko", 4);
    }

    @Test
    void koreanAnswerMatchesGolden() throws Exception {
        var blocks = new AnswerBlocks(true).render(koreanRefundResult(), 0, Surface.EPHEMERAL, TODAY, KO);
        Golden.assertMatches("golden/kb/answer-ephemeral-ko.json", Golden.blocks(blocks));
        String json = Golden.blocks(blocks).toString();
        for (String label : List.of("채널에 공유", ":thumbsup: 도움이 됐어요", ":thumbsdown: 도움이 안 됐어요", "에스컬레이션",
                "결과 더 보기", "2일 전 수정", "검토 기한 지남")) {
            assertTrue(json.contains(label), label + " in " + json);
        }
    }

    @Test
    void koreanNoAnswerMatchesGolden() throws Exception {
        SearchResult weak = new SearchResult("얼룩말 환불", false, 0.08, Optional.of("환불"),
                koreanRefundResult().hits(), "ko", 1);
        var blocks = new AnswerBlocks(true).render(weak, 0, Surface.EPHEMERAL, TODAY, KO);
        Golden.assertMatches("golden/kb/no-answer-ko.json", Golden.blocks(blocks));
    }

    @Test
    void noMarkerSitsAgainstHangulInAnyRenderedKoreanAnswer() throws Exception {
        SearchResult weak = new SearchResult("얼룩말 환불", false, 0.08, Optional.of("환불규정"),
                koreanRefundResult().hits(), "ko", 1);
        List<String> problems = new ArrayList<>();
        for (Surface surface : Surface.values()) {
            for (SearchResult result : List.of(koreanRefundResult(), weak)) {
                texts(Golden.blocks(new AnswerBlocks(true).render(result, 0, surface, TODAY, KO)), problems);
            }
        }
        texts(Golden.blocks(new AnswerBlocks(true).shared(koreanRefundResult().hits().get(0), "환불", "U1", TODAY,
                KO)), problems);
        assertEquals(List.of(), problems);
        assertEquals(1, MarkerBoundaries.rawMarkersBesideHangul("*환불*합니다").size(), "the check itself works");
    }

    @Test
    void longSnippetsAreCutOutsideBoldRuns() {
        List<SnippetPart> parts = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            parts.add(new SnippetPart("환불", true));
            parts.add(new SnippetPart("합니다 ", false));
        }
        String snippet = AnswerBlocks.snippet(parts);
        assertTrue(snippet.endsWith("…") && snippet.length() <= AnswerBlocks.SNIPPET_MAX, snippet);
        assertEquals(List.of(), MarkerBoundaries.rawMarkersBesideHangul(snippet));
    }

    @Test
    void englishReaderSeesEnglishChrome() throws Exception {
        String json = Golden.blocks(new AnswerBlocks(true).render(koreanRefundResult(), 0, Surface.EPHEMERAL, TODAY,
                EN)).toString();
        assertTrue(json.contains("Share in channel") && json.contains("updated 2 days ago"), json);
        assertFalse(json.contains("채널에 공유"), json);
    }

    /** Every mrkdwn and plain text in the blocks, checked for markers Slack would show raw. */
    private static void texts(JsonNode node, List<String> problems) {
        if (node.isObject() && node.has("text") && node.get("text").isTextual()) {
            MarkerBoundaries.rawMarkersBesideHangul(node.get("text").asText()).forEach(problems::add);
        }
        node.forEach(child -> texts(child, problems));
    }
}
