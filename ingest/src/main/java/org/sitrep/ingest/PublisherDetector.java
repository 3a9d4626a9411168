package org.sitrep.ingest;

import org.sitrep.model.CodePoints;
import org.sitrep.model.Span;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who published an article from the way news copy names its publisher: a dateline credit
 * ({@code BEIRUT, Feb. 5, 2016 (Sitrep Wire) —}) or a byline line of its own near the top or at the very end
 * ({@code Levant Monitor — Idlib correspondent}, {@code Gulf Ledger — Manama bureau}, {@code Eurasia Desk}).
 * Claims analysis needs it: two reports are independent only when their publishers differ.
 */
public final class PublisherDetector {

    /** A publisher's name: capitalised words, with small joining words allowed inside. */
    private static final String NAME = "\\p{Lu}[\\p{L}\\p{N}'&.-]*(?: (?:of|the|for|and|&|de|al-)? ?\\p{Lu}[\\p{L}\\p{N}'&.-]*){0,5}";

    /** Upper-case place, a date, then the publisher in brackets and a dash: the wire-copy dateline. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'-]{1,40}, [^()\\n]{4,30}? \\((" + NAME + ")\\) [—–-]", Pattern.MULTILINE);

    /** A line holding only a name, optionally followed by a dash and the desk, bureau or correspondent. */
    private static final Pattern BYLINE = Pattern.compile("^(" + NAME + ") [—–] [^\\n]{1,60}$");

    private static final Pattern BARE_NAME = Pattern.compile("^(" + NAME + ")$");

    /**
     * A compilation's masthead on its first line: a name, then what the compilation is ("Levant Monitor — weekly
     * digest", "Levant Monitor Weekly Digest, February 2016"). Articles of the compilation that name no publisher
     * of their own take this one.
     */
    private static final Pattern MASTHEAD = Pattern.compile("^(" + NAME + "?)(?: [—–:-])? (?i:(?:daily|weekly|monthly|news)"
            + " )?(?i:digest|round-?up|briefing|bulletin|newsletter|clippings|press review|news summary)\\b[^\\n]{0,60}$");

    /** How far into an article the dateline or top byline may sit, in lines. */
    private static final int HEAD_LINES = 6;

    /** The publisher named in {@code text}, with its code-point span; empty when the text names none. */
    public Optional<Span> detect(String text) {
        Optional<Span> masthead = masthead(text);
        if (masthead.isPresent()) {
            return masthead;
        }
        String head = head(text);
        Matcher m = DATELINE.matcher(head);
        if (m.find()) {
            return Optional.of(span(text, m.start(1), m.end(1)));
        }
        String[] lines = text.split("\n", -1);
        int offset = 0;
        int seen = 0;
        // Skip the title line: a headline can look like a name too.
        for (int i = 0; i < lines.length && seen <= HEAD_LINES; i++) {
            String line = lines[i];
            if (i > 0 && !line.isBlank()) {
                seen++;
                Matcher b = BYLINE.matcher(line.strip());
                if (b.matches()) {
                    int lead = line.indexOf(line.strip());
                    return Optional.of(span(text, offset + lead + b.start(1), offset + lead + b.end(1)));
                }
            }
            offset += line.length() + 1;
        }
        return trailing(text);
    }

    /** The publisher a compilation's masthead (its first non-blank line) names, with its code-point span. */
    public Optional<Span> masthead(String text) {
        String lead = text.stripLeading();
        int start = text.length() - lead.length();
        int end = lead.indexOf('\n');
        String line = (end < 0 ? lead : lead.substring(0, end)).strip();
        Matcher m = MASTHEAD.matcher(line);
        if (!m.matches() || m.group(1).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(span(text, start + m.start(1), start + m.end(1)));
    }

    /** A sign-off on the last line: a byline with desk, or a bare short name (no sentence punctuation). */
    private static Optional<Span> trailing(String text) {
        String stripped = text.stripTrailing();
        int lineStart = stripped.lastIndexOf('\n') + 1;
        if (lineStart == 0) {
            return Optional.empty();
        }
        String line = stripped.substring(lineStart);
        String core = line.strip();
        int lead = line.indexOf(core);
        Matcher b = BYLINE.matcher(core);
        if (b.matches()) {
            return Optional.of(span(text, lineStart + lead + b.start(1), lineStart + lead + b.end(1)));
        }
        Matcher bare = BARE_NAME.matcher(core);
        if (bare.matches() && core.split(" ").length <= 4 && !core.endsWith(".")) {
            return Optional.of(span(text, lineStart + lead, lineStart + lead + core.length()));
        }
        return Optional.empty();
    }

    private static String head(String text) {
        int end = 0;
        for (int i = 0; i < HEAD_LINES + 1 && end >= 0; i++) {
            end = text.indexOf('\n', end + 1);
        }
        return end < 0 ? text : text.substring(0, end);
    }

    private static Span span(String text, int from, int to) {
        return Span.of(text, CodePoints.offsetOf(text, from), CodePoints.offsetOf(text, to));
    }
}
