package dev.deskhand.kb.rank;

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
 * distance over the index vocabulary, no separate dictionary to maintain).
 */
final class SpellingSuggester {

    private static final int MIN_WORD_LENGTH = 4;

    private final Analyzer analyzer;
    private final Analyzer stemming;
    private final DirectSpellChecker checker = new DirectSpellChecker();

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

    /** The text with unknown words corrected, or empty when every word is known or nothing close exists. */
    Optional<String> suggest(IndexSnapshot snapshot, String text) {
        StringBuilder corrected = new StringBuilder();
        int copied = 0;
        boolean changed = false;
        try (TokenStream ts = analyzer.tokenStream(Fields.SPELL, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String word = term.toString();
                if (word.length() < MIN_WORD_LENGTH || !word.chars().allMatch(Character::isLetter)
                        || snapshot.reader.docFreq(new Term(Fields.SPELL, word)) > 0 || stemIsKnown(snapshot, word)) {
                    continue;
                }
                SuggestWord[] words = checker.suggestSimilar(new Term(Fields.SPELL, word), 1, snapshot.reader,
                        SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (words.length > 0) {
                    corrected.append(text, copied, offset.startOffset()).append(words[0].string);
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
