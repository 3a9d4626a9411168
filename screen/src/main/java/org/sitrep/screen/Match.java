package org.sitrep.screen;

import java.util.List;

/**
 * A listed party that resembles a query.
 *
 * @param list        the list id, e.g. {@code us-ofac-sdn}
 * @param id          the party's id in that list
 * @param name        the party's primary name
 * @param matchedName the name of the party (primary or alias) that matched best
 * @param schema      the party's schema
 * @param score       confidence in [0, 1]
 * @param match       whether the score reaches the decision threshold
 * @param explanation the features behind the score
 * @param nameScore   the engine's name agreement before calibration (the name score after rarity, less the weak-alias
 *                    penalty of the settings): what ranks a party's names, and the scale that callers tuned before
 *                    scores were calibrated (entity resolution, extraction links) compare
 */
public record Match(String list, String id, String name, String matchedName, String schema, double score,
                    boolean match, List<Explanation> explanation, double nameScore) {

    public Match {
        explanation = List.copyOf(explanation);
    }
}
