package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a long document into windows that are extracted one after another, so that the tagger's annotation, whose size
 * grows with the text it holds, stays bounded however long the document is.
 *
 * <p>Each window is an {@link InputDocument} whose {@code offset} is where it starts in the document (code points), the
 * same convention {@link CompilationSplitter} uses for an article cut out of a file, so that a window's spans move into
 * the document by {@link org.sitrep.model.Span#shift}. Unlike that splitter, which finds articles by their headlines,
 * this one cuts by size: a window ends at the last paragraph break (a blank line) in its second half, else the last
 * sentence end (full stop, question or exclamation mark, optionally closed by quotes or brackets, then whitespace) in
 * its second half, else its last whitespace. Only a window without any whitespace (no word boundary to cut at) is cut
 * at its full size, and then never between the two halves of a surrogate pair.
 */
final class DocumentWindows {

    /** A blank line: a line break, spaces or tabs only, a line break. */
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[\\t\\x0B\\f\\r \\u00a0]*\\n");
    /** The end of a sentence and the whitespace after it. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’)\\]]*\\s");

    private final int windowChars;

    /** Windows of at most {@code windowChars} UTF-16 units (at least 2, so that a surrogate pair always fits). */
    DocumentWindows(int windowChars) {
        if (windowChars < 2) {
            throw new IllegalArgumentException("a window needs at least 2 characters, got " + windowChars);
        }
        this.windowChars = windowChars;
    }

    int windowChars() {
        return windowChars;
    }

    /** Whether {@code document} is too long for one window. */
    boolean needsCutting(InputDocument document) {
        return document.text().length() > windowChars;
    }

    /**
     * The windows of {@code document}, in order: their texts put together are the document's text, each has the
     * document's id, title and date, and its offset is where it starts in the document's text, in code points.
     */
    List<InputDocument> cut(InputDocument document) {
        List<InputDocument> windows = new ArrayList<>();
        windowsOf(document).forEach(windows::add);
        return windows;
    }

    /**
     * As {@link #cut}, each window cut only when it is asked for, so that no more than one window's copy of the text
     * is held besides the document's own.
     */
    Iterable<InputDocument> windowsOf(InputDocument document) {
        String text = document.text();
        return () -> new Iterator<>() {
            private int from;
            private int codePoint;

            @Override
            public boolean hasNext() {
                return from < text.length();
            }

            @Override
            public InputDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int to = text.length() - from <= windowChars ? text.length() : cutPoint(text, from, from + windowChars);
                InputDocument window = new InputDocument(document.id(), codePoint, document.title(),
                        text.substring(from, to), document.date());
                codePoint += text.codePointCount(from, to);
                from = to;
                return window;
            }
        };
    }

    /** Where the window starting at {@code from} ends, at most at {@code limit} (which is inside the text). */
    static int cutPoint(String text, int from, int limit) {
        // Prefer the natural breaks only in the window's second half, so that no window is needlessly small.
        int half = from + (limit - from) / 2;
        int cut = lastMatchEnd(PARAGRAPH_BREAK, text, half, limit);
        if (cut < 0) {
            cut = lastMatchEnd(SENTENCE_END, text, half, limit);
        }
        if (cut < 0) {
            for (int i = limit - 1; i > from; i--) {
                if (Character.isWhitespace(text.charAt(i))) {
                    cut = i + 1;
                    break;
                }
            }
        }
        if (cut < 0) {
            cut = limit;
            if (Character.isHighSurrogate(text.charAt(cut - 1)) && Character.isLowSurrogate(text.charAt(cut))) {
                cut--;
            }
        }
        return cut;
    }

    private static int lastMatchEnd(Pattern pattern, String text, int from, int to) {
        Matcher m = pattern.matcher(text).region(from, to);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }
}
