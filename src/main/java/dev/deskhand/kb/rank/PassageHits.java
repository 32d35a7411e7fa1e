package dev.deskhand.kb.rank;

import dev.deskhand.kb.index.IndexSnapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scored passages of the candidate articles, grouped by article. An article's passage score is its best
 * passage plus each next one times a decay (best ×1, next ×decay, ×decay², …): one passage that matches the query
 * well counts most, several that match add up without letting a long article win by length alone.
 */
final class PassageHits {

    /** A playbook hit points at its best section when that section scores at least this share of the best passage. */
    private static final double SECTION_SHARE = 0.5;

    private record Scored(int doc, float score) {
    }

    private final IndexSnapshot snapshot;
    private final Map<String, List<Scored>> byArticle = new HashMap<>();

    PassageHits(IndexSnapshot snapshot, int[] docs, float[] scores) {
        this.snapshot = snapshot;
        for (int i = 0; i < docs.length; i++) {
            if (scores[i] > 0) {
                byArticle.computeIfAbsent(snapshot.articleId(docs[i]), k -> new ArrayList<>())
                        .add(new Scored(docs[i], scores[i]));
            }
        }
    }

    Candidate candidate(String id, double articleScore, double passageWeight, double decay) {
        List<Scored> own = byArticle.getOrDefault(id, List.of());
        if (own.isEmpty()) {
            return new Candidate(id, articleScore, articleScore, 0, -1, -1, Coverage.Shares.NONE, 0);
        }
        // Best first; equal scores keep doc order so the result never depends on hash order.
        own.sort((x, y) -> x.score() != y.score() ? Float.compare(y.score(), x.score())
                : Integer.compare(x.doc(), y.doc()));
        double sum = 0;
        double weight = 1;
        Scored bestSection = null;
        for (Scored s : own) {
            sum += weight * s.score();
            weight *= decay;
            if (bestSection == null && snapshot.isSection(s.doc())) {
                bestSection = s;
            }
        }
        Scored best = own.get(0);
        // Point at a section only when it is about as good a match as the best passage of the article.
        int section = bestSection != null && bestSection.score() >= SECTION_SHARE * best.score() ? bestSection.doc() : -1;
        return new Candidate(id, articleScore + passageWeight * sum, articleScore, best.score(), best.doc(), section,
                Coverage.Shares.NONE, 0);
    }
}
