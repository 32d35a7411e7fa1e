package dev.deskhand.kb.rank;

import java.util.List;

/**
 * Turns what is known about the top hit into a confidence in [0,1]: a logistic model over the share of the query
 * the top article covers (whole, and best passage), the margin over the runner-up, the share of the best passage
 * the query covers, how close the best passage comes to the query itself, the share of unknown words and, when the
 * query's meaning is known, how close in meaning the top article is and by how much it leads. Queries with and
 * without meaning have their own weights. Fitted ({@code eval --calibrate}) on StackFAQ set A: each query with its
 * article in the index is a positive, the same query with its article left out is a negative. The value is
 * therefore the probability that the index holds an answer, under even prior odds.
 */
public final class ConfidenceModel {

    /**
     * At or above this the top hit is shown as the answer, unless a team sets its own ({@code KB_ANSWER_THRESHOLD},
     * chosen with {@code kb bar} from its agents' votes). Chosen on StackFAQ set A as the highest threshold that
     * declines at most 10% of answerable queries: withholding a right answer costs an agent more than showing a
     * marked "closest match".
     */
    public static final double ANSWER_THRESHOLD = 0.25;

    /** Share of held-out answerable questions each index's self-calibration declines (chosen on StackFAQ set A). */
    public static final double SELF_CALIBRATION_DECLINES = 0.10;

    /**
     * The inputs of the model for one query; {@code meaning} and {@code meaningMargin} count when understood;
     * {@code korean} marks a query analysed as Korean (ranked by words, with its own weights).
     */
    public record Features(double articleCoverage, double passageCoverage, double margin, double passagePrecision,
                    double passageCloseness, double unknownShare, boolean understood, double meaning,
                    double meaningMargin, boolean korean) {

        static final Features NONE = new Features(0, 0, 0, 0, 0, 1, false, 0, 0, false);

        /** Which weights score these features: {@link #MEANING_FEATURES}, {@link #KOREAN} or {@link #WORD_FEATURES}. */
        public int kind() {
            return understood ? MEANING_FEATURES : korean ? KOREAN : WORD_FEATURES;
        }

        public double[] vector() {
            return understood
                    ? new double[] {1, articleCoverage, passageCoverage, margin, passagePrecision, passageCloseness,
                        unknownShare, meaning, meaningMargin}
                    : new double[] {1, articleCoverage, passageCoverage, margin, passagePrecision, passageCloseness,
                        unknownShare};
        }
    }

    public static final int WORD_FEATURES = 7;
    public static final int MEANING_FEATURES = 9;
    /** The kind of Korean queries: the word features ({@link #WORD_FEATURES} long) under their own weights. */
    public static final int KOREAN = 1007;

    private final double[] words;
    private final double[] meaning;
    private final double[] korean;
    private final double threshold;

    ConfidenceModel(double[] words, double[] meaning, double[] korean) {
        this(words, meaning, korean, ANSWER_THRESHOLD);
    }

    private ConfidenceModel(double[] words, double[] meaning, double[] korean, double threshold) {
        this.words = words.clone();
        this.meaning = meaning.clone();
        this.korean = korean.clone();
        this.threshold = threshold;
    }

    /** The confidence at or above which the top hit is shown as the answer. */
    public double threshold() {
        return threshold;
    }

    /** The same weights with another answer threshold. */
    public ConfidenceModel withThreshold(double bar) {
        return new ConfidenceModel(words, meaning, korean, bar);
    }

    /** A model from weights kept elsewhere (a persisted self-calibration), with the default bar. */
    public static ConfidenceModel of(double[] words, double[] meaning) {
        if (words.length != WORD_FEATURES || meaning.length != MEANING_FEATURES) {
            throw new IllegalArgumentException("expected " + WORD_FEATURES + " word and " + MEANING_FEATURES
                    + " meaning weights, got " + words.length + " and " + meaning.length);
        }
        return new ConfidenceModel(words, meaning, KOREAN_WEIGHTS);
    }

    /** The word weights (bias first), for keeping a calibration on disk. */
    public double[] wordWeights() {
        return weights(WORD_FEATURES);
    }

    /** The meaning weights (bias first), for keeping a calibration on disk. */
    public double[] meaningWeights() {
        return weights(MEANING_FEATURES);
    }

    public static ConfidenceModel standard() {
        return new ConfidenceModel(new double[] {-2.496, 0.037, 0.878, 5.619, 2.006, 1.522, -0.637},
                new double[] {-9.335, 0.808, -0.345, 6.393, -0.061, 0.053, 1.318, 13.520, -2.636},
                KOREAN_WEIGHTS);
    }

    /**
     * Korean queries' weights, fitted with {@code eval --calibrate --l2 0.01} on the fit split of the Korean tuning
     * set (answerable messages against out-of-scope ones), then the bias moved by -0.857 so that the shared threshold
     * sits where 0.44 sat under the fit: 8.5% of the fit split's answerable messages declined, 82% of its
     * out-of-scope ones. The word weights fitted on English StackFAQ questions let Korean chit-chat
     * through (a one-word match on a long Korean article looks sure), and self-calibration's held-out titles do not
     * look like real messages; real Korean messages do.
     */
    private static final double[] KOREAN_WEIGHTS = {-1.731, 2.269, 0.537, 0.354, 0.390, 0.864, -2.018};

    public double probability(Features f) {
        return probability(f.kind(), f.vector());
    }

    /** The probability for a vector of word ({@link #WORD_FEATURES} long) or meaning features. */
    public double probability(double[] x) {
        return probability(x.length, x);
    }

    public double probability(int kind, double[] x) {
        return 1 / (1 + Math.exp(-logit(kind, x)));
    }

    double logit(double[] x) {
        return logit(x.length, x);
    }

    double logit(int kind, double[] x) {
        double[] w = weights(kind);
        double z = 0;
        for (int i = 0; i < x.length; i++) {
            z += w[i] * x[i];
        }
        return z;
    }

    /** The weights of one kind ({@link #WORD_FEATURES}, {@link #MEANING_FEATURES} or {@link #KOREAN}). */
    double[] weights(int kind) {
        return (kind == MEANING_FEATURES ? meaning : kind == KOREAN ? korean : words).clone();
    }

    /** The same model with the weights of one kind replaced. */
    public ConfidenceModel with(int kind, double[] weights) {
        return kind == MEANING_FEATURES ? new ConfidenceModel(words, weights, korean, threshold)
                : kind == KOREAN ? new ConfidenceModel(words, meaning, weights, threshold)
                : new ConfidenceModel(weights, meaning, korean, threshold);
    }

    /** The same model with every log-odds for vectors of {@code length} moved by {@code delta}. */
    ConfidenceModel shifted(int length, double delta) {
        double[] moved = weights(length);
        moved[0] += delta;
        return with(length, moved);
    }

    static double margin(List<Candidate> ranked) {
        if (ranked.isEmpty() || ranked.get(0).score() <= 0) {
            return 0;
        }
        double second = ranked.size() > 1 ? ranked.get(1).score() : 0;
        return (ranked.get(0).score() - second) / ranked.get(0).score();
    }

    /** How far the top article's meaning leads the closest other candidate's. */
    static double meaningMargin(List<Candidate> ranked) {
        if (ranked.isEmpty()) {
            return 0;
        }
        double others = 0;
        for (int i = 1; i < ranked.size(); i++) {
            others = Math.max(others, ranked.get(i).meaning());
        }
        return ranked.get(0).meaning() - others;
    }
}
