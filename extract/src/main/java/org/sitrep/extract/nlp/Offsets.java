package org.sitrep.extract.nlp;

import org.sitrep.model.Span;

/**
 * Converts CoreNLP's character offsets (UTF-16 indexes) into the code-point offsets of the contract, for one text.
 * Built once per document so that each conversion is an array lookup.
 */
public final class Offsets {

    private final String text;
    private final int[] codePointAt;

    public Offsets(String text) {
        this.text = text;
        this.codePointAt = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointAt[i] = cp;
            // The low half of a surrogate pair shares its code point with the high half.
            if (!(Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))) {
                cp++;
            }
        }
        codePointAt[text.length()] = cp;
    }

    public String text() {
        return text;
    }

    /** The code-point offset of UTF-16 index {@code charIndex}. */
    public int codePoint(int charIndex) {
        return codePointAt[charIndex];
    }

    /** The span covering UTF-16 range {@code [charStart, charEnd)}, in code points, with its text. */
    public Span span(int charStart, int charEnd) {
        return new Span(codePointAt[charStart], codePointAt[charEnd], text.substring(charStart, charEnd));
    }
}
