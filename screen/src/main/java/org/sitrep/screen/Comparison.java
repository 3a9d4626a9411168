package org.sitrep.screen;

import java.util.List;

/**
 * The outcome of comparing two names (or a query and a listed party).
 *
 * @param score       confidence in [0, 1] that both designate the same party; higher is more confident
 * @param match       whether the score reaches the decision threshold
 * @param explanation the features behind the score, the name first
 * @param nameScore   the engine's name agreement before calibration (see {@link Match#nameScore()})
 */
public record Comparison(double score, boolean match, List<Explanation> explanation, double nameScore) {

    public Comparison {
        explanation = List.copyOf(explanation);
    }
}
