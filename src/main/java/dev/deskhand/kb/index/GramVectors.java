package dev.deskhand.kb.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.function.BiFunction;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
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
 *
 * <p>Inverted per segment and kept with the segment's other tables ({@link SegmentTables}): a segment never changes
 * once written, so after an edit only the edited article's new segment is inverted. A term's statistics are the sums
 * over segments, deleted documents included, exactly as Lucene's own (a deleted document is never a candidate).
 */
public final class GramVectors {

    /**
     * One field of one segment: per doc (segment-local) a slice [start[doc], start[doc+1]) of the segment's term
     * ordinals (ascending) and their frequencies; deleted documents included.
     */
    record Segment(Map<String, Integer> ordinals, int[] docFreq, long[] totalFreq, int[] start, int[] ords,
                   int[] freqs, byte[] norms) {
    }

    /** One field: its statistics over the whole index and each leaf's segment (null where a leaf lacks it). */
    private record Field(CollectionStatistics stats, Segment[] segments) {
    }

    private final Map<String, Field> fields = new HashMap<>();
    private final List<LeafReaderContext> leaves;
    private final Similarity similarity;

    /** Inverts every segment afresh (an index in memory, or a test). */
    GramVectors(IndexSearcher searcher, Similarity similarity, List<String> fieldNames) {
        this(searcher, similarity, fieldNames, (leaf, name) -> invert(leaf.reader(), name));
    }

