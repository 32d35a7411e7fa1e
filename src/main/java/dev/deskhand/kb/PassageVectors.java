package dev.deskhand.kb;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The meaning vectors of an index's question-like passages: titles, aliases and short lines (headings included) of
 * articles in a language the encoder understands. Longer paragraphs are answers, and on the tuning set encoding
 * them made ranking worse, not better. Held in one flat array and scanned whole: at the cap that is a few
 * milliseconds, and it needs no second index structure.
 */
final class PassageVectors {

    /** Passages longer than this many words are answers, not questions (the same bound as self-calibration). */
    static final int QUESTION_WORDS = 12;
    /** Bounds build time and memory (~15 MB at 384 dimensions); past it the remaining passages rank by words. */
    static final int MAX_PASSAGES = 10_000;

    static final PassageVectors NONE = new PassageVectors(new int[0], new String[0], new float[0][]);

    /** An article's closest passage to a query and their similarity (cosine). */
    record Closest(int doc, double similarity) {
    }

    private final int[] docs;
    private final String[] ids;
    private final float[][] vectors;

    private PassageVectors(int[] docs, String[] ids, float[][] vectors) {
        this.docs = docs;
        this.ids = ids;
        this.vectors = vectors;
    }

    /** A passage to encode: its doc, article and text. */
    record Candidate(int doc, String articleId, String text) {
    }

    /** The article's title and aliases, whatever their length, and any other passage of a question's length. */
    static boolean isQuestionLike(Article article, String text) {
        if (text.isBlank()) {
            return false;
        }
        return text.equals(article.title()) || article.aliases().contains(text)
                || text.strip().split("\\s+").length <= QUESTION_WORDS;
    }

    static PassageVectors encode(CachedEncoder encoder, List<Candidate> passages) {
        List<Candidate> kept = passages.size() > MAX_PASSAGES ? passages.subList(0, MAX_PASSAGES) : passages;
        if (kept.isEmpty()) {
            return NONE;
        }
        List<float[]> encoded = encoder.encodeAll(kept.stream().map(Candidate::text).toList());
        int[] docs = new int[kept.size()];
        String[] ids = new String[kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            docs[i] = kept.get(i).doc();
            ids[i] = kept.get(i).articleId();
        }
        return new PassageVectors(docs, ids, encoded.toArray(new float[0][]));
    }

    boolean isEmpty() {
        return vectors.length == 0;
    }

    int size() {
        return vectors.length;
    }

    /** Every article with an encoded passage, mapped to its passage closest to {@code query}. */
    Map<String, Closest> closest(float[] query, Set<String> excluded) {
        Map<String, Closest> best = new HashMap<>();
        for (int i = 0; i < vectors.length; i++) {
            if (excluded.contains(ids[i])) {
                continue;
            }
            double similarity = dot(query, vectors[i]);
            Closest current = best.get(ids[i]);
            if (current == null || similarity > current.similarity()) {
                best.put(ids[i], new Closest(docs[i], similarity));
            }
        }
        return best;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
