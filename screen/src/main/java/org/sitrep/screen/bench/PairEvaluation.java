package org.sitrep.screen.bench;

import org.sitrep.screen.Calibration;
import org.sitrep.screen.Comparison;
import org.sitrep.screen.NameComparer;
import org.sitrep.screen.ScoringTable;
import org.sitrep.screen.ScreeningSettings;
import org.sitrep.screen.names.NameScore;
import org.sitrep.screen.names.NameVocabulary;
import smile.classification.LogisticRegression;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sitrep's labelled name pairs ({@code eval/name-pairs.tsv}, written by {@code screen/data/make_name_pairs.py}):
 * fits the name weights and their isotonic calibration on the tuning split, and measures the default decision
 * (precision, recall, F1) and the calibration (expected against observed rate of same-party pairs per score band) on
 * either split.
 */
public final class PairEvaluation {

    /** One labelled pair. */
    public record Pair(String group, boolean heldOut, String phenomenon, String schema, String name1, String name2,
                       boolean same) {
    }

    /** Score bands of the calibration table. */
    private static final double[] BANDS = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001};
    /** Ridge penalty of the logistic fit: small, it only keeps the fit finite when a split separates cleanly. */
    private static final double LAMBDA = 0.01;

    private final List<Pair> pairs;

    public PairEvaluation(List<Pair> pairs) {
        this.pairs = List.copyOf(pairs);
    }

    /** The project's pair set. */
    public static PairEvaluation standard() {
        return new PairEvaluation(read());
    }

    public List<Pair> pairs() {
        return pairs;
    }

    public List<Pair> split(boolean heldOut) {
        return pairs.stream().filter(p -> p.heldOut() == heldOut).toList();
    }

    /**
     * Refits intercept, name and coverage weights on the tuning pairs by (lightly ridge-penalised) logistic
     * regression. Pairs sharing only a fragment are left out: a rule caps them whatever the weights.
     */
    public ScoringTable fit(ScoringTable table) {
        NameComparer comparer = new NameComparer(NameVocabulary.standard(), ScreeningSettings.defaults(), table);
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (Pair p : split(false)) {
            NameScore s = comparer.names(p.name1(), p.name2(), p.schema());
            if (s.fragment()) {
                continue;
            }
            boolean organisation = !p.schema().equalsIgnoreCase("Person");
            x.add(ScoringTable.nameFeatures(comparer.nameScore(p.name1(), p.name2(), p.schema()), coverage(s),
                    organisation && s.conflict()));
            y.add(p.same() ? 1 : 0);
        }
        LogisticRegression.Binomial model = LogisticRegression.binomial(x.toArray(double[][]::new),
                y.stream().mapToInt(Integer::intValue).toArray(), LAMBDA, 1e-7, 1000);
        return table.withNameWeights(model.coefficients()); // the features' weights, then the intercept
    }

    /**
     * Fits the isotonic calibration of {@code table}'s name weights on the tuning pairs, the same pairs the weights
     * are fitted on: fragments are left out here too, as a rule caps them whatever the calibration says.
     */
    public Calibration fitCalibration(ScoringTable table) {
        NameComparer comparer = new NameComparer(NameVocabulary.standard(), ScreeningSettings.defaults(), table);
        List<Double> model = new ArrayList<>();
        List<Boolean> same = new ArrayList<>();
        for (Pair p : split(false)) {
            if (comparer.names(p.name1(), p.name2(), p.schema()).fragment()) {
                continue;
            }
            model.add(ScoringTable.probability(comparer.modelLogit(p.name1(), p.name2(), p.schema())));
            same.add(p.same());
        }
        boolean[] labels = new boolean[same.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = same.get(i);
        }
        return Calibration.fit(model.stream().mapToDouble(Double::doubleValue).toArray(), labels);
    }

    /**
     * The share of same-party pairs a review band must reach (scored at or above the review threshold) on the tuning
     * split: an analyst shown the band sees nearly every true match the decision leaves undecided.
     */
    public static final double REVIEW_REACH = 0.98;

    /**
     * The default decision under a table, chosen on the tuning split only: the threshold (in steps of 0.05) of best
     * F1, the lowest of equally good ones. Thresholds tied on the tuning split's F1 carry no evidence either way
     * between them, and for a compliance team a listed party missed costs more than one more pair sent to review or
     * decision, so a tie is broken towards catching more.
     */
    public double decisionThreshold(ScoringTable table) {
        List<Pair> split = split(false);
        return bestThreshold(split, scores(split, table)).threshold();
    }

    /**
     * The review threshold under a table, chosen on the tuning split only: the highest (in steps of 0.05) at which
     * {@link #REVIEW_REACH} of the same-party pairs score at least that.
     */
    public double reviewThreshold(ScoringTable table) {
        List<Pair> split = split(false);
        double[] scores = scores(split, table);
        long same = split.stream().filter(Pair::same).count();
        double at = 0.05;
        for (int step = 1; step < 20; step++) {
            double t = step * 0.05;
            int reached = 0;
            for (int i = 0; i < scores.length; i++) {
                reached += split.get(i).same() && scores[i] >= t - 1e-9 ? 1 : 0;
            }
            if (reached >= REVIEW_REACH * same) {
                at = t;
            }
        }
        return Math.round(at * 100) / 100.0;
    }

    private static double[] scores(List<Pair> split, ScoringTable table) {
        NameComparer comparer = new NameComparer(NameVocabulary.standard(), ScreeningSettings.defaults(), table);
        return split.stream().mapToDouble(p -> comparer.compare(p.name1(), p.name2(), p.schema()).score()).toArray();
    }

    private static double f1(List<Pair> split, double[] scores, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean match = scores[i] >= threshold - 1e-9;
            boolean same = split.get(i).same();
            tp += match && same ? 1 : 0;
            fp += match && !same ? 1 : 0;
            fn += !match && same ? 1 : 0;
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    private static double coverage(NameScore s) {
        return Math.min((double) s.queryCovered() / s.queryWords(), (double) s.candidateCovered() / s.candidateWords());
    }

    /** Decision and calibration figures of a split under a table and settings. */
    public Map<String, Object> measure(boolean heldOut, ScoringTable table, ScreeningSettings settings) {
        NameComparer comparer = new NameComparer(NameVocabulary.standard(), settings, table);
        List<Pair> split = split(heldOut);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int reviewed = 0;
        double[] scores = new double[split.size()];
        boolean[] all = new boolean[split.size()];
        boolean[] uncapped = new boolean[split.size()];
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < split.size(); i++) {
            Pair p = split.get(i);
            Comparison c = comparer.compare(p.name1(), p.name2(), p.schema());
            scores[i] = c.score();
            all[i] = true;
            uncapped[i] = !comparer.names(p.name1(), p.name2(), p.schema()).fragment()
                    && c.explanation().stream().noneMatch(e -> e.feature().equals("undecided"));
            tp += c.match() && p.same() ? 1 : 0;
            fp += c.match() && !p.same() ? 1 : 0;
            fn += !c.match() && p.same() ? 1 : 0;
            reviewed += p.same() && c.score() >= settings.reviewThreshold() ? 1 : 0;
            if (c.match() != p.same() && errors.size() < 12) {
                errors.add((p.same() ? "missed " : "wrongly matched ") + p.phenomenon() + ": " + p.name1() + " / "
                        + p.name2() + " " + c.score());
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pairs", split.size());
        long same = split.stream().filter(Pair::same).count();
        m.put("same_party_pairs", same);
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        m.put("precision", round(precision));
        m.put("recall", round(recall));
        m.put("f1", round(precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)));
        Best best = bestThreshold(split, scores);
        m.put("best_f1_threshold", String.format(Locale.ROOT, "%.2f (F1 %.4f)", best.threshold(), best.f1()));
        Map<String, Object> bands = new LinkedHashMap<>();
        m.put("expected_calibration_error", round(calibrationError(split, scores, all, bands)));
        m.put("calibration_error_outside_rules", round(calibrationError(split, scores, uncapped, null)));
        m.put("review_band", band(split, scores, settings.reviewThreshold(), settings.matchThreshold()));
        m.put("same_party_reaching_review", round(same == 0 ? 0 : (double) reviewed / same));
        m.put("by_score_band", bands);
        m.put("errors", errors);
        return m;
    }

    /**
     * The pair-weighted mean gap between expected (mean score) and observed same-party rate per 0.1 band, over the
     * pairs {@code counted}; fills {@code bands} (when not null) with each band's figures.
     */
    private static double calibrationError(List<Pair> split, double[] scores, boolean[] counted,
                                           Map<String, Object> bands) {
        int[] count = new int[BANDS.length - 1];
        double[] expected = new double[count.length];
        int[] observed = new int[count.length];
        int total = 0;
        for (int i = 0; i < scores.length; i++) {
            if (!counted[i]) {
                continue;
            }
            int band = 0;
            while (scores[i] >= BANDS[band + 1]) {
                band++;
            }
            count[band]++;
            expected[band] += scores[i];
            observed[band] += split.get(i).same() ? 1 : 0;
            total++;
        }
        double ece = 0;
        for (int b = 0; b < count.length; b++) {
            if (count[b] == 0) {
                continue;
            }
            double exp = expected[b] / count[b];
            double obs = (double) observed[b] / count[b];
            ece += count[b] * Math.abs(exp - obs) / total;
            if (bands != null) {
                bands.put(String.format(Locale.ROOT, "%.1f-%.1f", BANDS[b], Math.min(1.0, BANDS[b + 1])),
                        String.format(Locale.ROOT, "pairs %d, expected %.3f, observed %.3f", count[b], exp, obs));
            }
        }
        return ece;
    }

    /** Expected against observed same-party rate of the pairs scored in [{@code from}, {@code to}). */
    private static String band(List<Pair> split, double[] scores, double from, double to) {
        int n = 0;
        int same = 0;
        double expected = 0;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] >= from && scores[i] < to) {
                n++;
                expected += scores[i];
                same += split.get(i).same() ? 1 : 0;
            }
        }
        return n == 0 ? String.format(Locale.ROOT, "%.2f-%.2f: no pairs", from, to)
                : String.format(Locale.ROOT, "%.2f-%.2f: pairs %d, expected %.3f, observed %.3f", from, to, n,
                expected / n, (double) same / n);
    }

    private record Best(double threshold, double f1) {
    }

    /**
     * The threshold (in steps of 0.05) that would give the best F1 on these pairs, with that F1: the lowest of ties,
     * as a missed listed party costs a compliance team more than one more pair to decide, and a tie on these pairs is
     * no evidence either way (see {@link #decisionThreshold}).
     */
    private static Best bestThreshold(List<Pair> split, double[] scores) {
        double best = -1;
        double at = 0;
        for (int step = 1; step < 20; step++) {
            double f1 = f1(split, scores, step * 0.05);
            if (f1 > best + 1e-12) {
                best = f1;
                at = step * 0.05;
            }
        }
        return new Best(Math.round(at * 100) / 100.0, best);
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    private static List<Pair> read() {
        String path = "/org/sitrep/screen/eval/name-pairs.tsv";
        try (InputStream in = PairEvaluation.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            List<Pair> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("group\t")) {
                    continue;
                }
                String[] c = line.split("\t");
                if (c.length != 7) {
                    throw new IllegalStateException(path + ":" + number + ": seven columns expected");
                }
                out.add(new Pair(c[0], c[1].equals("heldout"), c[2], c[3], c[4], c[5], c[6].equals("1")));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints a refit and the figures of both splits (for developers: {@code java ... PairEvaluation}). */
    public static void main(String[] args) {
        PairEvaluation eval = standard();
        ScoringTable refit = eval.fit(ScoringTable.standard());
        for (String f : ScoringTable.NAME_WEIGHTS) {
            System.out.printf(Locale.ROOT, "%s\t%.3f%n", f, refit.weight(f));
        }
        ScoringTable table = args.length > 0 && args[0].equals("--refit") ? refit : ScoringTable.standard();
        System.out.println("tuning:   " + eval.measure(false, table, ScreeningSettings.defaults()));
        System.out.println("held-out: " + eval.measure(true, table, ScreeningSettings.defaults()));
    }
}
