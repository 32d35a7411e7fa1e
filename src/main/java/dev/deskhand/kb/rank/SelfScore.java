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

    private SelfScore() {
    }

    static double of(IndexSnapshot snapshot, QueryAnalysis analysis, float gramWeight) {
        try {
            return of(snapshot, Fields.PASSAGE_TEXT + analysis.suffix(), analysis.groups(), 1f, false)
                    + of(snapshot, Fields.PASSAGE_TEXT + analysis.gramSuffix(), analysis.grams(), gramWeight, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double of(IndexSnapshot snapshot, String field, List<Set<String>> groups, float boost,
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
                org.apache.lucene.index.Term t = new org.apache.lucene.index.Term(field, term);
                docFreq = Math.max(docFreq, snapshot.reader.docFreq(t));
                totalFreq += snapshot.reader.totalTermFreq(t);
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
