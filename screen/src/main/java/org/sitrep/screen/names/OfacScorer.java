package org.sitrep.screen.names;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An emulation of the score OFAC's Sanctions List Search shows, for comparing Sitrep with the tool analysts know.
 * OFAC documents that its tool applies Jaro-Winkler (and Soundex) to names as typed, without transliteration.
 * The reference scores we have behave like the larger of two Jaro-Winkler readings:
 * <ul>
 *   <li>word by word: each query word against its most similar word of the listed name, averaged over the query
 *       words (words of one or two letters are left out when longer ones exist) — but only when every query word
 *       finds a word at least {@value #WORD_FLOOR} similar: "GEORGE BUSH" against "HASWANI, George" scores as two
 *       whole strings, not as one word found out of two;</li>
 *   <li>whole: the query against the listed name as one string without spaces, in the order the list writes
 *       it.</li>
 * </ul>
 *
 * <p>Stateless; may be shared between threads.
 */
public final class OfacScorer {

    /** The similarity every query word needs to a listed word for the word-by-word reading to count. */
    static final double WORD_FLOOR = 0.7;

    private final JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();

    /** The emulated score in [0, 1], with the two readings that produce it. */
    public Result score(String query, String listedName) {
        List<String> q = words(query, true);
        List<String> c = words(listedName, false);
        if (q.isEmpty() || c.isEmpty()) {
            return new Result(0, 0, 0);
        }
        List<String> significant = q.stream().filter(w -> w.length() > 2).toList();
        if (significant.isEmpty()) {
            significant = q;
        }
        double total = 0;
        double worst = 1;
        for (String word : significant) {
            double best = 0;
            for (String other : c) {
                best = Math.max(best, classicJaroWinkler(word, other));
            }
            total += best;
            worst = Math.min(worst, best);
        }
        double byWord = total / significant.size();
        double whole = classicJaroWinkler(String.join("", q), String.join("", c));
        return new Result(worst >= WORD_FLOOR ? Math.max(byWord, whole) : whole, byWord, whole);
    }

    /**
     * Jaro-Winkler as Winkler defined it: the common prefix (up to four letters) lifts the Jaro similarity by a tenth
     * of the remaining gap per letter, whatever the strings' length. Commons Text scales the lift down for strings
     * longer than ten characters and skips it below 0.7 Jaro; OFAC's whole-name scores show the classic lift, so the
     * library's Jaro part is recovered from its result and lifted again the classic way.
     */
    double classicJaroWinkler(String a, String b) {
        double library = jaroWinkler.apply(a, b);
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        if (prefix == 0 || library >= 1.0) {
            return library;
        }
        double libraryLift = Math.min(0.1, 1.0 / Math.max(a.length(), b.length())) * prefix;
        double jaro = library < 0.7 ? library : (library - libraryLift) / (1 - libraryLift);
        if (jaro >= 0.7 || library < 0.7) {
            return jaro + 0.1 * prefix * (1 - jaro);
        }
        return library;
    }

    /** Upper-case words of A-Z and digits only; apostrophes and full stops vanish, all else separates. */
    private static List<String> words(String name, boolean query) {
        String upper = name.toUpperCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < upper.length(); i++) {
            char ch = upper.charAt(i);
            if ((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')) {
                word.append(ch);
            } else if (ch == '\'' || ch == '.' || ch == '\u2019') {
                continue;
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }

    /**
     * @param score  the emulated tool score in [0, 1]
     * @param byWord the word-by-word reading
     * @param whole  the whole-string reading
     */
    public record Result(double score, double byWord, double whole) {
    }
}
