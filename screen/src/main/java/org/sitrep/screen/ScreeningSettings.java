package org.sitrep.screen;

/**
 * How to score and what to report.
 *
 * @param algorithm         which scoring to apply
 * @param weakAliases       what to do with weak aliases
 * @param matchThreshold    scores at or above this are a match ({@code match: true})
 * @param reviewThreshold   scores at or above this are reported for review
 * @param limit             at most this many matches per query
 * @param weakAliasPenalty  how much a weak-alias hit loses under {@link WeakAliasPolicy#PENALISE}
 */
public record ScreeningSettings(Algorithm algorithm, WeakAliasPolicy weakAliases, double matchThreshold,
                                double reviewThreshold, int limit, double weakAliasPenalty) {

    /**
     * The default decision threshold of Sitrep's algorithm, a probability: the score is calibrated on Sitrep's own
     * labelled name pairs (see {@code scoring.tsv}, {@code calibration.tsv} and the model card {@code screening.md}),
     * and 0.50 is the threshold of best F1 on their tuning split (in steps of 0.05; 0.55 and 0.60 do exactly as well
     * there, and the lowest is kept: thresholds tied on tuning carry no evidence either way, and for a compliance
     * team a listed party missed costs more than one more pair sent to review or decision). A match is a party at
     * least as likely as not to be the one queried; the rules' caps (0.45, 0.49) stay below it.
     */
    public static final double MATCH_THRESHOLD = 0.50;
    /**
     * The default review threshold: hits from here up to the decision threshold are shown to an analyst, undecided.
     * The highest threshold (in steps of 0.05) that 98% of the tuning split's same-party pairs reach, so an analyst
     * shown the band sees nearly every true match the decision leaves open. Names sharing only a fragment are capped
     * in this band (0.45): "Haswani" alone shows George Haswani for review, while "John", a common name, scores too
     * low to be shown.
     */
    public static final double REVIEW_THRESHOLD = 0.25;
    /** OFAC's tool makes no decision; 0.90 is a commonly used setting of its minimum-score slider. */
    public static final double OFAC_MATCH_THRESHOLD = 0.90;
    /** Emulated scores from 0.80 are shown for review, the range analysts commonly search OFAC's tool with. */
    public static final double OFAC_REVIEW_THRESHOLD = 0.80;

    public ScreeningSettings {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
    }

    /** Sitrep's algorithm with its default thresholds, weak aliases penalised, up to 10 matches. */
    public static ScreeningSettings defaults() {
        return of(Algorithm.SITREP);
    }

    /** The default settings of an algorithm. */
    public static ScreeningSettings of(Algorithm algorithm) {
        return algorithm == Algorithm.OFAC
                ? new ScreeningSettings(algorithm, WeakAliasPolicy.INCLUDE, OFAC_MATCH_THRESHOLD, OFAC_REVIEW_THRESHOLD, 10, 0)
                : new ScreeningSettings(algorithm, WeakAliasPolicy.PENALISE, MATCH_THRESHOLD, REVIEW_THRESHOLD, 10, 0.08);
    }

    public ScreeningSettings withReviewThreshold(double threshold) {
        return new ScreeningSettings(algorithm, weakAliases, matchThreshold, threshold, limit, weakAliasPenalty);
    }

    public ScreeningSettings withMatchThreshold(double threshold) {
        return new ScreeningSettings(algorithm, weakAliases, threshold, reviewThreshold, limit, weakAliasPenalty);
    }

    public ScreeningSettings withLimit(int newLimit) {
        return new ScreeningSettings(algorithm, weakAliases, matchThreshold, reviewThreshold, newLimit, weakAliasPenalty);
    }

    public ScreeningSettings withWeakAliases(WeakAliasPolicy policy) {
        return new ScreeningSettings(algorithm, policy, matchThreshold, reviewThreshold, limit, weakAliasPenalty);
    }

    /** The same settings with another score loss for weak-alias hits (used under {@link WeakAliasPolicy#PENALISE}). */
    public ScreeningSettings withWeakAliasPenalty(double penalty) {
        if (penalty < 0 || penalty > 1) {
            throw new IllegalArgumentException("a weak-alias penalty is between 0 and 1");
        }
        return new ScreeningSettings(algorithm, weakAliases, matchThreshold, reviewThreshold, limit, penalty);
    }
}
