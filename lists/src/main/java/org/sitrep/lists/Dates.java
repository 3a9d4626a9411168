package org.sitrep.lists;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the date forms lists use to the forms {@link ListEntity#birthDates()} promises: {@code YYYY-MM-DD},
 * {@code YYYY-MM}, {@code YYYY} or a year range {@code YYYY..YYYY}.
 */
final class Dates {

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        for (Month m : Month.values()) {
            MONTHS.put(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), m.getValue());
            MONTHS.put(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), m.getValue());
        }
        MONTHS.put("sept", 9);
    }

    private static final Pattern APPROXIMATE =
            Pattern.compile("(?i)^(circa|approximately|approx\\.|about|c\\.|ca\\.)\\s*");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[ -]([A-Za-z]{3,9})\\.?[ -](\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]{3,9})\\.?[ -](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?(?:T.*)?");
    private static final Pattern NUMERIC_DMY = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern RANGE = Pattern.compile("(?:between\\s+)?(\\d{4})\\s*(?:to|-|–|and)\\s*(\\d{4})");
    private static final Pattern UNKNOWN_PARTS = Pattern.compile("(?:dd|00)/(?:mm|00|(\\d{1,2}))/(\\d{4})");

    private Dates() {
    }

    /** The normalised date or range, or null when {@code text} is not a date this class understands. */
    static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String t = EntityBuilder.clean(text);
        if (t == null) {
            return null;
        }
        t = APPROXIMATE.matcher(t).replaceFirst("");
        Matcher m;
        if ((m = RANGE.matcher(t)).matches()) {
            return m.group(1).equals(m.group(2)) ? m.group(1) : m.group(1) + ".." + m.group(2);
        }
        if ((m = ISO.matcher(t)).matches()) {
            if (m.group(3) == null) {
                return valid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 0);
            }
            return valid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        if ((m = DAY_MONTH_YEAR.matcher(t)).matches()) {
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            return month == null ? null : valid(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
        }
        if ((m = MONTH_YEAR.matcher(t)).matches()) {
            Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            return month == null ? null : valid(Integer.parseInt(m.group(2)), month, 0);
        }
        if ((m = UNKNOWN_PARTS.matcher(t)).matches()) {
            return m.group(1) == null ? m.group(2) : valid(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), 0);
        }
        if ((m = NUMERIC_DMY.matcher(t)).matches()) {
            return valid(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        if ((m = YEAR.matcher(t)).matches()) {
            return m.group(1);
        }
        return null;
    }

    /** {@code YYYY-MM-DD}, or {@code YYYY-MM} when {@code day} is 0; null when no such date exists. */
    private static String valid(int year, int month, int day) {
        try {
            if (day == 0) {
                LocalDate.of(year, month, 1);
                return String.format(Locale.ROOT, "%04d-%02d", year, month);
            }
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
