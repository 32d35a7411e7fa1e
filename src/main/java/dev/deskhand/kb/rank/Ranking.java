package dev.deskhand.kb.rank;

import java.util.List;

/** Candidates best first, with what the confidence needs to know about them. */
public record Ranking(QueryAnalysis analysis, List<Candidate> candidates, int totalHits) {

    static Ranking none(QueryAnalysis analysis) {
        return new Ranking(analysis, List.of(), 0);
    }
}
