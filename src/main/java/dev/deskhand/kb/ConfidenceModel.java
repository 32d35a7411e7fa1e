package dev.deskhand.kb;

import java.util.List;

/**
 * Turns what is known about the top hit into the probability that it answers the query: a logistic model over
 * query coverage (whole article and best passage) and the margin over the runner-up. The coefficients were fitted
 * on StackFAQ set A, with out-of-scope queries simulated by leaving each query's own article out of the index.
 */
final class ConfidenceModel {

    /** At or above this probability the top hit is shown as the answer. */
    static final double ANSWER_THRESHOLD = 0.5;

    /** The inputs of the model for one query. */
    record Features(double articleCoverage, double passageCoverage, double margin) {

        double[] vector() {
            return new double[] {1, articleCoverage, passageCoverage, margin};
        }
    }

    private final double[] weights;

    ConfidenceModel(double[] weights) {
        this.weights = weights.clone();
    }

    static ConfidenceModel standard() {
        return new ConfidenceModel(new double[] {-6, 3, 5, 3});
    }

    double probability(Features f) {
        double[] x = f.vector();
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
