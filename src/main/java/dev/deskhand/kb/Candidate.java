package dev.deskhand.kb;

/**
 * An article competing for a place in the results.
 *
 * @param passageDoc the Lucene doc id of its best passage, or -1 when no passage matched
 */
record Candidate(String id, double score, double articleScore, double passageScore, int passageDoc) {
}
