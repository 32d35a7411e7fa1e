package dev.deskhand.kb.rank;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The closest word of one index's spelling vocabulary, chosen exactly as Lucene's {@code DirectSpellChecker} with
 * the settings {@link SpellingSuggester} uses (its defaults, one suggestion) chooses it, without walking a
 * Levenshtein automaton over the term dictionary for every unknown word. The vocabulary is read once per index,
 * grouped by first letter (the checker never edits the first letter), and the checker's own rule is replayed:
 * candidates within one edit (transpositions count as one), scored {@code 1 - edits / shorter length}, at least
 * 0.5; the five best by score then spelling; only when fewer than five are found, the five best within two edits
 * join them; of those the best score wins, then the more frequent word, then the first in alphabetical order.
 * {@code NearestWordTest} checks the equality against the checker itself on thousands of misspellings.
 */
final class NearestWord {

    /** The checker's defaults: suggestions asked for (1) × inspections per suggestion (5). */
    static final int INSPECTIONS = 5;
    static final float ACCURACY = 0.5f;
    static final int MAX_EDITS = 2;
    /**
     * Longer words go to the checker itself: its automata refuse some very long words, and such a word is so rare
     * that replaying that refusal here is not worth it.
     */
    static final int MAX_LENGTH = 40;

    private record Word(String text, int[] codePoints, int docFreq) {
    }

    private record Scored(Word word, float score) {
    }

    /** Words by first code point, each list in the term dictionary's (UTF-8 byte) order. */
    private final Map<Integer, List<Word>> byFirst;

    private NearestWord(Map<Integer, List<Word>> byFirst) {
        this.byFirst = byFirst;
    }

    /** Reads the vocabulary of {@code field} (document frequencies summed over segments, as the checker sees them). */
    static NearestWord of(IndexReader reader, String field) throws IOException {
        Map<Integer, List<Word>> byFirst = new HashMap<>();
        forEachTerm(reader, field, (text, cps, docFreq) ->
                byFirst.computeIfAbsent(cps[0], k -> new ArrayList<>()).add(new Word(text, cps, docFreq)));
        return new NearestWord(byFirst);
    }

    /** What {@link #forEachTerm} hands over: a term, its code points (never none) and its document frequency. */
    interface TermVisitor {
        void visit(String text, int[] codePoints, int docFreq);
    }

    /** Each non-empty term of {@code field} in the term dictionary's order, document frequencies summed over segments. */
    static void forEachTerm(IndexReader reader, String field, TermVisitor visitor) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return;
        }
        TermsEnum it = terms.iterator();
        for (BytesRef term = it.next(); term != null; term = it.next()) {
            String text = term.utf8ToString();
            int[] cps = text.codePoints().toArray();
            if (cps.length > 0) {
                visitor.visit(text, cps, it.docFreq());
            }
        }
    }

    /** True when {@link #nearest} answers for this word; longer ones are left to the checker. */
    static boolean handles(String word) {
        return word.codePointCount(0, word.length()) <= MAX_LENGTH;
    }

    /**
     * The word the checker would suggest for {@code word} (at least {@code minLength} letters, not in the
     * vocabulary), or empty when it would suggest none.
     */
    Optional<String> nearest(String word, int minLength) {
        String lower = word.toLowerCase(Locale.ROOT);
        int[] query = lower.codePoints().toArray();
        if (query.length < minLength || query.length == 0) {
            return Optional.empty();
        }
        List<Word> bucket = byFirst.getOrDefault(query[0], List.of());
        List<Scored> oneEdit = new ArrayList<>();
        List<Scored> twoEdits = new ArrayList<>();
        for (Word w : bucket) {
            int[] cps = w.codePoints();
            if (Math.abs(cps.length - query.length) > MAX_EDITS || w.text().equals(lower)) {
                continue;
            }
            int edits = suffixDistance(query, cps);
            if (edits > MAX_EDITS) {
                continue;
            }
            float score = 1.0f - (float) edits / (float) Math.min(cps.length, query.length);
            if (score < ACCURACY) {
                continue;
            }
            Scored s = new Scored(w, score);
            if (edits <= 1) {
                oneEdit.add(s);
            }
            twoEdits.add(s);
        }
        Set<Scored> inspected = new LinkedHashSet<>(best(oneEdit));
        if (inspected.size() < INSPECTIONS) {
            inspected.addAll(best(twoEdits));
        }
        return inspected.stream()
                .min(Comparator.comparing((Scored s) -> -s.score())
                        .thenComparing(s -> -s.word().docFreq())
                        .thenComparing(s -> s.word().text()))
                .map(s -> s.word().text());
    }

    /** The checker's queue: the best few by score, ties to the earlier word in dictionary order. */
    private static List<Scored> best(List<Scored> inOrder) {
        List<Scored> sorted = new ArrayList<>(inOrder);
        sorted.sort(Comparator.comparing((Scored s) -> -s.score())); // stable: dictionary order within a score
        return sorted.subList(0, Math.min(INSPECTIONS, sorted.size()));
    }

    /**
     * Edit distance (insertions, deletions, substitutions and swaps of two neighbours, each one edit, no edit of a
     * swapped pair) between the two words after their shared first letter, or {@code MAX_EDITS + 1} when larger.
     */
    static int suffixDistance(int[] a, int[] b) {
        return editDistance(a, b, 1);
    }

    /**
     * The same distance between the two words after their first {@code from} letters (which the caller has found
     * equal), or {@code MAX_EDITS + 1} when larger.
     */
    static int editDistance(int[] a, int[] b, int from) {
        int n = a.length - from;
        int m = b.length - from;
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int x = a[from + i - 1];
                int y = b[from + j - 1];
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + (x == y ? 0 : 1));
                if (i > 1 && j > 1 && x == b[from + j - 2] && a[from + i - 2] == y) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return Math.min(d[n][m], MAX_EDITS + 1);
    }
}
