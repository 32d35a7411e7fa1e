package dev.deskhand.kb;

import java.util.List;

/**
 * Turns what is known about the top hit into a confidence in [0,1]: a logistic model over the share of the query
 * the top article covers (whole, and best passage), the margin over the runner-up, and the share of the best
 * passage the query covers. Fitted ({@code eval --calibrate}) on StackFAQ set A: each query with its article in the
 * index is a positive, the same query with its article left out is a negative. The value is therefore the
 * probability that the index holds an answer, under even prior odds.
 */
final class ConfidenceModel {

    /**
     * At or above this the top hit is shown as the answer. Chosen on StackFAQ set A as the highest threshold that
     * declines at most 10% of answerable queries: withholding a right answer costs an agent more than showing a
     * marked "closest match".
     */
    static final double ANSWER_THRESHOLD = 0.25;

    /** The inputs of the model for one query. */
    record Features(double articleCoverage, double passageCoverage, double margin, double passagePrecision) {

        static final Features NONE = new Features(0, 0, 0, 0);

        double[] vector() {
            return new double[] {1, articleCoverage, passageCoverage, margin, passagePrecision};
        }
    }

    private final double[] weights;

    ConfidenceModel(double[] weights) {
        this.weights = weights.clone();
    }

    static ConfidenceModel standard() {
        return new ConfidenceModel(new double[] {-2.418, 0.068, 1.859, 5.825, 2.097});
    }

    double probability(Features f) {
        return probability(f.vector());
    }

    double probability(double[] x) {
        double z = 0;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    static double margin(List<Candidate> ranked) {
        if (ranked.isEmpty() || ranked.get(0).score() <= 0) {
            return 0;
        }
        double second = ranked.size() > 1 ? ranked.get(1).score() : 0;
        return (ranked.get(0).score() - second) / ranked.get(0).score();
    }
}
