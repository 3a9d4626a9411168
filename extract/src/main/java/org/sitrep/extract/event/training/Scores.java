package org.sitrep.extract.event.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Figures of event judgements on labelled rows.
 *
 * @param occurrencePrecision share of sentences taken as occurrences that are
 * @param occurrenceRecall    share of occurrences taken as such
 * @param subtypeMacroF1      macro-F1 of the sub-event type over occurrences (type given that it is one)
 * @param acledMacroF1        macro-F1 over the sub-event types plus "no event": an occurrence's class is its type,
 *                            any other sentence's is "none"; the task as an ACLED coder meets it
 * @param kindAccuracy        share of rows whose kind (asserted, negated, future, ...) is right
 * @param perClass            F1 of each class of the ACLED-style task
 */
public record Scores(double occurrencePrecision, double occurrenceRecall, double subtypeMacroF1, double acledMacroF1,
                     double kindAccuracy, Map<String, Double> perClass) {

    /** The figures of {@code predictions}, one per row, taking occurrence probabilities from {@code threshold} on. */
    public static Scores of(List<EventCorpus.Row> rows, List<EventTrainer.Prediction> predictions, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int kindsRight = 0;
        Map<String, int[]> subtype = new LinkedHashMap<>();
        Map<String, int[]> acled = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            EventCorpus.Row r = rows.get(i);
            EventTrainer.Prediction p = predictions.get(i);
            boolean predicted = p.occurrence() >= threshold;
            if (predicted && r.isOccurrence()) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (r.isOccurrence()) {
                fn++;
            }
            if (p.kind().equals(r.kind())) {
                kindsRight++;
            }
            if (r.isOccurrence()) {
                count(subtype, r.label(), p.subtype());
            }
            count(acled, r.acledClass(), predicted ? p.subtype() : EventCorpus.NONE);
        }
        Map<String, Double> perClass = f1s(acled);
        return new Scores(ratio(tp, tp + fp), ratio(tp, tp + fn), mean(f1s(subtype)), mean(perClass),
                ratio(kindsRight, rows.size()), perClass);
    }

    /** cells: [true positives, false positives, false negatives] per class. */
    private static void count(Map<String, int[]> cells, String gold, String predicted) {
        if (gold.equals(predicted)) {
            cells.computeIfAbsent(gold, k -> new int[3])[0]++;
        } else {
            cells.computeIfAbsent(predicted, k -> new int[3])[1]++;
            cells.computeIfAbsent(gold, k -> new int[3])[2]++;
        }
    }

    private static Map<String, Double> f1s(Map<String, int[]> cells) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String c : new TreeSet<>(cells.keySet())) {
            int[] n = cells.get(c);
            out.put(c, n[0] == 0 ? 0.0 : 2.0 * n[0] / (2.0 * n[0] + n[1] + n[2]));
        }
        return out;
    }

    private static double mean(Map<String, Double> values) {
        return values.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    public double occurrenceF1() {
        double p = occurrencePrecision;
        double r = occurrenceRecall;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
