package dev.deskhand.kb.rank;

import java.util.List;

/**
 * Candidates best first, with what the confidence needs to know about them.
 *
 * @param byMeaning whether meaning took part in the order (and so in the confidence), not words alone
 */
public record Ranking(QueryAnalysis analysis, List<Candidate> candidates, int totalHits, boolean byMeaning) {

    static Ranking none(QueryAnalysis analysis) {
        return new Ranking(analysis, List.of(), 0, false);
    }
}
