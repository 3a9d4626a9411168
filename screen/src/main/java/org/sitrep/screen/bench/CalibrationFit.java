package org.sitrep.screen.bench;

import org.sitrep.screen.Calibration;
import org.sitrep.screen.ScoringTable;
import org.sitrep.screen.ScreeningSettings;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fits the isotonic calibration of the name weights on the labelled pairs' tuning split and writes what ships: the
 * breakpoints ({@code calibration.tsv}) and the screening model card ({@code screening.md}). The held-out split is
 * only measured, never fitted or chosen on.
 *
 * @param calibration the fit
 * @param before      figures of each split ("tuning", "held_out") with the name weights alone, at the thresholds the
 *                    tuning split gives them
 * @param after       the same with the calibration
 * @param thresholds  the decision and review thresholds the tuning split gives each ("before", "after"), as
 *                    {@link PairEvaluation#decisionThreshold} and {@link PairEvaluation#reviewThreshold} choose them
 * @param date        when it was fitted
 * @param command     the command that rebuilds it
 */
public record CalibrationFit(Calibration calibration, Map<String, Map<String, Object>> before,
                             Map<String, Map<String, Object>> after, Map<String, ScreeningSettings> thresholds,
                             LocalDate date, String command) {

    /** Fits on {@code pairs}' tuning split over {@code table}'s name weights and measures both splits. */
    public static CalibrationFit fit(PairEvaluation pairs, ScoringTable table, LocalDate date, String command) {
        ScoringTable uncalibrated = table.withCalibration(Calibration.identity());
        Calibration calibration = pairs.fitCalibration(uncalibrated);
        ScoringTable calibrated = table.withCalibration(calibration);
        Map<String, ScreeningSettings> thresholds = new LinkedHashMap<>();
        thresholds.put("before", tuned(pairs, uncalibrated));
        thresholds.put("after", tuned(pairs, calibrated));
        return new CalibrationFit(calibration, splits(pairs, uncalibrated, thresholds.get("before")),
                splits(pairs, calibrated, thresholds.get("after")), thresholds, date, command);
    }

    private static ScreeningSettings tuned(PairEvaluation pairs, ScoringTable table) {
        return ScreeningSettings.defaults().withMatchThreshold(pairs.decisionThreshold(table))
                .withReviewThreshold(pairs.reviewThreshold(table));
    }

    private static Map<String, Map<String, Object>> splits(PairEvaluation pairs, ScoringTable table,
                                                           ScreeningSettings settings) {
        Map<String, Map<String, Object>> m = new LinkedHashMap<>();
        m.put("tuning", pairs.measure(false, table, settings));
        m.put("held_out", pairs.measure(true, table, settings));
        return m;
    }

    /** The text of {@code calibration.tsv}. */
    public String table() {
        return "# The isotonic calibration of the screening score's name weights (scoring.tsv). Each row is a block of the"
                + " labelled\n# pairs' tuning split pooled by pool-adjacent-violators: the lowest and highest probability"
                + " the name weights\n# give its pairs (from, to), its share of same-party pairs with half a"
                + " same-party pair and half another added\n# (probability), its pairs and"
                + " same-party pairs. See Calibration for how the map runs between and beyond rows.\n"
                + "# Fitted " + date + " by `" + command + "` (see screening.md); refit whenever the name weights"
                + " change.\n" + calibration.rows();
    }

    /** The screening model card. */
    public String card() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Model card: Sitrep screening score\n\n");
        sb.append("## What it is\n");
        sb.append("A screening score is the probability that a query and a listed party are the same party. The name"
                + " comparison gives a name score and a coverage; the name weights of `scoring.tsv` (logistic"
                + " regression) turn them into log-odds; the isotonic calibration of `calibration.tsv` maps those to"
                + " the log-odds of the same-party rate observed on labelled pairs; birth date, nationality, kind of"
                + " party and weak aliases then add the documented log-odds of `scoring.tsv`, and its rules cap names"
                + " sharing only a fragment (")
                .append(ScoringTable.standard().weight("fragment_cap")).append(") and weak-alias or lone-word hits (")
                .append(ScoringTable.standard().weight("undecided_cap")).append("), and floor a shared identity number (")
                .append(ScoringTable.standard().weight("identifier_floor")).append(").\n\n");
        sb.append("## Data\n");
        sb.append("Sitrep's own labelled pairs of invented names, `eval/name-pairs.tsv` (written by"
                + " `screen/data/make_name_pairs.py`; transliterations, reordering, initials, kunyas, legal forms,"
                + " scripts, shared common names, sibling companies), split by invented identity: ")
                .append(count(before.get("tuning"))).append(" tuning pairs, ").append(count(before.get("held_out")))
                .append(" held out. The name weights, the calibration and the decision threshold are fitted or chosen"
                        + " on the tuning split only; the held-out split is only measured.\n\n");
        sb.append("## Calibration\n");
        sb.append(String.format(Locale.ROOT, "Isotonic calibration (pool-adjacent-violators), %d breakpoints from %d"
                        + " tuning pairs (fragments left out: a rule caps them), fitted %s by `%s`. Calibration error"
                        + " tuning %s -> %s, held-out %s -> %s; pair F1 at the default decision tuning %s -> %s,"
                        + " held-out %s -> %s.\n\n",
                calibration.breakpoints().size(),
                calibration.breakpoints().stream().mapToInt(Calibration.Breakpoint::pairs).sum(), date, command,
                before.get("tuning").get("expected_calibration_error"), after.get("tuning").get("expected_calibration_error"),
                before.get("held_out").get("expected_calibration_error"), after.get("held_out").get("expected_calibration_error"),
                before.get("tuning").get("f1"), after.get("tuning").get("f1"),
                before.get("held_out").get("f1"), after.get("held_out").get("f1")));
        sb.append("## Figures\n");
        ScreeningSettings was = thresholds.get("before");
        ScreeningSettings now = thresholds.get("after");
        sb.append(String.format(Locale.ROOT, "Each score at the thresholds the tuning split gives it: the decision"
                        + " at the best F1 (steps of 0.05, the lowest of ties: a missed listed party costs a compliance team"
                        + " more than one more pair to decide, and a tie on the tuning split is no evidence either"
                        + " way), review from the highest threshold"
                        + " %.0f%% of the same-party pairs reach. Name weights alone: decision %.2f, review %.2f;"
                        + " calibrated: decision %.2f, review %.2f (the defaults in `ScreeningSettings`). Calibration"
                        + " error is the pair-weighted mean gap between expected (mean score) and observed same-party"
                        + " rate per 0.1 band; \"outside the rules\" leaves out names sharing only a fragment and hits"
                        + " the undecided rule capped, whose scores are the rules' and not the calibration's.%n%n", 100 * PairEvaluation.REVIEW_REACH, was.matchThreshold(),
                was.reviewThreshold(), now.matchThreshold(), now.reviewThreshold()));
        sb.append("| split | scores | P | R | F1 | calibration error | outside the rules | review band |"
                + " same-party pairs reaching review |\n|---|---|---|---|---|---|---|---|---|\n");
        for (String split : List.of("tuning", "held_out")) {
            row(sb, split, "name weights alone", before.get(split));
            row(sb, split, "calibrated", after.get(split));
        }
        sb.append("\nBy score band (pairs, expected, observed):\n\n| split | band | name weights alone | calibrated |\n"
                + "|---|---|---|---|\n");
        for (String split : List.of("tuning", "held_out")) {
            Map<?, ?> b = (Map<?, ?>) before.get(split).get("by_score_band");
            Map<?, ?> a = (Map<?, ?>) after.get(split).get("by_score_band");
            java.util.TreeSet<String> bands = new java.util.TreeSet<>();
            b.keySet().forEach(k -> bands.add((String) k));
            a.keySet().forEach(k -> bands.add((String) k));
            for (String band : bands) {
                sb.append("| ").append(split).append(" | ").append(band).append(" | ")
                        .append(b.containsKey(band) ? b.get(band) : "-").append(" | ")
                        .append(a.containsKey(band) ? a.get(band) : "-").append(" |\n");
            }
        }
        sb.append("\n## Limits\n");
        sb.append("The pairs are invented names, a few hundred of them: each block of the calibration rests on tens of"
                + " pairs, and the held-out figures on about two hundred. The pairs hold names only, so birth date,"
                + " nationality, kind of party and weak aliases move the calibrated log-odds by amounts set by"
                + " judgement, not fitted. Names sharing only a fragment are all two parties in this set by design;"
                + " the rule capping them keeps them for review, above what the set alone would give them. The"
                + " calibration is fitted over the current name weights: refit it (`").append(command)
                .append("`) whenever they change.\n");
        return sb.toString();
    }

    private static Object count(Map<String, Object> figures) {
        return figures.get("pairs");
    }

    private static void row(StringBuilder sb, String split, String scores, Map<String, Object> f) {
        sb.append("| ").append(split).append(" | ").append(scores).append(" | ").append(f.get("precision"))
                .append(" | ").append(f.get("recall")).append(" | ").append(f.get("f1")).append(" | ")
                .append(f.get("expected_calibration_error")).append(" | ")
                .append(f.get("calibration_error_outside_rules")).append(" | ").append(f.get("review_band"))
                .append(" | ").append(f.get("same_party_reaching_review")).append(" |\n");
    }
}
