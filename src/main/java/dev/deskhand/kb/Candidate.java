package dev.deskhand.kb;

/**
 * An article competing for a place in the results.
 *
 * @param passageDoc the Lucene doc id of its best passage, or -1 when no passage matched
 * @param sectionDoc the doc id of the playbook section passage the hit should point at, or -1
 * @param coverage   how much of the query it covers (computed for the top candidates only)
 */
record Candidate(String id, double score, double articleScore, double passageScore, int passageDoc,
                 int sectionDoc, Coverage.Shares coverage) {

    Candidate withScore(double newScore) {
        return new Candidate(id, newScore, articleScore, passageScore, passageDoc, sectionDoc, coverage);
    }

    Candidate withCoverage(Coverage.Shares shares) {
        return new Candidate(id, score, articleScore, passageScore, passageDoc, sectionDoc, shares);
    }
}
