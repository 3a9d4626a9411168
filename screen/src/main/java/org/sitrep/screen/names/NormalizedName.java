package org.sitrep.screen.names;

import java.util.List;

/**
 * A name reduced to comparable words: Latin script, lower case, no diacritics or punctuation, articles dropped,
 * compounds joined, spelling variants of given names and legal forms replaced by their canonical form.
 *
 * @param original the name as given
 * @param tokens   the comparable words, in the order of the original
 * @param abjad    whether the name was written in a script that usually leaves out vowels (Arabic, Hebrew), so its
 *                 words are best compared by their consonants
 */
public record NormalizedName(String original, List<String> tokens, boolean abjad) {

    public NormalizedName {
        tokens = List.copyOf(tokens);
    }

    /** Whether nothing comparable is left (e.g. the name was only punctuation). */
    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** The comparable words joined by spaces, e.g. {@code turki binali}. */
    public String folded() {
        return String.join(" ", tokens);
    }
}
