package org.sitrep.extract.event;

import edu.stanford.nlp.ling.CoreLabel;
import org.sitrep.extract.Fatalities;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads numbers of people and things as ranges.
 *
 * <p>Conventions, so that figures from different reports compare: an exact number is low = best = high; "at least",
 * "more than", "over" give a low bound (best = that number, no high); "up to", "nearly", "almost", "as many as" give
 * a high bound (best = that number, no low); "about", "around", "some", "roughly" give best only. Vague plurals are
 * ranges whose best figure is ACLED's conservative reading (a dozen for "dozens", a hundred for "hundreds"): "dozens"
 * 12/12/99, "scores" 40/40/99, "hundreds" 100/100/999, "thousands" 1000/1000/9999, "several" and "a few" 2/3/9.
 * "Twenty to thirty" is 20/25/30.
 */
public final class Quantities {

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozen", 12));
    private static final Map<String, Integer> SCALES = Map.of("hundred", 100, "thousand", 1000, "million", 1_000_000);
    private static final Map<String, Fatalities> VAGUE = Map.of(
            "dozens", new Fatalities(12, 12, 99), "scores", new Fatalities(40, 40, 99),
            "hundreds", new Fatalities(100, 100, 999), "thousands", new Fatalities(1000, 1000, 9999),
            "several", new Fatalities(2, 3, 9), "few", new Fatalities(2, 3, 9));
    private static final Set<String> LOWER_BOUND = Set.of("at least", "more than", "over", "upwards of", "in excess of");
    private static final Set<String> UPPER_BOUND = Set.of("up to", "nearly", "almost", "as many as", "fewer than",
            "less than", "under");
    private static final Set<String> APPROXIMATE = Set.of("about", "around", "some", "roughly", "approximately",
            "an estimated", "estimated");

    private Quantities() {
    }

    /** A number read from tokens: where it is and what range it stands for. */
    public record Reading(int start, int end, Fatalities range) {
    }

    /** The number starting at token {@code i}, with any qualifier in the two tokens before it, or null. */
    public static Reading readAt(List<CoreLabel> tokens, int i) {
        String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
        Fatalities vague = VAGUE.get(word);
        if (vague != null) {
            return new Reading(i, i + 1, vague);
        }
        Long value = numberValue(tokens.get(i));
        if (value == null || value > 10_000_000L || isDayOfMonth(tokens, i)) {
            return null;
        }
        int end = i + 1;
        // "250,000", "2.5 million", "twenty-five": extend over scale words.
        while (end < tokens.size()) {
            Integer scale = SCALES.get(tokens.get(end).word().toLowerCase(Locale.ROOT));
            if (scale == null) {
                break;
            }
            value *= scale;
            end++;
        }
        int n = (int) Math.min(Integer.MAX_VALUE, value);
        // "20 to 30", "20-30"
        if (end + 1 < tokens.size() && (tokens.get(end).word().equals("to") || tokens.get(end).word().equals("-")
                || tokens.get(end).word().equals("and") && i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("between"))) {
            Long upper = numberValue(tokens.get(end + 1));
            if (upper != null && upper > n && upper < 10_000_000L) {
                int hi = upper.intValue();
                return new Reading(i, end + 2, new Fatalities(n, (n + hi) / 2, hi));
            }
        }
        String before = qualifier(tokens, i);
        if (LOWER_BOUND.contains(before)) {
            return new Reading(i, end, new Fatalities(n, n, null));
        }
        if (UPPER_BOUND.contains(before)) {
            return new Reading(i, end, new Fatalities(null, n, n));
        }
        if (APPROXIMATE.contains(before)) {
            return new Reading(i, end, new Fatalities(null, n, null));
        }
        return new Reading(i, end, new Fatalities(n, n, n));
    }

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "jan.", "feb", "feb.", "mar", "mar.",
            "apr", "apr.", "jun", "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.",
            "nov", "nov.", "dec", "dec.");

    /** "on Thursday, 4 February", "Feb. 4": a day of a month, not a count. */
    private static boolean isDayOfMonth(List<CoreLabel> tokens, int i) {
        String word = tokens.get(i).word();
        if (!word.matches("\\d{1,2}(st|nd|rd|th)?")) {
            return false;
        }
        boolean monthAfter = i + 1 < tokens.size() && isMonth(tokens.get(i + 1).word());
        boolean monthBefore = i >= 1 && isMonth(tokens.get(i - 1).word());
        return monthAfter || monthBefore;
    }

    private static boolean isMonth(String word) {
        // "May" the month and "may" the verb: only the capitalised form counts.
        return MONTHS.contains(word.toLowerCase(Locale.ROOT)) && Character.isUpperCase(word.charAt(0));
    }

    private static String qualifier(List<CoreLabel> tokens, int i) {
        String one = i >= 1 ? tokens.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
        String two = i >= 2 ? tokens.get(i - 2).word().toLowerCase(Locale.ROOT) + " " + one : "";
        String three = i >= 3 ? tokens.get(i - 3).word().toLowerCase(Locale.ROOT) + " " + two : "";
        if (LOWER_BOUND.contains(three) || UPPER_BOUND.contains(three)) {
            return three;
        }
        if (LOWER_BOUND.contains(two) || UPPER_BOUND.contains(two) || APPROXIMATE.contains(two)) {
            return two;
        }
        return one;
    }

    /** The value of a number token ("30", "250,000", "thirty", "twenty-five"), or null if it is not one. */
    static Long numberValue(CoreLabel token) {
        String w = token.word().toLowerCase(Locale.ROOT).replace(",", "");
        if (w.matches("\\d{1,9}")) {
            // Four-digit numbers tagged as dates are years, not counts.
            if ("DATE".equals(token.ner()) || w.length() == 4 && w.matches("(19|20)\\d\\d")) {
                return null;
            }
            return Long.parseLong(w);
        }
        if (w.matches("\\d+\\.\\d+")) {
            return null;
        }
        Integer word = WORDS.get(w);
        if (word != null) {
            return (long) word;
        }
        int dash = w.indexOf('-');
        if (dash > 0) {
            Integer tens = WORDS.get(w.substring(0, dash));
            Integer units = WORDS.get(w.substring(dash + 1));
            if (tens != null && units != null && tens >= 20 && units < 10) {
                return (long) (tens + units);
            }
        }
        return null;
    }
}
