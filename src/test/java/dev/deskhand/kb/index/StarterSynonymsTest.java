package dev.deskhand.kb.index;

import dev.deskhand.kb.IndexReport;
import dev.deskhand.kb.SearchRequest;
import dev.deskhand.kb.SearchResult;
import dev.deskhand.kb.engine.KbFixture;
import dev.deskhand.kb.engine.LuceneKnowledgeBase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled knowledge/ folder and its synonyms.txt, as the product loads them. */
class StarterSynonymsTest {

    private static LuceneKnowledgeBase kb;
    private static IndexReport report;

    @BeforeAll
    static void loadStarterKnowledge() {
        kb = new LuceneKnowledgeBase(Path.of("knowledge"), KbFixture.CLOCK, Runnable::run);
        report = kb.reload();
    }

    @AfterAll
    static void close() {
        kb.close();
    }

    @Test
    void everySynonymLineLoadsInBothLanguages() {
        // GIVEN knowledge/synonyms.txt mixing English, Korean and several-word terms  THEN no line is rejected
        assertEquals(List.of(), report.rejectedSynonyms());
        assertEquals(List.of(), report.skipped());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            money back                 | refund-policy
            두 번 결제                   | ko-double-charge
            2fa                        | two-factor-authentication
            refund policy              | refund-policy
            환불                        | ko-refund-policy
            pasword reset              | password-reset
            청구서                       | ko-invoices-and-receipts
            계정 잠김                    | ko-locked-account
            locked out                 | locked-account
            """)
    void starterQueryRanksTheRightArticleFirst(String query, String expectedId) {
        SearchResult result = kb.search(SearchRequest.of(query, 3));
        assertEquals(expectedId, result.hits().get(0).article().id());
    }

    @Test
    void severalWordSynonymIsSearchedAsAPhrase() {
        // "money back" is a synonym of "refund": the expanded group holds it as one phrase, not as loose words
        KbAnalyzers analyzers = new KbAnalyzers(java.util.Optional.of("refund, money back, 환불"),
                KbAnalyzers.Stemmer.PORTER, KbAnalyzers.StopWords.SNOWBALL_KEEP_MEANING);
        assertEquals(java.util.Map.of(0, java.util.Set.of("monei back", "환불")),
                analyzers.englishSynonyms.expansions("refunds"));
        assertEquals(java.util.Map.of(0, java.util.Set.of("refund", "money back")),
                analyzers.koreanSynonyms.expansions("환불"));
    }
}
