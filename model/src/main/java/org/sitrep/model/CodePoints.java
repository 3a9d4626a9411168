package org.sitrep.model;

/** Conversions between UTF-16 indexes (what {@link String} uses) and code-point offsets (what spans use). */
public final class CodePoints {

    private CodePoints() {
    }

    /** Code-point offset of the UTF-16 index {@code charIndex} in {@code text}. */
    public static int offsetOf(String text, int charIndex) {
        return text.codePointCount(0, charIndex);
    }

    /** UTF-16 index of the code-point offset {@code codePointOffset} in {@code text}. */
    public static int charIndexOf(String text, int codePointOffset) {
        return text.offsetByCodePoints(0, codePointOffset);
    }

    /** Number of code points in {@code text}. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
