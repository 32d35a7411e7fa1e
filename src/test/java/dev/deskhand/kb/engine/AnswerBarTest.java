package dev.deskhand.kb.engine;

import dev.deskhand.kb.SearchRequest;
import dev.deskhand.kb.SearchResult;
import dev.deskhand.kb.SentenceEncoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A team's own answer bar moves only the answer / no-answer decision, never the confidence itself. */
class AnswerBarTest {

    static final List<String> QUESTIONS = List.of("refund policy", "customer charged twice", "reset my password",
            "how long does shipping take", "cancel subscription", "vpn keeps dropping", "2fa", "invoice copy");

    static LuceneKnowledgeBase words(double bar) {
        // Words only, so every question goes through the per-index self-calibration the bar must not undo.
        LuceneKnowledgeBase kb = new LuceneKnowledgeBase(Path.of("knowledge"), KbFixture.CLOCK, Runnable::run,
                SentenceEncoder.NONE, bar);
        kb.reload();
        kb.awaitCalibration();
        return kb;
    }

    @Test
    void aHigherBarWithholdsMoreAnswersAtTheSameConfidences() {
        try (LuceneKnowledgeBase standard = words(0.25); LuceneKnowledgeBase strict = words(0.6)) {
            assertTrue(standard.calibration().isPresent() && standard.calibration().get().questions() >= 20,
                    "the starter articles are enough to self-calibrate");
            int withheld = 0;
            for (String q : QUESTIONS) {
                SearchResult a = standard.search(new SearchRequest(q, 3, 0));
                SearchResult b = strict.search(new SearchRequest(q, 3, 0));
                assertEquals(a.confidence(), b.confidence(), 1e-12, q);
                assertEquals(a.confidence() >= 0.25 && !a.hits().isEmpty(), a.answered(), q);
                assertEquals(b.confidence() >= 0.6 && !b.hits().isEmpty(), b.answered(), q);
                withheld += a.answered() && !b.answered() ? 1 : 0;
            }
            assertTrue(withheld > 0, "some answers sit between 0.25 and 0.6");
        }
    }
}
