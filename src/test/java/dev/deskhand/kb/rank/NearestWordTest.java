package dev.deskhand.kb.rank;

import dev.deskhand.kb.index.Fields;
import dev.deskhand.kb.index.IndexSnapshot;

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
 * {@link NearestWord} must pick exactly what Lucene's {@link DirectSpellChecker} (as {@link SpellingSuggester} set
 * it up) picks, or spelling corrections — and with them rankings — would change. Compared on the starter knowledge
 * base's vocabulary, English and Korean, with thousands of seeded misspellings of every kind the checker handles
 * (one or two insertions, deletions, substitutions and swaps, first letter included) and words it must leave alone.
 */
class NearestWordTest {

    private static final int MIN_LENGTH = 4;
    private static IndexSnapshot snapshot;
    private static List<String> vocabulary;

    @BeforeAll
    static void index() throws IOException {
        snapshot = StarterVocabulary.index();
        vocabulary = StarterVocabulary.terms(snapshot, Fields.SPELL);
    }

    @Test
    void choosesWhatDirectSpellCheckerChoosesOnThousandsOfMisspellings() throws IOException {
        // GIVEN misspellings of the vocabulary's words, seeded, none of them a word of the vocabulary
        TreeSet<String> typos = StarterVocabulary.slips(vocabulary, 20261205L,
                "abcdefghijklmnopqrstuvwxyz가나다라마바사아자차카타파하고는을를", 4, MIN_LENGTH);
        NearestWord nearest = NearestWord.of(snapshot.reader, Fields.SPELL);
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMinQueryLength(MIN_LENGTH);
        // WHEN both choose a correction for each
        StarterVocabulary.Agreement agreement = StarterVocabulary.agreement(snapshot, Fields.SPELL, typos, checker,
                typo -> nearest.nearest(typo, MIN_LENGTH));
        // THEN they agree on every one (and the sample is large and mostly correctable)
        assertTrue(typos.size() > 5_000, "only " + typos.size() + " misspellings");
        assertTrue(agreement.corrected() > typos.size() / 2, "only " + agreement.corrected() + " corrected");
        List<String> differences = agreement.differences();
        assertEquals(List.of(), differences.subList(0, Math.min(20, differences.size())),
                differences.size() + " of " + typos.size() + " differ");
    }

    @Test
    void correctsATypicalTypoAndLeavesShortOrFarWordsAlone() throws IOException {
        NearestWord nearest = NearestWord.of(snapshot.reader, Fields.SPELL);
        assertEquals(Optional.of("refund"), nearest.nearest("refnud", MIN_LENGTH));
        assertEquals(Optional.empty(), nearest.nearest("rfnd", MIN_LENGTH + 1));
        assertEquals(Optional.empty(), nearest.nearest("xqzvwkjq", MIN_LENGTH));
    }
}
