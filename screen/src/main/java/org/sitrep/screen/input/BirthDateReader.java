package org.sitrep.screen.input;

import org.sitrep.screen.data.TsvResource;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads birth dates as customer files write them and returns them in the form the screening engine compares
 * ({@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} or a year range {@code YYYY..YYYY}):
 *
 * <ul>
 *   <li>ISO dates, padded or not: {@code 1962-08-20}, {@code 1962-8-20}, {@code 1962/8/20}, {@code 19620820},
 *       {@code 1962-08}, a time of day after {@code T} ignored;</li>
 *   <li>all-digit dates with the year last: {@code 20/08/1962}, {@code 20.08.1962}, {@code 8-20-1962}; where both
 *       readings are valid dates the {@link DateOrder} decides, where only one is it wins;</li>
 *   <li>month names in English or French, in any order with the day and year: {@code Aug 20, 1962},
 *       {@code 20 August 1962}, {@code 20 août 1962}, {@code 1er mars 1950}, {@code August 1962};</li>
 *   <li>bare years {@code 1962}; approximate years {@code c. 1962}, {@code ca 1962}, {@code circa 1962},
 *       {@code approx. 1962}, {@code vers 1962}, {@code ~1962}, read as one year either side;</li>
 *   <li>year ranges {@code 1960-1962}, {@code 1960/1962}, {@code 1960 to 1962}, {@code between 1960 and 1962},
 *       {@code entre 1960 et 1962}, {@code 1960..1962}.</li>
 * </ul>
 *
 * <p>Anything else, and impossible dates (31 February, years before 1000 or in the future), is refused with a
 * message saying what was expected. Immutable; may be shared between threads.
 */
public final class BirthDateReader {

    /** The earliest year read as a birth year: lists hold no one born before it, and three digits are typos. */
    private static final int FIRST_YEAR = 1000;

