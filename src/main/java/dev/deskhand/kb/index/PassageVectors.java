package dev.deskhand.kb.index;

import dev.deskhand.kb.Article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Predicate;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.VectorUtil;

/**
 * The meaning vectors of an index's question-like passages: titles, aliases and short lines (headings included) of
 * articles in a language the encoder understands. Longer paragraphs are answers, and on the tuning set encoding
 * them made ranking worse, not better. The vectors are encoded once, when their passages are written, and read
 * back from the index; small sets are scanned whole for every query, large ones searched through the HNSW graph
 * Lucene keeps with them.
 */
public final class PassageVectors {

    /** Passages longer than this many words are answers, not questions (the same bound as self-calibration). */
    static final int QUESTION_WORDS = 12;
    /** Bounds build time and memory (~15 MB at 384 dimensions); past it the remaining passages rank by words. */
    static final int MAX_PASSAGES = 10_000;

    /**
     * From this many vectors on, the closest articles a query adds come from the HNSW graph stored with the
     * passages rather than from comparing the query with every vector; below it the scan is cheaper than the graph.
     */
    static final int GRAPH_FROM = 5_000;

    static final PassageVectors NONE = new PassageVectors(new int[0], new int[0], List.of(), new float[0][], null);

    /** An article's closest passage to a query and their similarity (cosine). */
    public record Closest(int doc, double similarity) {
    }

    private final int[] docs;
    /** Index into {@link #articleIds} of each vector's article. */
    private final int[] articleOf;
    private final List<String> articleIds;
    private final Map<String, Integer> ordinalById = new HashMap<>();
    private final float[][] vectors;
    /** The vectors of each article (indexes into {@link #vectors}), for exact similarities next to the graph. */
    private final int[][] vectorsOf;
    private final IndexSearcher searcher;

    private PassageVectors(int[] docs, int[] articleOf, List<String> articleIds, float[][] vectors,
                           IndexSearcher searcher) {
        this.docs = docs;
        this.articleOf = articleOf;
        this.articleIds = articleIds;
        this.vectors = vectors;
        this.searcher = searcher;
        for (int a = 0; a < articleIds.size(); a++) {
            ordinalById.put(articleIds.get(a), a);
        }
        int[] counts = new int[articleIds.size()];
        for (int a : articleOf) {
            counts[a]++;
        }
        vectorsOf = new int[articleIds.size()][];
        for (int a = 0; a < counts.length; a++) {
            vectorsOf[a] = new int[counts[a]];
            counts[a] = 0;
        }
        for (int i = 0; i < articleOf.length; i++) {
            vectorsOf[articleOf[i]][counts[articleOf[i]]++] = i;
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

    /** The vectors stored with the passages of a live index, in document order. */
    static PassageVectors read(IndexReader reader, IndexSearcher searcher, String[] idByDoc) throws IOException {
        List<Integer> docs = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(Fields.VECTOR);
            if (values == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
                if (live == null || live.get(d)) {
                    docs.add(leaf.docBase + d);
                    vectors.add(values.vectorValue().clone()); // the reader reuses its buffer
                }
            }
        }
        if (docs.isEmpty()) {
            return NONE;
        }
        int[] docArray = new int[docs.size()];
        int[] articleOf = new int[docs.size()];
        List<String> ids = new ArrayList<>();
        Map<String, Integer> ordinal = new HashMap<>();
        for (int i = 0; i < docArray.length; i++) {
            docArray[i] = docs.get(i);
            articleOf[i] = ordinal.computeIfAbsent(idByDoc[docArray[i]], id -> {
                ids.add(id);
                return ids.size() - 1;
            });
        }
        return new PassageVectors(docArray, articleOf, List.copyOf(ids), vectors.toArray(new float[0][]), searcher);
    }

    public boolean isEmpty() {
        return vectors.length == 0;
    }

    public int size() {
        return vectors.length;
    }

    /**
     * One query's closest passage per article: below {@link #GRAPH_FROM} vectors by comparing the query with every
     * vector once, above it through the HNSW graph for the closest articles and exactly, on demand, for the
     * articles words already found.
     */
    public Scan scan(float[] query) {
        return vectors.length >= GRAPH_FROM ? new GraphScan(query) : linear(query);
    }

    Scan linear(float[] query) {
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
        return new LinearScan(best, bestDoc);
    }

    Scan graph(float[] query) {
        return new GraphScan(query);
    }

    /** One query's closest passages: per article, and the closest articles overall. */
    public interface Scan {
        /** The article's closest passage, if it has an encoded one. */
        Optional<Closest> of(String id);

        /** The ids of the {@code n} closest articles not skipped, closest first (ties by id). */
        List<String> top(int n, Predicate<String> skip);
    }

    private final class LinearScan implements Scan {
        private final double[] best;
        private final int[] bestDoc;

        private LinearScan(double[] best, int[] bestDoc) {
            this.best = best;
            this.bestDoc = bestDoc;
        }

        @Override
        public Optional<Closest> of(String id) {
            Integer a = ordinalById.get(id);
            return a == null ? Optional.empty() : Optional.of(new Closest(bestDoc[a], best[a]));
        }

        @Override
        public List<String> top(int n, Predicate<String> skip) {
            List<Integer> all = new ArrayList<>(best.length);
            for (int a = 0; a < best.length; a++) {
                all.add(a);
            }
            return closest(all, n, skip, a -> best[a]);
        }
    }

    private final class GraphScan implements Scan {
        private final float[] query;
        private final Map<Integer, Closest> known = new HashMap<>();

        private GraphScan(float[] query) {
            this.query = query;
        }

        @Override
        public Optional<Closest> of(String id) {
            Integer a = ordinalById.get(id);
            return a == null ? Optional.empty() : Optional.of(exact(a));
        }

        private Closest exact(int article) {
            return known.computeIfAbsent(article, a -> {
                Closest best = new Closest(-1, Double.NEGATIVE_INFINITY);
                for (int i : vectorsOf[a]) {
                    double similarity = VectorUtil.dotProduct(query, vectors[i]);
                    if (similarity > best.similarity()) {
                        best = new Closest(docs[i], similarity);
                    }
                }
                return best;
            });
        }

        @Override
        public List<String> top(int n, Predicate<String> skip) {
            // Skipped articles (those words found) may fill the first passages: widen until n remain or all seen.
            for (int k = Math.max(64, 8 * n); ; k *= 4) {
                Set<Integer> articles = new LinkedHashSet<>();
                try {
                    TopDocs hits = searcher.search(new KnnFloatVectorQuery(Fields.VECTOR, query, k), k);
                    for (ScoreDoc hit : hits.scoreDocs) {
                        Integer a = ordinalById.get(idOf(hit.doc));
                        if (a != null && !skip.test(articleIds.get(a))) {
                            articles.add(a);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (articles.size() >= n || k >= vectors.length) {
                    return closest(articles, n, skip, a -> exact(a).similarity());
                }
            }
        }

        private String idOf(int doc) {
            int at = Arrays.binarySearch(docs, doc);
            return at < 0 ? null : articleIds.get(articleOf[at]);
        }
    }

    private List<String> closest(Collection<Integer> articles, int n, Predicate<String> skip,
                                 java.util.function.IntToDoubleFunction similarity) {
        Comparator<Integer> closer = Comparator.<Integer>comparingDouble(similarity::applyAsDouble)
                .thenComparing(a -> articleIds.get(a), Comparator.reverseOrder());
        PriorityQueue<Integer> kept = new PriorityQueue<>(n + 1, closer);
        for (int a : articles) {
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
