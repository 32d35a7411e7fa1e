package dev.deskhand.slack.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deskhand.kb.Article;
import dev.deskhand.kb.ArticleType;
import dev.deskhand.kb.Hit;
import dev.deskhand.kb.SearchResult;
import dev.deskhand.kb.SnippetPart;
import dev.deskhand.kb.TwoOptions;
import dev.deskhand.testing.Golden;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The "Did you mean … or …?" answer for look-alike articles, pinned as golden Block Kit JSON in both languages. */
class TwoOptionsBlocksTest {

    private static Hit hit(String id, String title, String lang, String url, String matched) {
        Article article = new Article(id, title, ArticleType.FAQ, List.of("subscription"), List.of(), lang,
                "@billing-team", LocalDate.of(2026, 10, 1), LocalDate.of(2027, 4, 1), Optional.ofNullable(url),
                Path.of(id + ".md"), "");
        return new Hit(article, Optional.empty(), Optional.empty(), List.of(new SnippetPart(matched, true),
                new SnippetPart(" takes effect at the end of the billing period.", false)), 10);
    }

    static SearchResult english() {
        Hit cancel = hit("cancel-subscription", "Cancelling a subscription", "en",
                "https://wiki.example.com/support/cancel-subscription", "Cancelling");
        Hit downgrade = hit("downgrade-subscription", "Downgrading a subscription", "en", null, "Downgrading");
        Hit pricing = hit("plans-and-pricing", "Plans, pricing and discounts", "en", null, "plan");
        return new SearchResult("change subscription plan", true, 0.36, Optional.empty(),
                List.of(cancel, downgrade, pricing), "en", 6, Optional.of(new TwoOptions(cancel, downgrade)));
    }

    static SearchResult korean() {
        Hit cancel = hit("ko-cancel-subscription", "구독 해지", "ko", null, "해지");
        Hit downgrade = hit("downgrade-subscription", "Downgrading a subscription", "en", null, "요금제 변경");
        return new SearchResult("구독 요금제 변경 해주세요", true, 0.38, Optional.empty(), List.of(cancel, downgrade),
                "ko", 2, Optional.of(new TwoOptions(cancel, downgrade)));
    }

    @Test
    void englishTwoOptionsMatchGolden() throws Exception {
        var blocks = Golden.blocks(new AnswerBlocks(true).render(english(), 0, Surface.EPHEMERAL,
                AnswerBlocksTest.TODAY, AnswerBlocksTest.EN));
        Golden.assertMatches("golden/kb/two-options-en.json", blocks);
        String json = blocks.toString();
        assertTrue(json.contains("Did you mean"), json);
        assertTrue(json.contains("kb_more"), "six articles matched, two shown: more can be asked for");
        assertFalse(json.contains("Plans, pricing"), "only the two look-alikes are shown");
        assertEquals("Knowledge base: Cancelling a subscription or Downgrading a subscription?",
                AnswerBlocks.fallback(english(), AnswerBlocksTest.EN));
    }

    @Test
    void koreanTwoOptionsMatchGolden() throws Exception {
        var blocks = Golden.blocks(new AnswerBlocks(true).render(korean(), 0, Surface.EPHEMERAL,
                AnswerBlocksTest.TODAY, AnswerBlocksTest.KO));
        Golden.assertMatches("golden/kb/two-options-ko.json", blocks);
        assertTrue(blocks.toString().contains("중 어느 쪽을 찾으셨나요?"), blocks.toString());
        assertFalse(blocks.toString().contains("kb_more"), "nothing beyond the two");
    }

    @Test
    void threadTwoOptionsHaveNoEphemeralOnlyButtons() throws Exception {
        String json = Golden.blocks(new AnswerBlocks(true).render(english(), 0, Surface.THREAD,
                AnswerBlocksTest.TODAY, AnswerBlocksTest.EN)).toString();
        assertTrue(json.contains("Did you mean") && json.contains("kb_helpful"), json);
        assertFalse(json.contains("kb_share") || json.contains("kb_more") || json.contains("kb_escalate"), json);
    }
}
