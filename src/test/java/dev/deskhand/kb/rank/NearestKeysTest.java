package dev.deskhand.kb.rank;

import dev.deskhand.kb.SentenceEncoder;
import dev.deskhand.kb.index.CachedEncoder;
import dev.deskhand.kb.index.Fields;
import dev.deskhand.kb.index.IndexBuilder;
import dev.deskhand.kb.index.IndexSnapshot;
import dev.deskhand.kb.index.Jamo;
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
        KnowledgeFolder folder = new KnowledgeFolder(Path.of("knowledge"));
        KbAnalyzers analyzers = new KbAnalyzers(folder.synonyms(), KbAnalyzers.Stemmer.PORTER,
                KbAnalyzers.StopWords.SNOWBALL_KEEP_MEANING);
        KnowledgeFolder.Contents contents = folder.read();
        snapshot = new IndexBuilder(analyzers, RankingParameters.DEFAULT, new CachedEncoder(SentenceEncoder.NONE))
                .build(contents.articles(), contents.skipped(), 0);
        vocabulary = new ArrayList<>();
        TermsEnum it = MultiTerms.getTerms(snapshot.reader, Fields.SPELL_KEYS).iterator();
        for (BytesRef t = it.next(); t != null; t = it.next()) {
            vocabulary.add(t.utf8ToString());
        }
    }

    @Test
    void choosesWhatTheKoreanSpellCheckerChoosesOnThousandsOfSlips() throws IOException {
        // GIVEN slips of the vocabulary's keystrokes, seeded, none of them in the vocabulary
        TreeSet<String> known = new TreeSet<>(vocabulary);
        TreeSet<String> slips = new TreeSet<>();
        Random random = new Random(20261206L);
        String keys = "ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔㅁㄴㅇㄹㅎㅗㅓㅏㅣㅋㅌㅊㅍㅠㅜㅡㅃㅉㄸㄲㅆㅒㅖ";
        for (String word : vocabulary) {
            if (word.length() < MIN_LENGTH - 1) {
                continue;
            }
            for (int i = 0; i < 6; i++) {
                String slip = edit(edit(word, random, keys), random, keys);
                slips.add(i % 2 == 0 ? slip : edit(word, random, keys));
            }
        }
        slips.removeAll(known);
        slips.removeIf(t -> t.codePointCount(0, t.length()) < MIN_LENGTH);
        NearestKeys nearest = NearestKeys.of(snapshot.reader, Fields.SPELL_KEYS, ACCURACY, Keyboard.DISTANCE);
        DirectSpellChecker checker = checker();
        // WHEN both choose a correction for each
        List<String> differences = new ArrayList<>();
        int corrected = 0;
        for (String slip : slips) {
            SuggestWord[] words = checker.suggestSimilar(new Term(Fields.SPELL_KEYS, slip), 1, snapshot.reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            Optional<String> expected = words.length > 0 ? Optional.of(words[0].string) : Optional.empty();
            Optional<String> actual = nearest.nearest(slip);
            corrected += expected.isPresent() ? 1 : 0;
            if (!expected.equals(actual)) {
                differences.add(slip + ": checker " + expected + ", nearest " + actual);
            }
        }
        // THEN they agree on every one (and the sample is large and mostly correctable)
        assertTrue(slips.size() > 3_000, "only " + slips.size() + " slips");
        assertTrue(corrected > slips.size() / 3, "only " + corrected + " corrected");
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
