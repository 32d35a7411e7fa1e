package dev.deskhand.kb.index;

import dev.deskhand.kb.Article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Predicate;
import org.apache.lucene.util.VectorUtil;

/**
 * The meaning vectors of an index's question-like passages: titles, aliases and short lines (headings included) of
 * articles in a language the encoder understands. Longer paragraphs are answers, and on the tuning set encoding
 * them made ranking worse, not better. Scanned whole for every query: at the cap that is a few million
 * multiply-adds, cheaper than maintaining a second index structure for a few thousand articles.
 */
public final class PassageVectors {

    /** Passages longer than this many words are answers, not questions (the same bound as self-calibration). */
    static final int QUESTION_WORDS = 12;
    /** Bounds build time and memory (~15 MB at 384 dimensions); past it the remaining passages rank by words. */
    static final int MAX_PASSAGES = 10_000;

    static final PassageVectors NONE = new PassageVectors(new int[0], new int[0], List.of(), new float[0][]);

    /** An article's closest passage to a query and their similarity (cosine). */
    public record Closest(int doc, double similarity) {
    }

    /** A passage to encode: its doc, article and text. */
    record Candidate(int doc, String articleId, String text) {
    }

    private final int[] docs;
    /** Index into {@link #articleIds} of each vector's article. */
    private final int[] articleOf;
    private final List<String> articleIds;
    private final Map<String, Integer> ordinalById = new HashMap<>();
    private final float[][] vectors;

    private PassageVectors(int[] docs, int[] articleOf, List<String> articleIds, float[][] vectors) {
        this.docs = docs;
        this.articleOf = articleOf;
        this.articleIds = articleIds;
        this.vectors = vectors;
        for (int a = 0; a < articleIds.size(); a++) {
            ordinalById.put(articleIds.get(a), a);
        }
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
        int[] articleOf = new int[kept.size()];
        List<String> ids = new ArrayList<>();
        Map<String, Integer> ordinal = new HashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            docs[i] = kept.get(i).doc();
            articleOf[i] = ordinal.computeIfAbsent(kept.get(i).articleId(), id -> {
                ids.add(id);
                return ids.size() - 1;
            });
        }
        return new PassageVectors(docs, articleOf, List.copyOf(ids), encoded.toArray(new float[0][]));
    }

    public boolean isEmpty() {
        return vectors.length == 0;
    }

    public int size() {
        return vectors.length;
    }

    /** Compares the query with every vector once; the result answers per-article and top-n questions. */
    public Scan scan(float[] query) {
        double[] best = new double[articleIds.size()];
        int[] bestDoc = new int[articleIds.size()];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < vectors.length; i++) {
            double similarity = VectorUtil.dotProduct(query, vectors[i]);
            int article = articleOf[i];
            if (similarity > best[article]) {
                best[article] = similarity;
                bestDoc[article] = docs[i];
            }
        }
        return new Scan(best, bestDoc);
    }

    /** One query's closest passage per article. */
    public final class Scan {
        private final double[] best;
        private final int[] bestDoc;

        private Scan(double[] best, int[] bestDoc) {
            this.best = best;
            this.bestDoc = bestDoc;
        }

        /** The article's closest passage, if it has an encoded one. */
        public Optional<Closest> of(String id) {
            Integer a = ordinalById.get(id);
            return a == null ? Optional.empty() : Optional.of(new Closest(bestDoc[a], best[a]));
        }

        /** The ids of the {@code n} closest articles not skipped, closest first (ties by id). */
        public List<String> top(int n, Predicate<String> skip) {
            Comparator<Integer> closer = Comparator.<Integer>comparingDouble(a -> best[a])
                    .thenComparing(a -> articleIds.get(a), Comparator.reverseOrder());
            PriorityQueue<Integer> kept = new PriorityQueue<>(n + 1, closer);
            for (int a = 0; a < best.length; a++) {
                if (!skip.test(articleIds.get(a))) {
                    kept.add(a);
                    if (kept.size() > n) {
                        kept.poll();
                    }
                }
            }
            List<String> ids = new ArrayList<>(kept.size());
            while (!kept.isEmpty()) {
                ids.add(articleIds.get(kept.poll()));
            }
            Collections.reverse(ids);
            return ids;
        }
    }
}
