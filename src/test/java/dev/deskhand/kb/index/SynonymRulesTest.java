package dev.deskhand.kb.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SynonymRulesTest {

    private static KbAnalyzers analyzers(String rules) {
        return new KbAnalyzers(Optional.of(rules), KbAnalyzers.Stemmer.PORTER,
                KbAnalyzers.StopWords.SNOWBALL_KEEP_MEANING);
    }

    @Test
    void koreanCompoundInALineNoLongerRejectsIt() {
        // GIVEN a line whose Korean term Nori splits into a compound and its parts
        KbAnalyzers a = analyzers("invoice, bill, 청구서");
        // THEN it loads, and each language finds the other terms
        assertEquals(List.of(), a.rejectedSynonyms);
        assertEquals(Map.of(0, Set.of("bill", "청구서")), a.englishSynonyms.expansions("invoice"));
        assertEquals(Map.of(0, Set.of("invoice", "bill")), a.koreanSynonyms.expansions("청구서"));
    }

    @Test
    void deferredRulesAreReadOnceAtTheFirstUseAndAnswerAsIfReadAtOnce() {
        KbAnalyzers a = analyzers("invoice, bill, 청구서\nrefund, money back, 환불");
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        SynonymExpander deferred = SynonymExpander.deferred(() -> {
            reads.incrementAndGet();
            return a.koreanSynonyms;
        });
        assertEquals(0, reads.get());

        assertEquals(Map.of(0, Set.of("invoice", "bill")), deferred.expansions("청구서"));
        deferred.prepare();
        assertEquals(Map.of(0, Set.of("refund", "money back")), deferred.expansions("환불"));
        assertEquals(1, reads.get());
    }

    @Test
    void longestRuleWinsAndOffsetPointsAtTheMatchedWords() {
        KbAnalyzers a = analyzers("password, passcode\npassword reset, forgot password");
        assertEquals(Map.of(4, Set.of("forgot password")), a.englishSynonyms.expansions("the password reset link"));
    }

    @Test
    void pluralMatchesButPorterOnlyRelativesDoNot() {
        KbAnalyzers a = analyzers("customs, customs clearance, 통관");
        assertEquals(Map.of(), a.englishSynonyms.expansions("customer"));
        assertEquals(Map.of(0, Set.of("custom clearanc", "통관")), a.englishSynonyms.expansions("customs"));
    }

    @Test
    void malformedLinesAreRejectedWithTheirNumberAndTheRestLoads() {
        KbAnalyzers a = analyzers("# comment\nlonely\na => b => c\nrefund, reimbursement");
        assertEquals(List.of("line 2: lonely (expected 'a, b, …' or 'a, … => b, …')",
                "line 3: a => b => c (expected 'a, b, …' or 'a, … => b, …')"), a.rejectedSynonyms);
        assertEquals(Map.of(0, Set.of("reimburs")), a.englishSynonyms.expansions("refund"));
    }

    @Test
    void oneWayRuleOnlyExpandsItsLeftSide() {
        KbAnalyzers a = analyzers("sign on => log on");
        assertEquals(Map.of(0, Set.of("log on")), a.englishSynonyms.expansions("sign on"));
        assertEquals(Map.of(), a.englishSynonyms.expansions("log on"));
    }
}
