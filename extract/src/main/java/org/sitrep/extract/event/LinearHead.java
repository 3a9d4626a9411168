package org.sitrep.extract.event;

import java.util.List;

/**
 * A multinomial logistic-regression head over a feature vector: one weight row per class but the last, which is the
 * reference class (score 0), and the bias in each row's last cell — the layout Smile's trainer produces, so the
 * shipped weights are applied exactly as they were fitted.
 *
 * @param labels  the classes, in the order of the probabilities {@link #probabilities} returns
 * @param weights {@code labels.size() - 1} rows of {@code features + 1} numbers
 */
public record LinearHead(List<String> labels, double[][] weights) {

    public LinearHead {
        labels = List.copyOf(labels);
        if (weights.length != labels.size() - 1) {
            throw new IllegalArgumentException(weights.length + " weight rows for " + labels.size() + " labels");
        }
    }

    /** Number of features each input must have. */
    public int features() {
        return weights[0].length - 1;
    }

    /** The probability of each class for features {@code x}. */
    public double[] probabilities(double[] x) {
        if (x.length != features()) {
            throw new IllegalArgumentException(x.length + " features; the head reads " + features());
        }
        int k = labels.size();
        double[] z = new double[k];
        double max = 0; // the reference class scores 0
        for (int c = 0; c < k - 1; c++) {
            double[] w = weights[c];
            double sum = w[w.length - 1];
            for (int j = 0; j < x.length; j++) {
                sum += w[j] * x[j];
            }
            z[c] = sum;
            max = Math.max(max, sum);
        }
        double total = 0;
        for (int c = 0; c < k; c++) {
            z[c] = Math.exp(z[c] - max);
            total += z[c];
        }
        for (int c = 0; c < k; c++) {
            z[c] /= total;
        }
        return z;
    }

    /** The index of the most probable class in {@code probabilities}. */
    public static int argmax(double[] probabilities) {
        int best = 0;
        for (int c = 1; c < probabilities.length; c++) {
            if (probabilities[c] > probabilities[best]) {
                best = c;
            }
        }
        return best;
    }
}
