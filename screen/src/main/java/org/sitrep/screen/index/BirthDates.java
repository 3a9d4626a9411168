package org.sitrep.screen.index;

/**
 * Birth dates as closed day ranges packed into {@code long}s ({@code yyyymmdd} of the first day in the high half,
 * of the last day in the low half), so that "1961", "1961-05", "1961-05-03" and "1960..1962" compare alike.
 */
public final class BirthDates {

    private BirthDates() {
    }

    /** The range a written date stands for, or -1 when it cannot be read. */
    public static long parse(String text) {
        if (text == null) {
            return -1;
        }
        String t = text.trim();
        int dots = t.indexOf("..");
        if (dots > 0) {
            long from = parse(t.substring(0, dots));
            long to = parse(t.substring(dots + 2));
            return from < 0 || to < 0 ? -1 : pack(first(from), last(to));
        }
        try {
            String[] parts = t.split("-");
            int year = Integer.parseInt(parts[0]);
            if (year < 1000 || year > 2999) {
                return -1;
            }
            if (parts.length == 1) {
                return pack(year * 10000 + 101, year * 10000 + 1231);
            }
            int month = Integer.parseInt(parts[1]);
            if (month < 1 || month > 12) {
                return pack(year * 10000 + 101, year * 10000 + 1231);
            }
            if (parts.length == 2) {
                return pack(year * 10000 + month * 100 + 1, year * 10000 + month * 100 + 31);
            }
            int day = Integer.parseInt(parts[2].length() > 2 ? parts[2].substring(0, 2) : parts[2]);
            int ymd = year * 10000 + month * 100 + day;
            return pack(ymd, ymd);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return -1;
        }
    }

    static long pack(int first, int last) {
        return ((long) first << 32) | (last & 0xffffffffL);
    }

    public static int first(long range) {
        return (int) (range >>> 32);
    }

    public static int last(long range) {
        return (int) range;
    }

    /** Whether the range is a single day. */
    public static boolean isDay(long range) {
        return first(range) == last(range);
    }

    /** Whole years between two ranges (0 when they overlap). */
    public static int yearsApart(long a, long b) {
        if (first(a) <= last(b) && first(b) <= last(a)) {
            return 0;
        }
        int gap = first(a) > last(b) ? first(a) / 10000 - last(b) / 10000 : first(b) / 10000 - last(a) / 10000;
        return Math.max(gap, 1);
    }

    /** The range written back as text, e.g. {@code 1961} or {@code 1961-05-03}. */
    public static String format(long range) {
        int f = first(range);
        int l = last(range);
        if (f == l) {
            return String.format("%04d-%02d-%02d", f / 10000, f / 100 % 100, f % 100);
        }
        if (f / 10000 == l / 10000) {
            return f % 10000 == 101 && l % 10000 == 1231 ? String.valueOf(f / 10000)
                    : String.format("%04d-%02d", f / 10000, f / 100 % 100);
        }
        return (f / 10000) + ".." + (l / 10000);
    }
}
