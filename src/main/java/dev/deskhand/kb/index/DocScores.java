package dev.deskhand.kb.index;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Scores a query on a given set of documents only. The second ranking stage needs scores for a few hundred
 * passages of the candidate articles; jumping to each of them costs far less than searching every passage of the
 * index for the best few hundred.
 */
public final class DocScores {

    private DocScores() {
    }

    /** Scores of {@code docs} (ascending, no duplicates) in the same order; 0 where the query does not match. */
    public static float[] of(IndexSearcher searcher, Query query, int[] docs) throws IOException {
        float[] scores = new float[docs.length];
        if (docs.length == 0) {
            return scores;
        }
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
        int i = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int end = leaf.docBase + leaf.reader().maxDoc();
            Scorer scorer = i < docs.length && docs[i] < end ? weight.scorer(leaf) : null;
            if (scorer == null) {
                while (i < docs.length && docs[i] < end) {
                    i++;
                }
                continue;
            }
            TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
            DocIdSetIterator it = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
            for (; i < docs.length && docs[i] < end; i++) {
                int target = docs[i] - leaf.docBase;
                int at = it.docID() < target ? it.advance(target) : it.docID();
                if (at == target && (twoPhase == null || twoPhase.matches())) {
                    scores[i] = scorer.score();
                }
            }
        }
        return scores;
    }
}
