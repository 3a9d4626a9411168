package org.sitrep.screen;

import org.junit.jupiter.api.Test;
import org.sitrep.screen.bench.PairEvaluation;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CalibrationTest {

    private static final PairEvaluation PAIRS = PairEvaluation.standard();
    private static final ScoringTable UNCALIBRATED = ScoringTable.standard().withCalibration(Calibration.identity());

    @Test
    void poolsViolatorsIntoBlocksWhoseRatesRise() {
        // 0/2 at the bottom, then a violating 1-then-0 pair of blocks, then all same: three blocks
        Calibration c = Calibration.fit(new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7},
                new boolean[] {false, false, true, false, true, true, true});
        assertThat(c.breakpoints()).extracting(Calibration.Breakpoint::pairs).containsExactly(2, 2, 3);
        assertThat(c.breakpoints()).extracting(Calibration.Breakpoint::same).containsExactly(0, 1, 3);
        for (int i = 1; i < c.breakpoints().size(); i++) {
            assertThat(c.breakpoints().get(i).probability()).isGreaterThan(c.breakpoints().get(i - 1).probability());
        }
        // shrunk toward the model: an all-agreeing block is confident, never certain
        assertThat(c.breakpoints().get(2).probability()).isLessThan(1).isGreaterThan(0.85);
    }

    @Test
    void equalModelScoresAreOneBlock() {
        Calibration c = Calibration.fit(new double[] {0.5, 0.5, 0.5, 0.5}, new boolean[] {true, false, true, false});
        assertThat(c.breakpoints()).singleElement().satisfies(b -> assertThat(b.pairs()).isEqualTo(4));
    }

    @Test
    void calibratedProbabilitiesRiseStrictlyWithTheModelsProbability() {
        Calibration c = Calibration.standard();
        assertThat(c.breakpoints()).isNotEmpty();
        double last = -1;
        for (int step = 1; step < 10000; step++) {
            double p = c.probability(step / 10000.0);
            assertThat(p).as("at %s", step / 10000.0).isGreaterThan(last);
            last = p;
        }
        // monotone in the whole name score too, coverage and conflict held fixed
        ScoringTable table = ScoringTable.standard();
        double before = Double.NEGATIVE_INFINITY;
        for (int step = 0; step <= 1000; step++) {
            double z = table.calibratedNameLogit(step / 1000.0, 1, false);
            assertThat(z).isGreaterThan(before);
            before = z;
        }
    }

    @Test
    void theShippedTableIsTheFitOnTheTuningPairs() {
        Calibration refit = PAIRS.fitCalibration(UNCALIBRATED);
        assertThat(refit.breakpoints()).isEqualTo(Calibration.standard().breakpoints());
        int tuningOutsideFragments = (int) PAIRS.split(false).stream()
                .filter(p -> !NameComparer.standard().names(p.name1(), p.name2(), p.schema()).fragment()).count();
        assertThat(refit.breakpoints().stream().mapToInt(Calibration.Breakpoint::pairs).sum())
                .as("fitted on the tuning split alone").isEqualTo(tuningOutsideFragments);
    }

    @Test
    void aFitDoesNotDependOnTheHeldOutPairs() {
        List<PairEvaluation.Pair> flipped = PAIRS.pairs().stream()
                .map(p -> p.heldOut() ? new PairEvaluation.Pair(p.group(), true, p.phenomenon(), p.schema(), p.name1(),
                        p.name2(), !p.same()) : p)
                .toList();
        assertThat(new PairEvaluation(flipped).fitCalibration(UNCALIBRATED).breakpoints())
                .isEqualTo(Calibration.standard().breakpoints());
    }

    @Test
    void eachBlocksObservedRateIsWhatTheCalibrationSaysOnTheTuningPairs() {
        NameComparer comparer = new NameComparer(org.sitrep.screen.names.NameVocabulary.standard(),
                ScreeningSettings.defaults(), UNCALIBRATED);
        Calibration c = Calibration.standard();
        for (Calibration.Breakpoint b : c.breakpoints()) {
            if (b.pairs() < 10) {
                continue;
            }
            int n = 0;
            int same = 0;
            double predicted = 0;
            for (PairEvaluation.Pair p : PAIRS.split(false)) {
                if (comparer.names(p.name1(), p.name2(), p.schema()).fragment()) {
                    continue;
                }
                double model = ScoringTable.probability(comparer.modelLogit(p.name1(), p.name2(), p.schema()));
                if (model >= b.from() - 1e-9 && model <= b.to() + 1e-9) {
                    n++;
                    same += p.same() ? 1 : 0;
                    predicted += c.probability(model);
                }
            }
            assertThat(n).isEqualTo(b.pairs());
            assertThat(predicted / n).as("block %s", b).isCloseTo((double) same / n, within(0.05));
        }
    }

    @Test
    void theCalibrationErrorFallsOnTheTuningPairsAndTheReviewBandIsNotOverConfident() {
        Map<String, Object> before = PAIRS.measure(false, UNCALIBRATED, ScreeningSettings.defaults()
                .withReviewThreshold(0.35));
        Map<String, Object> after = PAIRS.measure(false, ScoringTable.standard(), ScreeningSettings.defaults());
        assertThat((double) after.get("expected_calibration_error"))
                .isLessThan((double) before.get("expected_calibration_error"));
        assertThat((double) after.get("calibration_error_outside_rules")).isLessThan(0.03);
    }

    @Test
    void theDefaultThresholdsAreTheOnesTheTuningPairsGive() {
        ScoringTable table = ScoringTable.standard();
        assertThat(PAIRS.decisionThreshold(table)).isEqualTo(ScreeningSettings.MATCH_THRESHOLD);
        assertThat(PAIRS.reviewThreshold(table)).isEqualTo(ScreeningSettings.REVIEW_THRESHOLD);
        // the decision is the lowest of the thresholds tied on tuning F1: one step lower does worse, and every higher
        // threshold does no better (a missed listed party costs more than one more pair to decide)
        double f1 = tuningF1(table, ScreeningSettings.MATCH_THRESHOLD);
        assertThat(tuningF1(table, ScreeningSettings.MATCH_THRESHOLD - 0.05)).isLessThan(f1);
        for (int step = 1; step < 20; step++) {
            assertThat(tuningF1(table, step * 0.05)).as("tuning F1 at %.2f", step * 0.05).isLessThanOrEqualTo(f1);
        }
        // the rules keep what they cap inside the band
        assertThat(table.weight("fragment_cap")).isBetween(ScreeningSettings.REVIEW_THRESHOLD,
                ScreeningSettings.MATCH_THRESHOLD);
        assertThat(table.weight("undecided_cap")).isBetween(ScreeningSettings.REVIEW_THRESHOLD,
                ScreeningSettings.MATCH_THRESHOLD);
    }

    private static double tuningF1(ScoringTable table, double threshold) {
        return (double) PAIRS.measure(false, table, ScreeningSettings.defaults().withMatchThreshold(threshold))
                .get("f1");
    }
}
