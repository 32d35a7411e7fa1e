package dev.deskhand.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    private static final Comparator<Candidate> BEST_FIRST =
            Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::id);

    private MeaningFusion() {
    }

    static List<Candidate> fuse(IndexSnapshot snapshot, List<Candidate> byWords, float[] query, Set<String> excluded,
                                boolean mayAdd) {
        Map<String, PassageVectors.Closest> closest = snapshot.vectors.closest(query, excluded);
        double top = byWords.stream().mapToDouble(Candidate::score).max().orElse(0);
        List<Candidate> fused = new ArrayList<>(byWords.size() + ADDED);
        Set<String> seen = new HashSet<>();
        for (Candidate c : byWords) {
            double similarity = similarity(closest.get(c.id()));
            double words = top > 0 ? c.score() / top : 0;
            fused.add(c.fused(words + WEIGHT * similarity, similarity));
            seen.add(c.id());
        }
        if (mayAdd) {
            closest.entrySet().stream()
                    .filter(e -> !seen.contains(e.getKey()))
                    .sorted(Map.Entry.<String, PassageVectors.Closest>comparingByValue(
                            Comparator.comparingDouble(PassageVectors.Closest::similarity)).reversed()
                            .thenComparing(Map.Entry::getKey))
                    .limit(ADDED)
                    .forEach(e -> {
                        double similarity = similarity(e.getValue());
                        int doc = e.getValue().doc();
                        fused.add(Candidate.byMeaning(e.getKey(), WEIGHT * similarity, doc,
                                snapshot.isSection(doc) ? doc : -1, similarity));
                    });
        }
        fused.sort(BEST_FIRST);
        return fused;
    }

    private static double similarity(PassageVectors.Closest closest) {
        return closest == null ? 0 : Math.max(0, closest.similarity());
    }
}
