package dev.deskhand.kb.rank;

import dev.deskhand.kb.index.Fields;
import dev.deskhand.kb.index.IndexSnapshot;
import dev.deskhand.kb.index.Jamo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link NearestKeys} must pick exactly what Lucene's {@link DirectSpellChecker}, set up as {@link KoreanSpelling}
 * sets it up, picks, or Korean corrections — and with them rankings — would change. Compared on the starter
 * knowledge base's Korean keystroke vocabulary with thousands of seeded slips of every kind the checker handles (one
 * or two insertions, deletions, substitutions and swaps of keys, first key included).
 */
class NearestKeysTest {

    private static final float ACCURACY = 0.75f;
    private static final int MIN_LENGTH = 4;
    private static IndexSnapshot snapshot;
    private static List<String> vocabulary;

    @BeforeAll
    static void index() throws IOException {
        snapshot = StarterVocabulary.index();
        vocabulary = StarterVocabulary.terms(snapshot, Fields.SPELL_KEYS);
    }

    @Test
    void choosesWhatTheKoreanSpellCheckerChoosesOnThousandsOfSlips() throws IOException {
        // GIVEN slips of the vocabulary's keystrokes, seeded, none of them in the vocabulary
        TreeSet<String> slips = StarterVocabulary.slips(vocabulary, 20261206L,
                "ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔㅁㄴㅇㄹㅎㅗㅓㅏㅣㅋㅌㅊㅍㅠㅜㅡㅃㅉㄸㄲㅆㅒㅖ", 6, MIN_LENGTH);
        NearestKeys nearest = NearestKeys.of(snapshot.reader, Fields.SPELL_KEYS, ACCURACY, Keyboard.DISTANCE);
        // WHEN both choose a correction for each
        StarterVocabulary.Agreement agreement = StarterVocabulary.agreement(snapshot, Fields.SPELL_KEYS, slips,
                checker(), nearest::nearest);
        // THEN they agree on every one (and the sample is large and mostly correctable)
        assertTrue(slips.size() > 3_000, "only " + slips.size() + " slips");
        assertTrue(agreement.corrected() > slips.size() / 3, "only " + agreement.corrected() + " corrected");
        List<String> differences = agreement.differences();
        assertEquals(List.of(), differences.subList(0, Math.min(20, differences.size())),
                differences.size() + " of " + slips.size() + " differ");
    }

    @Test
    void correctsOneWrongKeyAndLeavesFarKeysAlone() throws IOException {
        NearestKeys nearest = NearestKeys.of(snapshot.reader, Fields.SPELL_KEYS, ACCURACY, Keyboard.DISTANCE);
        assertEquals(Optional.of(Jamo.keys("환불")), nearest.nearest(Jamo.keys("환뷸")));
        assertEquals(Optional.empty(), nearest.nearest("ㅋㅋㅋㅋㅋㅋㅋㅋ"));
    }

    /** Configured as {@link KoreanSpelling} configures it. */
    private static DirectSpellChecker checker() {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMinPrefix(0);
        checker.setMaxEdits(2);
        checker.setAccuracy(ACCURACY);
        checker.setDistance(Keyboard.DISTANCE);
        checker.setLowerCaseTerms(false);
        checker.setMinQueryLength(MIN_LENGTH);
        return checker;
    }
}
