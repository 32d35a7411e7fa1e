package dev.deskhand.kb.rank;

/**
 * An article competing for a place in the results.
 *
 * @param passageDoc the Lucene doc id of its best passage, or -1 when no passage matched
 * @param sectionDoc the doc id of the playbook section passage the hit should point at, or -1
 * @param coverage   how much of the query it covers (computed for the top candidates only)
 * @param meaning    cosine similarity of the query to the article's closest question-like passage, 0 when unknown
 */
public record Candidate(String id, double score, double articleScore, double passageScore, int passageDoc,
                 int sectionDoc, Coverage.Shares coverage, double meaning) {

    /** A candidate found by meaning alone: no word of the query scored for it. */
    static Candidate byMeaning(String id, double score, int passageDoc, int sectionDoc, double meaning) {
        return new Candidate(id, score, 0, 0, passageDoc, sectionDoc, Coverage.Shares.NONE, meaning);
    }

    Candidate fused(double newScore, double similarity) {
        return new Candidate(id, newScore, articleScore, passageScore, passageDoc, sectionDoc, coverage, similarity);
    }
}
