package dev.deskhand.kb;

import java.util.List;

/** Fits the confidence model's logistic weights by gradient descent; used by {@code eval --calibrate}. */
final class LogisticFit {

    /** One training example: the feature vector and whether the top hit was right. */
    record Example(double[] x, boolean correct) {
    }

    private static final int ITERATIONS = 20_000;
    private static final double STEP = 0.5;

    private LogisticFit() {
    }

    static double[] fit(List<Example> examples) {
        int d = examples.get(0).x().length;
        double[] w = new double[d];
        for (int it = 0; it < ITERATIONS; it++) {
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
                w[j] -= STEP * gradient[j] / examples.size();
            }
        }
        return w;
    }
}
