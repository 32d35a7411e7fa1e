package dev.deskhand.kb.engine;

import dev.deskhand.kb.SearchRequest;
import dev.deskhand.kb.SearchResult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Korean typos and colloquial paraphrases, asked of the starter knowledge base: the misspelt messages of our Korean
 * tuning set (src/test/resources/tuning/ko.jsonl), two words written as one, and Korean typed with the keyboard left
 * in English mode are answered with the right article first and say what they were read as; the set's colloquial
 * forms (synonyms.txt) are answered with the right article first; real words the articles do not use are not
 * "corrected" into something they do.
 */
class KoreanTyposTest {

    private static LuceneKnowledgeBase kb;

    @BeforeAll
    static void starterKnowledgeBase() {
        kb = KbFixture.started(Path.of("knowledge"));
        kb.awaitCalibration();
    }

    @AfterAll
    static void close() {
        kb.close();
    }

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            환뷸              | ko-refund-policy         | 환불
            반풍              | ko-returns-and-exchanges | 반품
            주문 취쇼          | ko-order-cancellation    | 주문 취소
            구독 헤지          | ko-cancel-subscription   | 구독 해지
            ghksqnf          | ko-refund-policy         | 환불
            rnehr gowl       | ko-cancel-subscription   | 구독 해지
            ghksqnd          | ko-refund-policy         | 환불
            ghksqnfdms       | ko-refund-policy         | 환불은
            배송지연           | ko-shipping-delay        | 배송 지연
            """)
    void typoIsAnsweredWithTheRightArticleFirst(String query, String expectedId, String readAs) {
        SearchResult result = kb.search(SearchRequest.of(query, 3));
        assertFalse(result.hits().isEmpty(), query);
        assertEquals(expectedId, result.hits().get(0).article().id(), query);
        assertTrue(result.answered(), query + " declined at confidence " + result.confidence());
        assertEquals(Optional.of(readAs), result.didYouMean(), query);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            진상 고객          | ko-angry-customer
            고객이 소리 질러요    | ko-angry-customer
            비번 까먹었대요      | ko-password-reset
            서버 다운           | ko-outage-notice
            택배 도난           | lost-parcel
            """)
    void colloquialFormIsAnsweredWithTheRightArticleFirst(String query, String expectedId) {
        SearchResult result = kb.search(SearchRequest.of(query, 3));
        assertFalse(result.hits().isEmpty(), query);
        assertEquals(expectedId, result.hits().get(0).article().id(), query);
        assertTrue(result.answered(), query + " declined at confidence " + result.confidence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"점심 뭐 먹어요", "커피 마실 사람", "회의실 예약 방법", "refund policy"})
    void wordsTheArticlesDoNotUseAreNotCorrected(String query) {
        assertEquals(Optional.empty(), kb.search(SearchRequest.of(query, 3)).didYouMean(), query);
    }
}
