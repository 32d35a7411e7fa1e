package dev.deskhand.kb.index;

/**
 * Every number the ranking depends on, in one place. The defaults were chosen on StackFAQ set A only (see
 * docs/relevance.md); the other evaluation sets were not used to pick them.
 *
 * @param k1             BM25 term-frequency saturation
 * @param b              BM25 length normalisation
 * @param titleWeight    weight of the title against the body (1)
 * @param aliasWeight    weight of the aliases
 * @param tagWeight      weight of the tags
 * @param fieldTie       how much the fields other than the best one add for a query word (0 = best field only,
 *                       1 = plain sum)
 * @param passageWeight  weight of the passage scores added to the whole article's score
 * @param passageDecay   the best passage counts fully, the next ones times decay, decay², … (0 = best only)
 * @param stemmer        English stemming
 * @param stopWords      English stop words
 * @param gramWeight     share of the English trigram field (0 = off); Korean bigrams always count fully
 * @param articleDepth   how many whole-article hits (ranked by their words) go on to the second stage, where their
 *                       passages and character grams are scored
 */
public record RankingParameters(float k1, float b, float titleWeight, float aliasWeight, float tagWeight, float fieldTie,
                         float passageWeight, float passageDecay, KbAnalyzers.Stemmer stemmer,
                         KbAnalyzers.StopWords stopWords, float gramWeight, int articleDepth) {

    public static final RankingParameters DEFAULT =
            new RankingParameters(1.2f, 0.75f, 3f, 3f, 2f, 1f, 1f, 0.5f, KbAnalyzers.Stemmer.PORTER,
                    KbAnalyzers.StopWords.SNOWBALL_KEEP_MEANING, 0.25f, 30);
}
