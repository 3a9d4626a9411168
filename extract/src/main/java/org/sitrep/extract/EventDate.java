package org.sitrep.extract;

/**
 * When an event happened, as far as the text says.
 *
 * @param value     ISO date cut to the precision ({@code 2016-02-25}, {@code 2016-02}, {@code 2016}), or null; for
 *                  {@code week}, the day that ends the seven days meant (the report's day for "this week")
 * @param precision {@code day|week|month|year|unknown}
 */
public record EventDate(String value, String precision) {

    public static final EventDate UNKNOWN = new EventDate(null, "unknown");
}