    /** @param segments a segment's inverted field, from a cache that outlives this snapshot (may be null) */
    GramVectors(IndexSearcher searcher, Similarity similarity, List<String> fieldNames,
                BiFunction<LeafReaderContext, String, Segment> segments) {
        this.similarity = similarity;
        this.leaves = searcher.getIndexReader().leaves();
        try {
            for (String name : fieldNames) {
                CollectionStatistics stats = searcher.collectionStatistics(name);
                if (stats != null) {
                    Segment[] perLeaf = new Segment[leaves.size()];
                    for (int i = 0; i < perLeaf.length; i++) {
                        perLeaf[i] = segments.apply(leaves.get(i), name);
                    }
                    fields.put(name, new Field(stats, perLeaf));
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
        Segment[] segments = f.segments();
        Similarity.SimScorer[] scorers = new Similarity.SimScorer[groups.size()];
        boolean anyGroup = false;
        int g = 0;
        for (Set<String> group : groups) {
            // The same pseudo-statistics a synonym query uses: the group is as rare as its most common trigram.
            int docFreq = 0;
            long totalFreq = 0;
            boolean any = false;
            for (String gram : group) {
                int gramDocFreq = 0;
                for (Segment s : segments) {
                    Integer o = s == null ? null : s.ordinals().get(gram);
                    if (o != null) {
                        any = true;
                        gramDocFreq += s.docFreq()[o];
                        totalFreq += s.totalFreq()[o];
                    }
                }
                docFreq = Math.max(docFreq, gramDocFreq);
            }
            if (any) {
                anyGroup = true;
                scorers[g] = similarity.scorer(boost, f.stats(),
                        new TermStatistics(new BytesRef(group.iterator().next()), docFreq, totalFreq));
            }
            g++;
        }
        if (!anyGroup) {
            return scores;
        }
        // Per segment (when a candidate is in it): the groups that hold each query trigram, and a bitset of those
        // trigrams, so every candidate's slice is scanned once instead of once per group.
        long[][] wanted = new long[segments.length][];
        List<Map<Integer, int[]>> groupsOf = new ArrayList<>(java.util.Collections.nCopies(segments.length, null));
        int[] freq = new int[groups.size()];
        for (int i = 0; i < docs.length; i++) {
            int leaf = ReaderUtil.subIndex(docs[i], leaves);
            Segment s = segments[leaf];
            if (s == null) {
                continue;
            }
            if (wanted[leaf] == null) {
                wanted[leaf] = new long[(s.docFreq().length + 63) >>> 6];
                groupsOf.set(leaf, groupsOf(s, groups, wanted[leaf]));
            }
            long[] want = wanted[leaf];
            Map<Integer, int[]> holders = groupsOf.get(leaf);
            int doc = docs[i] - leaves.get(leaf).docBase;
            Arrays.fill(freq, 0);
            for (int at = s.start()[doc], to = s.start()[doc + 1]; at < to; at++) {
                int o = s.ords()[at];
                if ((want[o >>> 6] & (1L << o)) != 0) {
                    for (int in : holders.get(o)) {
                        freq[in] += s.freqs()[at];
                    }
                }
            }
            // Summed group by group, in the groups' order, as a query over the groups would.
            for (int k = 0; k < freq.length; k++) {
                if (freq[k] > 0) {
                    scores[i] += scorers[k].score(freq[k], s.norms()[doc]);
                }
            }
        }
        return scores;
    }

    private static Map<Integer, int[]> groupsOf(Segment s, List<Set<String>> groups, long[] wanted) {
        Map<Integer, int[]> groupsOf = new HashMap<>();
        int g = 0;
        for (Set<String> group : groups) {
            for (String gram : group) {
                Integer o = s.ordinals().get(gram);
                if (o == null) {
                    continue;
                }
                wanted[o >>> 6] |= 1L << o;
                int at = g;
                groupsOf.merge(o, new int[] {at}, (a, b) -> {
                    int[] both = Arrays.copyOf(a, a.length + 1);
                    both[a.length] = at;
                    return both;
                });
            }
            g++;
        }
        return groupsOf;
    }

    /** One segment's field turned around; null when no document of the segment has the field. */
    static Segment invert(LeafReader reader, String name) {
        try {
            Terms terms = reader.terms(name);
            if (terms == null) {
                return null;
            }
            int maxDoc = reader.maxDoc();
            Map<String, Integer> ordinals = new HashMap<>();
            List<Integer> docFreq = new ArrayList<>();
            List<Long> totalFreq = new ArrayList<>();
            byte[] norms = new byte[maxDoc];
            int[] start = new int[maxDoc + 1];
            // Pass 1: ordinals, statistics, norms and how many trigrams each doc holds.
            TermsEnum it = terms.iterator();
            PostingsEnum docs = null;
            for (BytesRef term = it.next(); term != null; term = it.next()) {
                ordinals.put(term.utf8ToString(), ordinals.size());
                docFreq.add(it.docFreq());
                totalFreq.add(it.totalTermFreq());
                docs = it.postings(docs, PostingsEnum.NONE);
                for (int d = docs.nextDoc(); d != PostingsEnum.NO_MORE_DOCS; d = docs.nextDoc()) {
                    start[d + 1]++;
                }
            }
            NumericDocValues leafNorms = reader.getNormValues(name);
            for (int d = leafNorms == null ? PostingsEnum.NO_MORE_DOCS : leafNorms.nextDoc();
                 d != PostingsEnum.NO_MORE_DOCS; d = leafNorms.nextDoc()) {
                norms[d] = (byte) leafNorms.longValue();
            }
            for (int d = 0; d < maxDoc; d++) {
                start[d + 1] += start[d];
            }
            // Pass 2: fill each doc's slice; terms come in order, so ordinals ascend within a doc.
            int[] next = Arrays.copyOf(start, maxDoc);
            int[] ords = new int[start[maxDoc]];
            int[] freqs = new int[start[maxDoc]];
            it = terms.iterator();
            int ord = 0;
            for (BytesRef term = it.next(); term != null; term = it.next(), ord++) {
                docs = it.postings(docs, PostingsEnum.FREQS);
                for (int d = docs.nextDoc(); d != PostingsEnum.NO_MORE_DOCS; d = docs.nextDoc()) {
                    int at = next[d]++;
                    ords[at] = ord;
                    freqs[at] = docs.freq();
                }
            }
            return new Segment(Map.copyOf(ordinals), docFreq.stream().mapToInt(Integer::intValue).toArray(),
                    totalFreq.stream().mapToLong(Long::longValue).toArray(), start, ords, freqs, norms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
