package org.sitrep.places;

import com.ibm.icu.text.Transliterator;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folds place names so that transliteration variants meet: script, diacritics, ʿayn and hamza marks, case,
 * hyphens and Arabic articles ("Ma‘arrat an Nu‘mān" and "Maarat al-Numan"; "Ar Raqqah" and "Raqqa").
 */
final class PlaceNames {

    private static final Set<String> ARTICLES = Set.of("al", "el", "ar", "as", "an", "ad", "at", "az", "ash", "ath",
            "adh", "aš", "ez", "es", "ed", "et", "er", "en");
    private static final Pattern MARKS = Pattern.compile("[‘’ʿʾ'`´ʹʻʼ]");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private final Transliterator toAscii = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    /** Lower-case ASCII words, articles dropped: "Deir ez-Zor" and "Deir al-Zor" both give "deir zor". */
    String fold(String name) {
        String ascii;
        synchronized (toAscii) {
            ascii = toAscii.transliterate(MARKS.matcher(name).replaceAll(""));
        }
        String[] words = NON_ALNUM.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll(" ").strip().split(" ");
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty() || ARTICLES.contains(w) && words.length > 1) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(w);
        }
        return out.toString();
    }

    /**
     * A consonant skeleton of a folded name: vowels (and the glides w, y), final h and doubled letters removed, so
     * "dayr zawr" and "deir zor" both give "dr zr", "raqqah" and "raqqa" both give "rq".
     */
    String skeleton(String folded) {
        StringBuilder out = new StringBuilder();
        for (String word : folded.split(" ")) {
            String w = word.endsWith("h") && word.length() > 2 ? word.substring(0, word.length() - 1) : word;
            StringBuilder s = new StringBuilder();
            char last = 0;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if ("aeiouyw".indexOf(c) >= 0 || c == last) {
                    last = "aeiouyw".indexOf(c) >= 0 ? last : c;
                    continue;
                }
                s.append(c);
                last = c;
            }
            if (s.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(s);
        }
        return out.toString();
    }
}
