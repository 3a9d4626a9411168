package org.sitrep.screen;

import org.sitrep.screen.data.TsvResource;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The weights of the screening score, read from {@code scoring.tsv} (feature, weight, description): the fitted
 * name weights and the documented amounts by which birth date, nationality, kind of party and weak aliases move the
 * log-odds. One table, so that what moves a score, and by how much, is read in one place; the name weights' log-odds
 * pass through the isotonic {@link Calibration} ({@code calibration.tsv}) before the other facts are added.
 *
 * <p>Immutable; may be shared between threads.
 */
public final class ScoringTable {

    /** One weight with its description. */
    public record Weight(String feature, double weight, String description) {
    }

    private static final ScoringTable STANDARD = new ScoringTable(read(), Calibration.standard());

    private final Map<String, Weight> weights;
    private final Calibration calibration;

    private ScoringTable(Map<String, Weight> weights, Calibration calibration) {
        this.weights = Map.copyOf(weights);
        this.calibration = calibration;
    }

    /** The project's table. */
    public static ScoringTable standard() {
        return STANDARD;
    }

    /** The fitted name weights, in the order of {@link #nameFeatures}, then the intercept. */
    public static final java.util.List<String> NAME_WEIGHTS = java.util.List.of("name", "name_above_0.8",
            "name_exact", "coverage", "org_conflict", "intercept");

    /**
     * The features the name weights multiply: the name score, its excess over 0.8 (so the fitted log-odds may bend
     * where a near-exact name starts to say much more than a fair one), whether every word agrees in
     * full (a spelling slip away is much weaker evidence than no slip at all), the coverage, and whether two
     * organisations' names both have words left over ("Kestrel Shipping" and "Kestrel Trading" are sister companies;
     * one name inside the other is left to the coverage, as a trading name often drops a word).
     */
    public static double[] nameFeatures(double nameScore, double coverage, boolean orgConflict) {
        return new double[] {nameScore, Math.max(0, nameScore - 0.8), nameScore >= 0.999 ? 1 : 0, coverage,
                orgConflict ? 1 : 0};
    }

    /** The same table with the name weights replaced (a refit under evaluation), in {@link #NAME_WEIGHTS} order. */
    public ScoringTable withNameWeights(double[] fitted) {
        Map<String, Weight> w = new LinkedHashMap<>(weights);
        for (int i = 0; i < NAME_WEIGHTS.size(); i++) {
            String f = NAME_WEIGHTS.get(i);
            w.put(f, new Weight(f, fitted[i], weights.get(f).description()));
        }
        return new ScoringTable(w, calibration);
    }

    /** The same weights with another calibration ({@link Calibration#identity()}: the scores before calibration). */
    public ScoringTable withCalibration(Calibration replaced) {
        return new ScoringTable(weights, replaced);
    }

    public Calibration calibration() {
        return calibration;
    }

    /** The weight of a feature the table must have. */
    public double weight(String feature) {
        Weight w = weights.get(feature);
        if (w == null) {
            throw new IllegalStateException("scoring.tsv has no weight for " + feature);
        }
        return w.weight();
    }

    public Map<String, Weight> all() {
        return weights;
    }

    /** The log-odds of the name features alone, as the name weights give them (before calibration). */
    public double nameLogit(double nameScore, double coverage, boolean orgConflict) {
        double[] x = nameFeatures(nameScore, coverage, orgConflict);
        double z = weight("intercept");
        for (int i = 0; i < x.length; i++) {
            z += weight(NAME_WEIGHTS.get(i)) * x[i];
        }
        return z;
    }

    /** The calibrated log-odds of the name features alone. */
    public double calibratedNameLogit(double nameScore, double coverage, boolean orgConflict) {
        return calibration.logit(nameLogit(nameScore, coverage, orgConflict));
    }

    /** The highest calibrated log-odds a name score up to {@code nameScore} can have (any coverage). */
    public double mostNameLogit(double nameScore) {
        double most = Double.NEGATIVE_INFINITY;
        for (int step = 0; step <= 100; step++) {
            double s = nameScore * step / 100;
            for (boolean conflict : new boolean[] {false, true}) {
                most = Math.max(most, Math.max(nameLogit(s, 0, conflict), nameLogit(s, 1, conflict)));
            }
        }
        // the calibration rises strictly, so it keeps the highest the highest
        return calibration.logit(most);
    }

    public static double probability(double logit) {
        return 1 / (1 + Math.exp(-logit));
    }

    public static double logit(double probability) {
        double p = Math.max(1e-9, Math.min(1 - 1e-9, probability));
        return Math.log(p / (1 - p));
    }

    private static Map<String, Weight> read() {
        Map<String, Weight> out = new LinkedHashMap<>();
        for (TsvResource.Line line : TsvResource.read("scoring.tsv")) {
            if (line.cells().size() < 3) {
                throw line.problem("feature, weight and description expected");
            }
            try {
                out.put(line.cells().get(0), new Weight(line.cells().get(0), Double.parseDouble(line.cells().get(1)),
                        line.cells().get(2)));
            } catch (NumberFormatException e) {
                throw line.problem("not a weight: " + line.cells().get(1));
            }
        }
        return out;
    }
}
