package dev.deskhand.kb.rank;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.spell.StringDistance;

/**
 * The closest keystroke string of one index's Korean spelling vocabulary, chosen exactly as Lucene's
 * {@code DirectSpellChecker} chooses it with the settings {@link KoreanSpelling} gives it (no fixed prefix, up to two
 * edits, a similarity of its own with a floor, one suggestion), from the vocabulary read once per index. The checker
 * compiles two Levenshtein automata for every word it is asked about, which was nearly half the CPU of a Korean
 * question that finds no answer. Its rule, replayed here:
 * <ol>
 *   <li>the words within one edit (transpositions count as one), in dictionary order, then — when fewer than five
 *   were kept — the words within two edits that share the first letter;</li>
 *   <li>in each pass a queue of five: a word is passed over when the queue is full and its edit similarity
 *   ({@code 1 - edits / shorter length}) is no better than the lowest kept score, or when its own similarity is
 *   below the floor; a kept word is ranked by its own similarity, ties to the earlier word;</li>
 *   <li>of both passes' words: the best similarity, then the more frequent, then the first alphabetically.</li>
 * </ol>
 * {@code NearestKeysTest} checks the equality against the checker itself on thousands of Korean slips.
 */
final class NearestKeys {

    /** The checker's default inspections per suggestion (5) × one suggestion. */
    static final int INSPECTIONS = 5;
    /** As in {@link NearestWord}: the checker's automata refuse some very long words; those go to the checker. */
    static final int MAX_LENGTH = 40;

    private record Word(String text, int[] codePoints, int docFreq, int order) {
    }

    /** A kept word: ordered as the checker's queue orders it (lowest score first, then the later word). */
    private record Kept(Word word, float score) implements Comparable<Kept> {
        @Override
        public int compareTo(Kept other) {
            return score == other.score ? Integer.compare(other.word.order(), word.order())
                    : Float.compare(score, other.score);
        }
    }

    private final Map<Integer, List<Word>> byLength;
    private final Map<Integer, List<Word>> byFirst;
    private final float accuracy;
    private final StringDistance similarity;

    private NearestKeys(List<Word> words, float accuracy, StringDistance similarity) {
        this.byLength = new HashMap<>();
        this.byFirst = new HashMap<>();
        for (Word w : words) {
            byLength.computeIfAbsent(w.codePoints().length, k -> new ArrayList<>()).add(w);
            byFirst.computeIfAbsent(w.codePoints()[0], k -> new ArrayList<>()).add(w);
        }
        this.accuracy = accuracy;
        this.similarity = similarity;
    }

    /** Reads the vocabulary of {@code field} (document frequencies summed over segments, as the checker sees them). */
    static NearestKeys of(IndexReader reader, String field, float accuracy, StringDistance similarity)
            throws IOException {
        List<Word> words = new ArrayList<>();
        NearestWord.forEachTerm(reader, field, (text, cps, docFreq) ->
                words.add(new Word(text, cps, docFreq, words.size())));
        return new NearestKeys(words, accuracy, similarity);
    }

    /** True when {@link #nearest} answers for these keys; longer ones are left to the checker. */
    static boolean handles(String keys) {
        return keys.codePointCount(0, keys.length()) <= MAX_LENGTH;
    }

    /** The keys the checker would suggest for {@code keys} (a term not in the vocabulary), or empty. */
    Optional<String> nearest(String keys) {
        int[] query = keys.codePoints().toArray();
        if (query.length == 0) {
            return Optional.empty();
        }
        Map<String, Kept> kept = new LinkedHashMap<>();
        for (Kept k : pass(keys, query, 1, 0)) {
            kept.put(k.word().text(), k);
        }
        if (kept.size() < INSPECTIONS) {
            for (Kept k : pass(keys, query, 2, 1)) {
                kept.putIfAbsent(k.word().text(), k);
            }
        }
        return kept.values().stream()
                .min(Comparator.comparing((Kept k) -> -k.score())
                        .thenComparing(k -> -k.word().docFreq())
                        .thenComparing(k -> k.word().text()))
                .map(k -> k.word().text());
    }

    /** One of the checker's passes: words within {@code maxEdits} after {@code prefix} equal letters. */
    private List<Kept> pass(String keys, int[] query, int maxEdits, int prefix) {
        List<Word> pool = new ArrayList<>();
        if (prefix == 0) {
            for (int length = query.length - maxEdits; length <= query.length + maxEdits; length++) {
                pool.addAll(byLength.getOrDefault(length, List.of()));
            }
        } else {
            for (Word w : byFirst.getOrDefault(query[0], List.of())) {
                if (Math.abs(w.codePoints().length - query.length) <= maxEdits) {
                    pool.add(w);
                }
            }
        }
        record Match(Word word, int edits) {
        }
        List<Match> matches = new ArrayList<>();
        for (Word w : pool) {
            if (!samePrefix(query, w.codePoints(), prefix)) {
                continue;
            }
            int edits = NearestWord.editDistance(query, w.codePoints(), prefix);
            if (edits <= maxEdits) {
                matches.add(new Match(w, edits));
            }
        }
        // The checker sees the matching words in the term dictionary's order.
        matches.sort(Comparator.comparingInt(m -> m.word().order()));
        PriorityQueue<Kept> queue = new PriorityQueue<>();
        for (Match m : matches) {
            int[] cps = m.word().codePoints();
            float editSimilarity = m.edits() == 0 ? 1f
                    : 1f - (float) m.edits() / (float) Math.min(cps.length, query.length);
            if (queue.size() >= INSPECTIONS && editSimilarity <= queue.peek().score()) {
                continue;
            }
            if (m.word().text().equals(keys) || m.word().docFreq() <= 0) {
                continue;
            }
            float score = similarity.getDistance(keys, m.word().text());
            if (score < accuracy) {
                continue;
            }
            queue.offer(new Kept(m.word(), score));
            if (queue.size() > INSPECTIONS) {
                queue.poll();
            }
        }
        return new ArrayList<>(queue);
    }

    private static boolean samePrefix(int[] a, int[] b, int prefix) {
        if (a.length < prefix || b.length < prefix) {
            return false;
        }
        for (int i = 0; i < prefix; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }
}
