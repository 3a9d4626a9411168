package org.sitrep.screen.input;

import java.util.regex.Pattern;

/**
 * Tidies a name as typed into a customer file before it is screened: runs of spaces (also no-break and tab) become one,
 * stray punctuation at either end ("*John Smith*", "SMITH, John,", "- Acme Ltd.") goes, doubled commas become one.
 * Capitals and punctuation inside the name are the normaliser's business and are left alone.
 */
public final class QueryNames {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");
    private static final Pattern COMMAS = Pattern.compile("\\s*,[\\s,]*");

    private QueryNames() {
    }

    /** The tidied name, or null when it holds no letter or digit at all. */
    public static String tidy(String name) {
        if (name == null) {
            return null;
        }
        String s = SPACES.matcher(name).replaceAll(" ");
        s = COMMAS.matcher(s).replaceAll(", ");
        int from = 0;
        int to = s.length();
        while (from < to && !keepsAtStart(s.codePointAt(from))) {
            from += Character.charCount(s.codePointAt(from));
        }
        while (to > from && !keepsAtEnd(s.codePointBefore(to))) {
            to -= Character.charCount(s.codePointBefore(to));
        }
        String tidy = s.substring(from, to);
        return tidy.codePoints().anyMatch(Character::isLetterOrDigit) ? tidy : null;
    }

    private static boolean keepsAtStart(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '(' || cp == '\'' || cp == '\u2018';
    }

    /** A closing bracket or a full stop after an abbreviation ("Acme Co.") belongs to the name. */
    private static boolean keepsAtEnd(int cp) {
        return Character.isLetterOrDigit(cp) || cp == ')' || cp == '.' || cp == '\'';
    }
}
