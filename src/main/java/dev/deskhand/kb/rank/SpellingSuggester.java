package dev.deskhand.kb.rank;

import dev.deskhand.kb.index.BoundedCache;
import dev.deskhand.kb.index.Fields;
import dev.deskhand.kb.index.IndexSnapshot;
import dev.deskhand.kb.index.TermGroups;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean …?": replaces each word the articles never use with the closest word they do use (Levenshtein
 * distance over the index vocabulary, no separate dictionary to maintain). The choice is Lucene's
 * {@link DirectSpellChecker}'s, made by {@link NearestWord} from the vocabulary read once per index instead of an
 * automaton walk over the term dictionary per unknown word.
 */
final class SpellingSuggester {

    private static final int MIN_WORD_LENGTH = 4;

    private final Analyzer analyzer;
    private final Analyzer stemming;
    private final DirectSpellChecker checker = new DirectSpellChecker();
    /**
     * Each word's correction in the index last asked about ({@code ""}: known, or nothing close). The same words
     * come back in question after question, and finding the closest one walks a Levenshtein automaton over the
     * whole vocabulary; a new index starts a new cache.
     */
    private volatile Corrections corrections = new Corrections(null);

    private static final class Corrections {
        final IndexSnapshot snapshot;
        final BoundedCache<String, String> words = new BoundedCache<>(4_096);
        /** Read at the first unknown word: most questions have none. */
        private NearestWord vocabulary;

        Corrections(IndexSnapshot snapshot) {
            this.snapshot = snapshot;
        }

        synchronized NearestWord vocabulary() throws IOException {
            if (vocabulary == null) {
                vocabulary = NearestWord.of(snapshot.reader, Fields.SPELL);
            }
            return vocabulary;
        }
    }

    SpellingSuggester(Analyzer spellingAnalyzer, Analyzer englishIndex) {
        this.analyzer = spellingAnalyzer;
        this.stemming = englishIndex;
        checker.setMinQueryLength(MIN_WORD_LENGTH);
    }

    /** "charge" is no typo when the articles only say "charged": the stem is what the search matches. */
    private boolean stemIsKnown(IndexSnapshot snapshot, String word) {
        for (Set<String> group : TermGroups.of(stemming, Fields.BODY + Fields.EN, word)) {
            for (String stem : group) {
                if (snapshot.docFreqs.of(Fields.EN, stem) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The closest word the index uses, or "" when the word is known or nothing is close. */
    private String correction(Corrections known, String word) {
        IndexSnapshot snapshot = known.snapshot;
        try {
            if (snapshot.reader.docFreq(new Term(Fields.SPELL, word)) > 0 || stemIsKnown(snapshot, word)) {
                return "";
            }
            if (NearestWord.handles(word)) {
                return known.vocabulary().nearest(word, MIN_WORD_LENGTH).orElse("");
            }
            SuggestWord[] words = checker.suggestSimilar(new Term(Fields.SPELL, word), 1, snapshot.reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            return words.length > 0 ? words[0].string : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with unknown words corrected, or empty when every word is known or nothing close exists. */
    Optional<String> suggest(IndexSnapshot snapshot, String text) {
        StringBuilder corrected = new StringBuilder();
        int copied = 0;
        boolean changed = false;
        try (TokenStream ts = analyzer.tokenStream(Fields.SPELL, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            Corrections known = corrections;
            if (known.snapshot != snapshot) {
                known = new Corrections(snapshot);
                corrections = known;
            }
            while (ts.incrementToken()) {
                String word = term.toString();
                if (word.length() < MIN_WORD_LENGTH || !word.chars().allMatch(Character::isLetter)) {
                    continue;
                }
                Corrections in = known;
                String correction = known.words.get(word, w -> correction(in, w));
                if (!correction.isEmpty()) {
                    corrected.append(text, copied, offset.startOffset()).append(correction);
                    copied = offset.endOffset();
                    changed = true;
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!changed) {
            return Optional.empty();
        }
        corrected.append(text.substring(copied));
        return Optional.of(corrected.toString().toLowerCase(java.util.Locale.ROOT));
    }
}
