package dev.deskhand.kb.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * The English character-trigram fields turned around: for each document, the trigrams it holds and how often.
 * The second ranking stage scores trigrams for a few dozen candidate documents; trigram postings are dense, so
 * jumping through them costs far more than looking each candidate's trigrams up here. Scores are Lucene's own
 * BM25 (the index's similarity, statistics and length norms), exactly as a synonym query over a word's trigrams
 * would give them.
 */
public final class GramVectors {

    /** One field: per doc a slice [start[doc], start[doc+1]) of term ordinals (ascending) and their frequencies. */
    private record Field(CollectionStatistics stats, Map<String, Integer> ordinals, int[] docFreq, long[] totalFreq,
                         int[] start, int[] ords, int[] freqs, byte[] norms) {
    }

    private final Map<String, Field> fields = new HashMap<>();
    private final Similarity similarity;

    GramVectors(IndexSearcher searcher, Similarity similarity, List<String> fieldNames) {
        this.similarity = similarity;
        try {
            for (String name : fieldNames) {
                CollectionStatistics stats = searcher.collectionStatistics(name);
                if (stats != null) {
                    fields.put(name, invert(searcher, name, stats));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sum over the groups (one per query word, its trigrams) of the group's BM25 score in {@code field}, times
     * {@code boost}, for each of {@code docs}.
     */
    public float[] scores(String field, List<Set<String>> groups, float boost, int[] docs) {
        float[] scores = new float[docs.length];
        Field f = fields.get(field);
        if (f == null) {
            return scores;
        }
        // The groups that hold each query trigram, and a bitset of those trigrams: every candidate's slice is then
        // scanned once, instead of once per group with a binary search per trigram.
        int terms = f.docFreq().length;
        long[] wanted = new long[(terms + 63) >>> 6];
        Map<Integer, int[]> groupsOf = new HashMap<>();
        Similarity.SimScorer[] scorers = new Similarity.SimScorer[groups.size()];
        int g = 0;
        for (Set<String> group : groups) {
            int docFreq = 0;
            long totalFreq = 0;
            boolean any = false;
            for (String gram : group) {
                Integer o = f.ordinals().get(gram);
                if (o == null) {
                    continue;
                }
                any = true;
                docFreq = Math.max(docFreq, f.docFreq()[o]);
                totalFreq += f.totalFreq()[o];
                wanted[o >>> 6] |= 1L << o;
                int at = g;
                groupsOf.merge(o, new int[] {at}, (a, b) -> {
                    int[] both = Arrays.copyOf(a, a.length + 1);
                    both[a.length] = at;
                    return both;
                });
            }
            if (any) {
                // The same pseudo-statistics a synonym query uses: the group is as rare as its most common trigram.
                scorers[g] = similarity.scorer(boost, f.stats(),
                        new TermStatistics(new BytesRef(group.iterator().next()), docFreq, totalFreq));
            }
            g++;
        }
        if (groupsOf.isEmpty()) {
            return scores;
        }
        int[] freq = new int[groups.size()];
        for (int i = 0; i < docs.length; i++) {
            int doc = docs[i];
            Arrays.fill(freq, 0);
            for (int at = f.start()[doc], to = f.start()[doc + 1]; at < to; at++) {
                int o = f.ords()[at];
                if ((wanted[o >>> 6] & (1L << o)) != 0) {
                    for (int in : groupsOf.get(o)) {
                        freq[in] += f.freqs()[at];
                    }
                }
            }
            // Summed group by group, in the groups' order, as a query over the groups would.
            for (int k = 0; k < freq.length; k++) {
                if (freq[k] > 0) {
                    scores[i] += scorers[k].score(freq[k], f.norms()[doc]);
                }
            }
        }
        return scores;
    }

    private static Field invert(IndexSearcher searcher, String name, CollectionStatistics stats) throws IOException {
        int maxDoc = searcher.getIndexReader().maxDoc();
        Map<String, Integer> ordinals = new HashMap<>();
        List<Integer> docFreq = new ArrayList<>();
        List<Long> totalFreq = new ArrayList<>();
        byte[] norms = new byte[maxDoc];
        int[] start = new int[maxDoc + 1];
        // Pass 1: ordinals, statistics, norms and how many trigrams each doc holds.
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(name);
            if (terms == null) {
                continue;
            }
            TermsEnum it = terms.iterator();
            PostingsEnum docs = null;
            for (BytesRef term = it.next(); term != null; term = it.next()) {
                int ord = ordinals.computeIfAbsent(term.utf8ToString(), k -> ordinals.size());
                if (ord == docFreq.size()) {
                    docFreq.add(0);
                    totalFreq.add(0L);
                }
                docFreq.set(ord, docFreq.get(ord) + it.docFreq());
                totalFreq.set(ord, totalFreq.get(ord) + it.totalTermFreq());
                docs = it.postings(docs, PostingsEnum.NONE);
                for (int d = docs.nextDoc(); d != PostingsEnum.NO_MORE_DOCS; d = docs.nextDoc()) {
                    start[leaf.docBase + d + 1]++;
                }
            }
            NumericDocValues leafNorms = leaf.reader().getNormValues(name);
            for (int d = leafNorms == null ? PostingsEnum.NO_MORE_DOCS : leafNorms.nextDoc();
                 d != PostingsEnum.NO_MORE_DOCS; d = leafNorms.nextDoc()) {
                norms[leaf.docBase + d] = (byte) leafNorms.longValue();
            }
        }
        for (int d = 0; d < maxDoc; d++) {
            start[d + 1] += start[d];
        }
        // Pass 2: fill each doc's slice; terms come in order, so ordinals ascend within a doc.
        int[] next = Arrays.copyOf(start, maxDoc);
        int[] ords = new int[start[maxDoc]];
        int[] freqs = new int[start[maxDoc]];
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(name);
            if (terms == null) {
                continue;
            }
            TermsEnum it = terms.iterator();
            PostingsEnum docs = null;
            for (BytesRef term = it.next(); term != null; term = it.next()) {
                int ord = ordinals.get(term.utf8ToString());
                docs = it.postings(docs, PostingsEnum.FREQS);
                for (int d = docs.nextDoc(); d != PostingsEnum.NO_MORE_DOCS; d = docs.nextDoc()) {
                    int at = next[leaf.docBase + d]++;
                    ords[at] = ord;
                    freqs[at] = docs.freq();
                }
            }
        }
        if (searcher.getIndexReader().leaves().size() > 1) {
            sortSlices(start, ords, freqs); // a later segment may hold terms first seen in an earlier one
        }
        return new Field(stats, Map.copyOf(ordinals), docFreq.stream().mapToInt(Integer::intValue).toArray(),
                totalFreq.stream().mapToLong(Long::longValue).toArray(), start, ords, freqs, norms);
    }

    private static void sortSlices(int[] start, int[] ords, int[] freqs) {
        for (int d = 0; d + 1 < start.length; d++) {
            for (int i = start[d] + 1; i < start[d + 1]; i++) {
                for (int j = i; j > start[d] && ords[j - 1] > ords[j]; j--) {
                    int o = ords[j];
                    ords[j] = ords[j - 1];
                    ords[j - 1] = o;
                    int f = freqs[j];
                    freqs[j] = freqs[j - 1];
                    freqs[j - 1] = f;
                }
            }
        }
    }
}
