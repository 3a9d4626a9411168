package org.sitrep.analysis.supply;

import java.time.LocalDate;

/**
 * When and where something happened to an item, as exactly as the text says.
 *
 * @param date      the day (first of the month or year when less precise), or null when the text gives none
 * @param precision {@code day}, {@code month}, {@code year} or {@code unknown}
 * @param place     where, or null
 */
public record DatedPlace(LocalDate date, String precision, String place) {

    public static final DatedPlace UNKNOWN = new DatedPlace(null, "unknown", null);
}
