package dev.deskhand.kb.rank;

import java.util.List;

/** Fits the confidence model's logistic weights by gradient descent; used by {@code eval --calibrate}. */
public final class LogisticFit {

    /** One training example: the feature vector and whether the top hit was right. */
    public record Example(double[] x, boolean correct) {
    }

    private static final int ITERATIONS = 20_000;
    private static final double STEP = 0.5;

    private LogisticFit() {
    }

    public static double[] fit(List<Example> examples) {
        return fit(examples, new double[examples.get(0).x().length], 0, ITERATIONS);
    }

    /**
     * Fits starting from {@code prior} and pulled towards it with strength {@code lambda} (L2 on the difference):
     * a small sample can adjust a shared model without replacing it.
     */
    public static double[] fit(List<Example> examples, double[] prior, double lambda, int iterations) {
        int d = prior.length;
        double[] w = prior.clone();
        for (int it = 0; it < iterations; it++) {
            double[] gradient = new double[d];
            for (Example e : examples) {
                double z = 0;
                for (int j = 0; j < d; j++) {
                    z += w[j] * e.x()[j];
                }
                double error = 1 / (1 + Math.exp(-z)) - (e.correct() ? 1 : 0);
                for (int j = 0; j < d; j++) {
                    gradient[j] += error * e.x()[j];
                }
            }
            for (int j = 0; j < d; j++) {
                w[j] -= STEP * (gradient[j] / examples.size() + lambda * (w[j] - prior[j]));
            }
        }
        return w;
    }
}
