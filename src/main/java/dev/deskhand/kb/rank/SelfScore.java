package dev.deskhand.kb.rank;

import dev.deskhand.kb.index.Fields;
import dev.deskhand.kb.index.IndexSnapshot;
import dev.deskhand.kb.index.SynonymExpander;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * The score the best passage a query could meet would get: the query itself, as a passage, scored with the index's
 * BM25 statistics. The best passage's score over this says how close the nearest line comes to the question,
 * comparably across queries; a word the index has never seen counts as the rarest, so the ratio drops for junk and
 * unknown words.
 */
final class SelfScore {

    /**
     * Each term's document and total frequency in one index: every query word costs two term-dictionary seeks per
     * segment otherwise, and the same words come back in question after question.
     */
    private final PerIndex<org.apache.lucene.index.Term, long[]> termStats = new PerIndex<>(16_384);

    double of(IndexSnapshot snapshot, QueryAnalysis analysis, float gramWeight) {
        try {
            return of(snapshot, Fields.PASSAGE_TEXT + analysis.suffix(), analysis.groups(), 1f, false)
                    + of(snapshot, Fields.PASSAGE_TEXT + analysis.gramSuffix(), analysis.grams(), gramWeight, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long[] stats(IndexSnapshot snapshot, org.apache.lucene.index.Term term) {
        return termStats.get(snapshot, term, t -> {
            try {
                return new long[] {snapshot.reader.docFreq(t), snapshot.reader.totalTermFreq(t)};
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private double of(IndexSnapshot snapshot, String field, List<Set<String>> groups, float boost,
                                    boolean grams) throws IOException {
        org.apache.lucene.search.CollectionStatistics stats = snapshot.searcher.collectionStatistics(field);
        if (stats == null || groups.isEmpty()) {
            return 0;
        }
        int length = 0;
        for (Set<String> g : groups) {
            length += grams ? g.size() : 1;
        }
        long norm = org.apache.lucene.util.SmallFloat.intToByte4(length);
        double score = 0;
        for (Set<String> group : groups) {
            long docFreq = 1;
            long totalFreq = 1;
            String first = null;
            for (String term : group) {
                if (term.contains(SynonymExpander.PHRASE_SEPARATOR)) {
                    continue;
                }
                first = first == null ? term : first;
                long[] seen = stats(snapshot, new org.apache.lucene.index.Term(field, term));
                docFreq = Math.max(docFreq, seen[0]);
                totalFreq += seen[1];
            }
            if (first == null) {
                continue;
            }
            var scorer = snapshot.searcher.getSimilarity().scorer(boost, stats,
                    new org.apache.lucene.search.TermStatistics(new org.apache.lucene.util.BytesRef(first), docFreq,
                            Math.max(docFreq, totalFreq)));
            score += scorer.score(grams ? group.size() : 1, norm);
        }
        return score;
    }
}
