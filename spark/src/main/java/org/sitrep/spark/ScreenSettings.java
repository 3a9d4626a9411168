package org.sitrep.spark;

import org.sitrep.screen.Algorithm;
import org.sitrep.screen.ScreeningSettings;

import java.io.Serializable;

/**
 * The screening options of {@code sitrep screen}, as the few values that travel to executors.
 *
 * @param algorithm sitrep or ofac
 * @param limit     at most this many matches per query
 * @param threshold report matches from this score (null: the algorithm's review threshold)
 * @param schema    the kind of party queried when a row does not say, or null
 * @param dateOrder DMY or MDY, for all-digit birth dates that could be either way round
 */
public record ScreenSettings(String algorithm, int limit, Double threshold, String schema, String dateOrder)
        implements Serializable {

    public static ScreenSettings standard() {
        return new ScreenSettings("sitrep", 10, null, null, "DMY");
    }

    ScreeningSettings screening() {
        ScreeningSettings s = ScreeningSettings.of(Algorithm.valueOf(algorithm.toUpperCase(java.util.Locale.ROOT)))
                .withLimit(limit);
        return threshold == null ? s : s.withReviewThreshold(threshold);
    }
}
