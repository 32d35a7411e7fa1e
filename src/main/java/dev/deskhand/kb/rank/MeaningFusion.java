package dev.deskhand.kb.rank;

import dev.deskhand.kb.index.IndexSnapshot;
import dev.deskhand.kb.index.PassageVectors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Joins ranking by words with ranking by meaning. Word scores are divided by the best one, so they say "how good
 * compared with the best word match" on the same 0–1 scale as a cosine; each article then adds its closest
 * passage's similarity times a weight. Articles close in meaning that share no word with the query join the
 * candidates, unless the query has filters or phrases, which only words can honour.
 */
final class MeaningFusion {

    /** Weight of meaning against words; 3–5 were all within 0.6 points R@1 on StackFAQ set A, words alone 0.786. */
    static final double WEIGHT = 4;
    /** Articles added by meaning alone; beyond the first few they never reach the top. */
    static final int ADDED = 10;
    /**
     * Share of an article's second-closest passage in the meaning it ranks by (the closest has the rest): one stray
     * line close to the question weighs a little less than two lines close to it. Ranking only; confidence still
     * reads the closest passage, as its weights were fitted. Chosen on StackFAQ set A, HINT3 train and the starter
     * tuning set's fit side: 0.1–0.2 all gained, 0.3 lost (docs/relevance.md, "Ninth round").
     */
    static final double SECOND = 0.15;

    private static final Comparator<Candidate> BEST_FIRST =
            Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::id);

    private MeaningFusion() {
    }

    static List<Candidate> fuse(IndexSnapshot snapshot, List<Candidate> byWords, float[] query, Set<String> excluded,
                                boolean mayAdd) {
        PassageVectors.Scan closest = snapshot.vectors.scan(query);
        double top = byWords.stream().mapToDouble(Candidate::score).max().orElse(0);
        List<Candidate> fused = new ArrayList<>(byWords.size() + ADDED);
        Set<String> seen = new HashSet<>();
        for (Candidate c : byWords) {
            Optional<PassageVectors.Closest> near = closest.of(c.id());
            double similarity = similarity(near);
            double words = top > 0 ? c.score() / top : 0;
            fused.add(c.fused(words + WEIGHT * ranking(near), similarity));
            seen.add(c.id());
        }
        if (mayAdd) {
            for (String id : closest.top(ADDED, id -> seen.contains(id) || excluded.contains(id))) {
                PassageVectors.Closest c = closest.of(id).orElseThrow();
                double similarity = similarity(Optional.of(c));
                fused.add(Candidate.byMeaning(id, WEIGHT * ranking(Optional.of(c)), c.doc(),
                        snapshot.isSection(c.doc()) ? c.doc() : -1, similarity));
            }
        }
        fused.sort(BEST_FIRST);
        return fused;
    }

    /** The meaning an article ranks by; an article with one encoded passage counts it as its second too. */
    private static double ranking(Optional<PassageVectors.Closest> closest) {
        return closest.map(c -> Math.max(0, (1 - SECOND) * c.similarity() + SECOND * c.second())).orElse(0.0);
    }

    private static double similarity(Optional<PassageVectors.Closest> closest) {
        return closest.map(c -> Math.max(0, c.similarity())).orElse(0.0);
    }
}
