package org.sitrep.model;

import java.util.Objects;

/**
 * A stretch of a document's text, in Unicode code points ({@code text.codePoints()} positions), end exclusive.
 * Code points rather than UTF-16 units so that offsets agree with every other language's string indexing.
 *
 * @param start first code point
 * @param end   one past the last code point
 * @param text  the covered text; always equal to {@code Span.of(document, start, end).text()}
 */
public record Span(int start, int end, String text) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(text, "text");
    }

    /** Cuts the span {@code [start, end)} out of {@code document}, counting code points. */
    public static Span of(String document, int start, int end) {
        int from = document.offsetByCodePoints(0, start);
        int to = document.offsetByCodePoints(from, end - start);
        return new Span(start, end, document.substring(from, to));
    }

    /** This span moved by {@code delta} code points, e.g. from an article into the file that holds it. */
    public Span shift(int delta) {
        return new Span(start + delta, end + delta, text);
    }

    public int length() {
        return end - start;
    }
}
