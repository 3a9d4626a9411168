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
 */
public record Match(String list, String id, String name, String matchedName, String schema, double score,
                    boolean match, List<Explanation> explanation) {

    public Match {
        explanation = List.copyOf(explanation);
    }
}
