package dev.deskhand.kb.index;

import dev.deskhand.kb.Article;
import dev.deskhand.kb.ArticleType;
import dev.deskhand.kb.IndexReport;
import dev.deskhand.kb.engine.KbFixture;
import dev.deskhand.kb.engine.LuceneKnowledgeBase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleLoadingTest {

    private final ArticleParser parser = new ArticleParser();

    @Test
    void badFrontMatterIsSkippedAndReportedWhileTheRestIsIndexed() {
        try (LuceneKnowledgeBase kb = new LuceneKnowledgeBase(KbFixture.folder(), KbFixture.CLOCK, Runnable::run)) {
            IndexReport report = kb.reload();
            assertEquals(6, report.articles());
            assertEquals(3, report.sections());
            assertEquals(1, report.skipped().size());
            assertEquals("broken.md", report.skipped().get(0).path().getFileName().toString());
            assertTrue(report.skipped().get(0).reason().startsWith("invalid front matter"));
            assertTrue(kb.isReady());
        }
    }

    @Test
    void draftsHiddenFoldersAndReadmesAreNotArticles() {
        try (LuceneKnowledgeBase kb = KbFixture.started(KbFixture.folder())) {
            assertEquals(List.of("double-charge", "ko-password-reset", "ko-refund-policy", "password-reset",
                    "refund-policy", "shipping-delays"), kb.articles().stream().map(Article::id).toList());
        }
    }

    @Test
    void frontMatterFieldsAreRead() {
        Article a = KbFixture.started(KbFixture.folder()).article("refund-policy").orElseThrow();
        assertEquals("Refund policy", a.title());
        assertEquals(ArticleType.FAQ, a.type());
        assertEquals(List.of("billing", "refunds"), a.tags());
        assertEquals(List.of("money back", "return my payment"), a.aliases());
        assertEquals("en", a.lang());
        assertEquals("billing-team", a.owner());
        assertEquals(LocalDate.of(2025, 1, 10), a.updated());
        assertEquals(LocalDate.of(2030, 1, 1), a.reviewBy());
        assertEquals(Optional.of("https://help.example.com/refunds"), a.url());
    }

    @Test
    void languageIsDetectedFromHangulWhenNotGiven() {
        ParsedFile file = parser.parse(Path.of("x.md"), "---\nid: x\ntitle: 환불 정책 (Stripe)\n---\n환불은 5일이 걸립니다.\n");
        assertEquals("ko", file.article().orElseThrow().lang());
    }

    @Test
    void singleTagStringIsAcceptedAsAList() {
        ParsedFile file = parser.parse(Path.of("x.md"), "---\nid: x\ntitle: X\ntags: billing\n---\nbody\n");
        assertEquals(List.of("billing"), file.article().orElseThrow().tags());
    }

    @Test
    void eachBrokenHeaderNamesItsProblem() {
        assertEquals(Optional.of("front matter has no id"),
                parser.parse(Path.of("a.md"), "---\ntitle: T\n---\nbody").error());
        assertEquals(Optional.of("type 'howto' is not faq or playbook"),
                parser.parse(Path.of("a.md"), "---\nid: a\ntype: howto\n---\nbody").error());
        assertEquals(Optional.of("lang 'fr' is not en or ko"),
                parser.parse(Path.of("a.md"), "---\nid: a\nlang: fr\n---\nbody").error());
        assertEquals(Optional.of("front matter is not closed by a '---' line"),
                parser.parse(Path.of("a.md"), "---\nid: a\nbody").error());
        assertTrue(parser.parse(Path.of("a.md"), "---\nid: a\nupdated: yesterday\n---\nb").error().orElseThrow()
                .startsWith("invalid front matter"));
    }

    @Test
    void fileWithoutFrontMatterTakesIdFromNameAndTitleFromHeading() {
        Article a = parser.parse(Path.of("dir/how-to-ship.md"), "# How to ship\n\nText.").article().orElseThrow();
        assertEquals("how-to-ship", a.id());
        assertEquals("How to ship", a.title());
    }
}
