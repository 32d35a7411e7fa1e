package dev.deskhand.kb.engine;

import dev.deskhand.kb.Hit;
import dev.deskhand.kb.SearchRequest;
import dev.deskhand.kb.SearchResult;
import dev.deskhand.kb.SnippetPart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchRelevanceTest {

    private static LuceneKnowledgeBase kb;

    @BeforeAll
    static void buildFixtureIndex() {
        kb = KbFixture.started(KbFixture.folder());
    }

    @AfterAll
    static void close() {
        kb.close();
    }

    private static SearchResult search(String text) {
        return kb.search(SearchRequest.of(text, 5));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            refund policy                  | refund-policy
            how do I get my money back     | refund-policy
            Refunds?                       | refund-policy
            charged twice                  | double-charge
            duplicate payment on my card   | double-charge
            reset link expired             | password-reset
            where is my package            | shipping-delays
            환불 정책                        | ko-refund-policy
            환불받고 싶어요                   | ko-refund-policy
            비밀번호를 잊어버렸어요             | ko-password-reset
            """)
    void queryRanksTheRightArticleFirst(String query, String expectedId) {
        // GIVEN the fixture corpus  WHEN searching  THEN the expected article is first
        assertEquals(expectedId, search(query).hits().get(0).article().id());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            the customer wants their cash returned      | refund-policy | true
            I cannot get into my account, forgot login   | password-reset | true
            my box never arrived                         | shipping-delays | false
            """)
    void meaningFindsTheArticleWhenTheWordsDiffer(String query, String expectedId, boolean sure) {
        // GIVEN questions that share no (or only a common) word with the right article's title  THEN meaning wins;
        // the last one is right but too far from any line of a four-article corpus to be called an answer
        SearchResult result = search(query);
        assertEquals(expectedId, result.hits().get(0).article().id());
        assertEquals(sure, result.answered(), query + " confidence " + result.confidence());
    }

    @Test
    void synonymFromSynonymsFileFindsArticleThatOnlyUsesTheOtherWord() {
        SearchResult result = search("dispute");
        assertEquals("refund-policy", result.hits().get(0).article().id());
    }

    @Test
    void koreanSynonymIsAppliedToKoreanQueries() {
        SearchResult result = search("리펀드");
        assertEquals("ko", result.language());
        assertEquals("ko-refund-policy", result.hits().get(0).article().id());
    }

    @Test
    void typoIsToleratedAndCorrectionSuggested() {
        SearchResult result = search("pasword reset");
        assertEquals(Optional.of("password reset"), result.didYouMean());
        assertEquals("password-reset", result.hits().get(0).article().id());
    }

    @Test
    void correctlySpelledQueryHasNoSuggestion() {
        assertEquals(Optional.empty(), search("refund the duplicate charge").didYouMean());
    }

    @Test
    void typeFilterKeepsOnlyPlaybooks() {
        SearchResult result = search("type:playbook refund");
        assertEquals(List.of("double-charge"), result.hits().stream().map(h -> h.article().id()).toList());
    }

    @Test
    void tagFilterAloneListsTaggedArticles() {
        SearchResult result = search("tag:shipping");
        assertEquals(List.of("shipping-delays"), result.hits().stream().map(h -> h.article().id()).toList());
        assertFalse(result.answered());
    }

    @Test
    void langFilterRestrictsToKoreanArticles() {
        SearchResult result = search("lang:ko stripe");
        assertEquals(List.of("ko-refund-policy"), result.hits().stream().map(h -> h.article().id()).toList());
    }

    @Test
    void quotedPhraseMustOccurInOrder() {
        SearchResult result = search("\"reset link\"");
        assertEquals(List.of("password-reset"), result.hits().stream().map(h -> h.article().id()).toList());
    }

    @Test
    void quotedPhraseThatNoArticleHasFallsBackToTheWords() {
        SearchResult result = search("\"link reset\" password");
        assertEquals("password-reset", result.hits().get(0).article().id());
    }

    @Test
    void playbookHitLandsOnTheMatchingSection() {
        Hit hit = search("refund the second settled payment").hits().get(0);
        assertEquals("double-charge", hit.article().id());
        assertEquals(Optional.of("Refund the duplicate"), hit.sectionTitle());
        assertEquals(Optional.of("refund-the-duplicate"), hit.sectionAnchor());
    }

    @Test
    void snippetMarksTheMatchedWords() {
        Hit hit = search("reset link").hits().get(0);
        List<String> matched = hit.snippet().stream().filter(SnippetPart::matched).map(SnippetPart::text).toList();
        assertEquals(List.of("reset", "link", "reset", "link"), matched);
    }

    @Test
    void clearQuestionIsAnsweredAndNonsenseIsNot() {
        assertTrue(search("refund policy").answered());
        assertFalse(search("quantum chromodynamics lecture notes").answered());
    }

    @Test
    void pagingSkipsTheFirstHits() {
        SearchResult all = kb.search(new SearchRequest("refund", 5, 0));
        SearchResult second = kb.search(new SearchRequest("refund", 1, 1));
        assertEquals(all.hits().get(1).article().id(), second.hits().get(0).article().id());
        assertEquals(1, second.hits().size());
    }
}
