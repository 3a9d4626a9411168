package org.sitrep.ingest;

import org.sitrep.model.DocDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates written the ways English reporting writes them: {@code 2016-02-25}, {@code 2/11/2016},
 * {@code 25 February 2016}, {@code Feb. 25, 2016}, {@code Sunday, 5 June 2016}, {@code 4 June, 2016},
 * {@code 3 Oct 2016}, and (month precision) {@code February 2016}.
 */
public final class DateFinder {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final Pattern ISO = Pattern.compile("\\b" + YEAR + "-(\\d{2})-(\\d{2})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/" + YEAR + "\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b" + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR + "\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+" + YEAR + "\\b",
            Pattern.CASE_INSENSITIVE);
    /** What may stand around a date on a line that holds nothing else: labels, weekdays, times, punctuation. */
    private static final Pattern DATE_LINE_NOISE = Pattern.compile("(?i)^(published|posted|updated|date|dated|on)"
            + "(\\s+on)?\\s*:?\\s*|^\\d{1,2}[:.]\\d{2}\\s*([ap]\\.?m\\.?)?\\s*[–—-]?\\s*|^(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s*"
            + "|\\s*(at\\s+)?\\d{1,2}[:.]\\d{2}(\\s*[ap]\\.?m\\.?)?(\\s*[A-Z]{2,4})?\\s*$|[\\s,.–—-]+$");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private DateFinder() {
    }

    /** A date found in a string: its value and the UTF-16 range it covers. */
    public record Found(DocDate date, int start, int end) {
    }

    /** The first day-precision date anywhere in {@code s}, or null. */
    public static Found find(String s) {
        Found best = null;
        for (Pattern p : new Pattern[] {ISO, NUMERIC, DAY_MONTH_YEAR, MONTH_DAY_YEAR}) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                LocalDate d = toDate(p, m);
                if (d != null) {
                    if (best == null || m.start() < best.start()) {
                        best = new Found(DocDate.fromText(d, DocDate.Precision.DAY), m.start(), m.end());
                    }
                    break;
                }
            }
        }
        return best;
    }

    /** The date when {@code line} holds a date and nothing else of substance ("Sunday, 5 June 2016"), else null. */
    public static DocDate parseWhole(String line) {
        String s = line.strip();
        for (int i = 0; i < 4; i++) {
            s = DATE_LINE_NOISE.matcher(s).replaceAll("").strip();
        }
        if (s.isEmpty() || s.length() > 40) {
            return null;
        }
        Found found = find(s);
        if (found != null && found.start() == 0 && found.end() == s.length()) {
            return found.date();
        }
        Matcher m = MONTH_YEAR.matcher(s);
        if (m.matches()) {
            Integer month = month(m.group(1));
            return DocDate.fromText(LocalDate.of(Integer.parseInt(m.group(2)), month, 1), DocDate.Precision.MONTH);
        }
        return null;
    }

    private static LocalDate toDate(Pattern p, Matcher m) {
        try {
            if (p == ISO) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if (p == NUMERIC) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                int y = Integer.parseInt(m.group(3));
                // US order (month/day) as American sources write it, unless the first number cannot be a month.
                return a > 12 ? LocalDate.of(y, b, a) : LocalDate.of(y, a, b);
            }
            if (p == DAY_MONTH_YEAR) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            }
            return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }
}
