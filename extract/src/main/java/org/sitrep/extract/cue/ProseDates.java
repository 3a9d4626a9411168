package org.sitrep.extract.cue;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written in English prose: "10 February 2015", "March 20, 2015", "Feb. 2015", "October 2014", and — given
 * the year of the document — "Feb. 28" or "29 February".
 */
public final class ProseDates {

    /**
     * A date found in a text.
     *
     * @param start     first char of the date expression
     * @param end       one past its last char
     * @param date      the day (the first of the month when only a month is given)
     * @param precision {@code day} or {@code month}
     */
    public record Found(int start, int end, LocalDate date, String precision) {
    }

    private static final Map<String, Month> MONTHS = new HashMap<>();
    private static final Pattern DATE;

    static {
        List<String> names = new ArrayList<>();
        for (Month m : Month.values()) {
            for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT)) {
                String name = m.getDisplayName(style, Locale.ENGLISH).toLowerCase(Locale.ROOT);
                MONTHS.put(name, m);
                names.add(name);
            }
        }
        MONTHS.put("sept", Month.SEPTEMBER);
        names.add("sept");
        names.sort((a, b) -> b.length() - a.length());
        String month = "(?<m%s>" + String.join("|", names) + ")\\.?";
        DATE = Pattern.compile("\\b(?:(?<d1>\\d{1,2}) " + month.formatted("1") + "(?:,? (?<y1>\\d{4}))?"
                + "|" + month.formatted("2") + " (?<d2>\\d{1,2})(?!\\d)(?:,? (?<y2>\\d{4}))?"
                + "|" + month.formatted("3") + ",? (?<y3>\\d{4}))\\b", Pattern.CASE_INSENSITIVE);
    }

    private ProseDates() {
    }

    /** Every date with a year in {@code text[from, to)}, in text order. */
    public static List<Found> find(String text, int from, int to) {
        return find(text, from, to, null);
    }

    /**
     * Every date in {@code text[from, to)}, in text order; days written without a year take {@code year} (none are
     * found when it is null).
     */
    public static List<Found> find(String text, int from, int to, Integer year) {
        List<Found> out = new ArrayList<>();
        Matcher m = DATE.matcher(text).region(from, to);
        while (m.find()) {
            try {
                if (m.group("d1") != null) {
                    Integer y = m.group("y1") != null ? Integer.valueOf(m.group("y1")) : year;
                    if (y != null) {
                        out.add(new Found(m.start(), m.end(), LocalDate.of(y, month(m.group("m1")),
                                Integer.parseInt(m.group("d1"))), "day"));
                    }
                } else if (m.group("d2") != null) {
                    Integer y = m.group("y2") != null ? Integer.valueOf(m.group("y2")) : year;
                    if (y != null) {
                        out.add(new Found(m.start(), m.end(), LocalDate.of(y, month(m.group("m2")),
                                Integer.parseInt(m.group("d2"))), "day"));
                    }
                } else {
                    out.add(new Found(m.start(), m.end(), LocalDate.of(Integer.parseInt(m.group("y3")),
                            month(m.group("m3")), 1), "month"));
                }
            } catch (java.time.DateTimeException ignored) {
                // "31 February": not a date
            }
        }
        return out;
    }

    private static Month month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }
}
