package dev.deskhand.kb.rank;

import dev.deskhand.kb.SentenceEncoder;
import dev.deskhand.kb.index.CachedEncoder;
import dev.deskhand.kb.index.Fields;
import dev.deskhand.kb.index.IndexBuilder;
import dev.deskhand.kb.index.IndexSnapshot;
import dev.deskhand.kb.index.KbAnalyzers;
import dev.deskhand.kb.index.KnowledgeFolder;
import dev.deskhand.kb.index.RankingParameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
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
        KnowledgeFolder folder = new KnowledgeFolder(Path.of("knowledge"));
        KbAnalyzers analyzers = new KbAnalyzers(folder.synonyms(), KbAnalyzers.Stemmer.PORTER,
                KbAnalyzers.StopWords.SNOWBALL_KEEP_MEANING);
        KnowledgeFolder.Contents contents = folder.read();
        snapshot = new IndexBuilder(analyzers, RankingParameters.DEFAULT, new CachedEncoder(SentenceEncoder.NONE))
                .build(contents.articles(), contents.skipped(), 0);
        vocabulary = new ArrayList<>();
        TermsEnum it = MultiTerms.getTerms(snapshot.reader, Fields.SPELL).iterator();
        for (BytesRef t = it.next(); t != null; t = it.next()) {
            vocabulary.add(t.utf8ToString());
        }
    }

    @Test
    void choosesWhatDirectSpellCheckerChoosesOnThousandsOfMisspellings() throws IOException {
        // GIVEN misspellings of the vocabulary's words, seeded, none of them a word of the vocabulary
        TreeSet<String> known = new TreeSet<>(vocabulary);
        TreeSet<String> typos = new TreeSet<>();
        Random random = new Random(20261205L);
        String letters = "abcdefghijklmnopqrstuvwxyz가나다라마바사아자차카타파하고는을를";
        for (String word : vocabulary) {
            if (word.length() < MIN_LENGTH - 1) {
                continue;
            }
            for (int i = 0; i < 4; i++) {
                String typo = edit(edit(word, random, letters), random, letters);
                typos.add(i % 2 == 0 ? typo : edit(word, random, letters));
            }
        }
        typos.removeAll(known);
        typos.removeIf(t -> t.codePointCount(0, t.length()) < MIN_LENGTH);
        NearestWord nearest = NearestWord.of(snapshot.reader, Fields.SPELL);
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMinQueryLength(MIN_LENGTH);
        // WHEN both choose a correction for each
        List<String> differences = new ArrayList<>();
        int corrected = 0;
        for (String typo : typos) {
            SuggestWord[] words = checker.suggestSimilar(new Term(Fields.SPELL, typo), 1, snapshot.reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            Optional<String> expected = words.length > 0 ? Optional.of(words[0].string) : Optional.empty();
            Optional<String> actual = nearest.nearest(typo, MIN_LENGTH);
            corrected += expected.isPresent() ? 1 : 0;
            if (!expected.equals(actual)) {
                differences.add(typo + ": checker " + expected + ", nearest " + actual);
            }
        }
        // THEN they agree on every one (and the sample is large and mostly correctable)
        assertTrue(typos.size() > 5_000, "only " + typos.size() + " misspellings");
        assertTrue(corrected > typos.size() / 2, "only " + corrected + " corrected");
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

    /** One random edit of the kinds the checker counts: insert, delete, substitute or swap two neighbours. */
    private static String edit(String word, Random random, String letters) {
        StringBuilder s = new StringBuilder(word);
        int at = random.nextInt(Math.max(1, s.length()));
        char letter = letters.charAt(random.nextInt(letters.length()));
        switch (random.nextInt(4)) {
            case 0 -> s.insert(at, letter);
            case 1 -> {
                if (s.length() > 1) {
                    s.deleteCharAt(at);
                }
            }
            case 2 -> s.setCharAt(at, letter);
            default -> {
                if (at + 1 < s.length()) {
                    char c = s.charAt(at);
                    s.setCharAt(at, s.charAt(at + 1));
                    s.setCharAt(at + 1, c);
                }
            }
        }
        return s.toString();
    }
}
