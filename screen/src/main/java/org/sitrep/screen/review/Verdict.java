package org.sitrep.screen.review;

import java.util.Locale;

/** An analyst's decision on a hit. */
public enum Verdict {
    TRUE_MATCH, FALSE_MATCH, UNSURE;

    /** Reads {@code true}, {@code false}, {@code unsure} (or the constant names, any case). */
    public static Verdict parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        return switch (t) {
            case "true", "true_match", "match" -> TRUE_MATCH;
            case "false", "false_match", "no_match" -> FALSE_MATCH;
            case "unsure" -> UNSURE;
            default -> throw new IllegalArgumentException("a decision is true, false or unsure: " + text);
        };
    }
}
