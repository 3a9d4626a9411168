package org.sitrep.screen.names;

import java.util.HashMap;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Given names typed with one slip ({@code abddullah}, {@code moamed}, {@code muhammaad}): a word the vocabulary does
 * not know that is one letter dropped, added, replaced or swapped with its neighbour away from a spelling of exactly
 * one given name class is read as that class. Lists spell these names in canonical classes; without this a slip in
 * one leaves the word unpaired, and a two-word name becomes a fragment.
 *
 * <p>Kept apart from what a slip cannot tell: the first letter must agree, the last may not be replaced and none may be
 * added after it, since name endings carry meaning ({@code Karim}/{@code Karima}, {@code Ahmad}/{@code Ahmadi}); and
 * words shorter than {@link #MIN_LENGTH} letters are left alone, where one letter makes another name
 * ({@code Omar}/{@code Amar}).
 * Found through the one-deletion neighbourhoods of the spellings (as SymSpell does), so a look-up costs a few hash
 * probes.
 */
final class GivenNameSlips {

    static final int MIN_LENGTH = 5;

    /** One-deletion forms (and the spellings themselves) → the spellings they come from. */
    private final Map<String, List<String>> byDeletion = new HashMap<>();
    private final Map<String, String> canonical;

    /** @param spellings every spelling of a given name class → the class's canonical spelling */
    GivenNameSlips(Map<String, String> spellings) {
        this.canonical = Map.copyOf(spellings);
        for (String spelling : spellings.keySet()) {
            if (spelling.length() < MIN_LENGTH - 1) {
                continue;
            }
            add(spelling, spelling);
            for (int i = 0; i < spelling.length(); i++) {
                add(deleted(spelling, i), spelling);
            }
        }
    }

    private void add(String key, String spelling) {
        List<String> list = byDeletion.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(spelling)) {
            list.add(spelling);
        }
    }

    /**
     * The canonical spelling of the one class the unknown {@code word} is a slip of, or null (too short, no class, or
     * two classes it could be a slip of). {@code known} tells words of the vocabulary, which are never slips.
     */
    String classOf(String word, Predicate<String> known) {
        if (word.length() < MIN_LENGTH || known.test(word)) {
            return null;
        }
        String found = null;
        for (int i = -1; i < word.length(); i++) {
            List<String> spellings = byDeletion.get(i < 0 ? word : deleted(word, i));
            if (spellings == null) {
                continue;
            }
            for (String spelling : spellings) {
                if (oneSlip(word, spelling)) {
                    String c = canonical.get(spelling);
                    if (found != null && !found.equals(c)) {
                        return null; // a slip of either of two names: it tells neither
                    }
                    found = c;
                }
            }
        }
        return found;
    }

    private static String deleted(String s, int i) {
        return s.substring(0, i) + s.substring(i + 1);
    }

    /** Whether {@code typed} is {@code spelling} with one slip that a name's first and last letters allow. */
    static boolean oneSlip(String typed, String spelling) {
        if (typed.isEmpty() || spelling.isEmpty() || typed.charAt(0) != spelling.charAt(0)) {
            return false;
        }
        int n = typed.length();
        int m = spelling.length();
        if (n == m) {
            int first = -1;
            int second = -1;
            for (int i = 0; i < n; i++) {
                if (typed.charAt(i) != spelling.charAt(i)) {
                    if (first < 0) {
                        first = i;
                    } else if (second < 0) {
                        second = i;
                    } else {
                        return false;
                    }
                }
            }
            if (first < 0) {
                return false;
            }
            if (second < 0) {
                return first < n - 1; // one letter replaced, not the last
            }
            return second == first + 1 && typed.charAt(first) == spelling.charAt(second)
                    && typed.charAt(second) == spelling.charAt(first); // two neighbours swapped
        }
        if (n == m + 1) {
            // one letter added, not after the last: the typed word ends as the spelling does
            return typed.charAt(n - 1) == spelling.charAt(m - 1) && withoutOne(typed, spelling);
        }
        if (n + 1 == m) {
            return withoutOne(spelling, typed); // one letter dropped
        }
        return false;
    }

    /** Whether {@code shorter} is {@code longer} with one letter left out. */
    private static boolean withoutOne(String longer, String shorter) {
        int i = 0;
        while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
            i++;
        }
        return longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
    }
}