    private static final Pattern CIRCA = Pattern.compile(
            "^(?:(?:c|ca|circa|approx|approximately|about|around|abt|vers|environ|env)(?:\\.\\s*|\\s+)|~\\s*)(.+)$");
    private static final Pattern RANGE = Pattern.compile(
            "^(?:between\\s+|entre\\s+|from\\s+|de\\s+)?(\\d{4})\\s*(?:-|–|—|/|\\.\\.|to|and|et|a|au|until)\\s*(\\d{4})$");
    private static final Pattern ISO = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?(?:t.*)?$");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
    private static final Pattern NUMERIC = Pattern.compile("^(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{4})$");
    private static final Pattern YEAR = Pattern.compile("^\\d{4}$");
    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s,./-]+");
    private static final Pattern DAY = Pattern.compile("^(\\d{1,2})(?:st|nd|rd|th|er|e)?$");

    private final DateOrder order;
    private final Map<String, Integer> months;
    private final int lastYear;

    /** A reader for day-first files, with the month names of {@code months.tsv}. */
    public BirthDateReader() {
        this(DateOrder.DMY);
    }

    public BirthDateReader(DateOrder order) {
        this(order, LocalDate.now().getYear());
    }

    /** A reader refusing years after {@code lastYear} (fixed in tests). */
    BirthDateReader(DateOrder order, int lastYear) {
        this.order = order == null ? DateOrder.DMY : order;
        this.lastYear = lastYear;
        Map<String, Integer> m = new HashMap<>();
        for (TsvResource.Line line : TsvResource.read("months.tsv")) {
            int number;
            try {
                number = Integer.parseInt(line.cells().get(0));
            } catch (NumberFormatException e) {
                throw line.problem("a month number first");
            }
            for (String name : line.cells().subList(1, line.cells().size())) {
                m.put(fold(name), number);
            }
        }
        this.months = Map.copyOf(m);
    }

    public DateOrder order() {
        return order;
    }

    /**
     * The date in the engine's form, or null for a blank value.
     *
     * @throws IllegalArgumentException saying why the value cannot be read as a birth date
     */
    public String read(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String text = fold(written);
        Matcher circa = CIRCA.matcher(text);
        if (circa.matches()) {
            // an approximate date stands for its year give or take one (the engine compares ranges)
            String exact = readExact(circa.group(1), written);
            int range = exact.indexOf("..");
            int from = Integer.parseInt(exact.substring(0, 4));
            int to = range < 0 ? from : Integer.parseInt(exact.substring(range + 2));
            return Math.max(FIRST_YEAR, from - 1) + ".." + Math.min(lastYear, to + 1);
        }
        return readExact(text, written);
    }

    private String readExact(String text, String written) {
        Matcher m = RANGE.matcher(text);
        if (m.matches()) {
            int from = year(m.group(1), written);
            int to = year(m.group(2), written);
            if (to < from) {
                throw new IllegalArgumentException("a year range must run forward: " + written);
            }
            return from == to ? String.valueOf(from) : from + ".." + to;
        }
        m = ISO.matcher(text);
        if (m.matches()) {
            return date(year(m.group(1), written), Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), written);
        }
        m = COMPACT.matcher(text);
        if (m.matches()) {
            return date(year(m.group(1), written), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), written);
        }
        m = NUMERIC.matcher(text);
        if (m.matches()) {
            return numeric(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), year(m.group(3), written), written);
        }
        if (YEAR.matcher(text).matches()) {
            return String.valueOf(year(text, written));
        }
        return withMonthName(text, written);
    }

    /** "20/08/1962" or "08/20/1962": the only valid reading, else the one the date order gives. */
    private String numeric(int first, int second, int year, String written) {
        boolean dayFirst = valid(year, second, first);
        boolean monthFirst = valid(year, first, second);
        if (dayFirst && monthFirst) {
            return order == DateOrder.DMY ? date(year, second, first, written) : date(year, first, second, written);
        }
        if (dayFirst) {
            return date(year, second, first, written);
        }
        if (monthFirst) {
            return date(year, first, second, written);
        }
        throw new IllegalArgumentException("no such date: " + written);
    }

    /** "Aug 20, 1962", "20 août 1962", "August 1962": one month name, one four-digit year, at most one day. */
    private String withMonthName(String text, String written) {
        Integer month = null;
        Integer year = null;
        Integer day = null;
        for (String word : WORD_SPLIT.split(text)) {
            if (word.isEmpty() || word.equals("of") || word.equals("the") || word.equals("le")) {
                continue;
            }
            Integer named = months.get(word);
            Matcher d = DAY.matcher(word);
            if (named != null && month == null) {
                month = named;
            } else if (YEAR.matcher(word).matches() && year == null) {
                year = year(word, written);
            } else if (d.matches() && day == null) {
                day = Integer.parseInt(d.group(1));
            } else {
                throw unreadable(written);
            }
        }
        if (month == null || year == null) {
            throw unreadable(written);
        }
        return date(year, month, day == null ? 0 : day, written);
    }

    private int year(String digits, String written) {
        int year = Integer.parseInt(digits);
        if (year < FIRST_YEAR || year > lastYear) {
            throw new IllegalArgumentException("year out of range (" + FIRST_YEAR + "-" + lastYear + "): " + written);
        }
        return year;
    }

    /** The date as the engine writes it; {@code day} 0 for a month only. */
    private static String date(int year, int month, int day, String written) {
        if (day == 0) {
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("no such month: " + written);
            }
            return YearMonth.of(year, month).toString();
        }
        if (!valid(year, month, day)) {
            throw new IllegalArgumentException("no such date: " + written);
        }
        return LocalDate.of(year, month, day).toString();
    }

    private static boolean valid(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static IllegalArgumentException unreadable(String written) {
        return new IllegalArgumentException("cannot read as a date (e.g. 1962-08-20, 20/08/1962, Aug 20 1962, "
                + "1962, c. 1962, 1960-1962): " + written);
    }

    /** Lower case, accents off ("août" is "aout"), one space between words. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replaceAll("\\s+", " ");
    }

    /** The month numbers this reader knows by name, for tests. */
    List<String> monthNames() {
        return months.keySet().stream().sorted().toList();
    }
}
