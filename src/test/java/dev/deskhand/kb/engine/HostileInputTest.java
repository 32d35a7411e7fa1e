package dev.deskhand.kb.engine;

import dev.deskhand.kb.SearchRequest;
import dev.deskhand.kb.SearchResult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HostileInputTest {

    private static LuceneKnowledgeBase kb;

    @BeforeAll
    static void buildFixtureIndex() {
        kb = KbFixture.started(KbFixture.folder());
    }

    @AfterAll
    static void close() {
        kb.close();
    }

    static Stream<String> hostile() {
        return Stream.of("", "   ", "\"", "\"\"", "\"unclosed phrase", "refund AND OR NOT", "title:(refund", "a:b:c",
                "*", "?", "~", "^2", "\\", "/regex/", "[1 TO 5]", "{!lucene}", "+-&&||!(){}[]^\"~*?:\\/",
                "<!channel>", "<!here> refund", "<@U123ABC> refund policy", "🙂🔥💳", "환불🙂", "tag:", "type:",
                "lang:xx", "type:playbook", "\u0000\u0007\u001b", "refund\u200bpolicy", "ＲＥＦＵＮＤ",
                "refund ".repeat(1_000), "x".repeat(5_000), "\"" + "refund ".repeat(700) + "\"",
                "pasword ".repeat(200));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void anyInputReturnsAResultWithoutThrowing(String text) {
        SearchResult result = kb.search(SearchRequest.of(text, 5));
        assertNotNull(result.hits());
        assertFalse(result.confidence() < 0 || result.confidence() > 1);
    }

    @Test
    void nullTextAndSillyPagingAreSafe() {
        SearchResult result = kb.search(new SearchRequest(null, -5, -3));
        assertEquals(0, result.hits().size());
    }

    @Test
    void longPasteIsTruncatedButStillFindsTheArticle() {
        String paste = "Hi team, the customer says: I was charged twice for my order. " + "blah ".repeat(1_200);
        assertEquals("double-charge", kb.search(SearchRequest.of(paste, 3)).hits().get(0).article().id());
    }

    @Test
    void emptyQueryHasNoHits() {
        SearchResult result = kb.search(SearchRequest.of("", 5));
        assertEquals(0, result.totalHits());
        assertFalse(result.answered());
    }
}
