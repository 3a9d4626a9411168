package org.sitrep.ingest;

import org.sitrep.model.DocDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a compilation (several articles pasted into one file, as blogs and digests do) into its articles, and
 * finds each article's title and date.
 *
 * <p>An article starts at a headline: a short line after a blank line, starting with a capital, not ending like a
 * sentence, not all capitals (that is a section heading), and not a tweet, byline or speaker label. A date line just
 * before or after the headline belongs to the article. A headline only starts a new article once the current one has
 * a body of its own, so title blocks (headline, subtitle, date) stay together; a separator line ({@code ***}) followed
 * by a headline ends an article. A file without such structure is one article.
 */
public final class ArticleSplitter {

    /** Body characters an article needs before a headline may start the next one. */
    static final int MIN_BODY_CHARS = 250;

    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(([*•#~=_]\\s*){3,}|[-–—]{3,}|[-–—]\\s*end\\s*[-–—]?)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPEAKER_LABEL = Pattern.compile("^[A-Z][A-Z .’']{1,30}:");
    private static final Pattern DATELINE = Pattern.compile("^(?:[A-Z][A-Z .'’-]{2,40}|[A-Z][a-z]+(?: [A-Z][a-z]+)?"
            + " \\([A-Z][A-Za-z .]+\\))(?:,\\s*[A-Za-z .]{2,30})?\\s*[,(–—-]");

    /** One article: a UTF-16 range of the text, with its title and date. */
    public record Article(int start, int end, String title, DocDate date) {
    }

    private enum Kind { BLANK, SEPARATOR, DATE, HEADLINE, TEXT }

    private record Line(int start, int end, String text, Kind kind, DocDate date) {
    }

    /**
     * For an article of a compilation that gives no date of its own: the month of the nearest article before it
     * that gives one, else of the nearest after it. A compilation gathers the reporting of a period, so its pieces
     * are most likely of that month; the coarse precision says that the day is not known.
     */
    public static DocDate neighboursMonth(List<Article> articles, int i) {
        if (articles.size() < 2) {
            return DocDate.UNKNOWN;
        }
        for (int distance = 1; distance < articles.size(); distance++) {
            for (int k : new int[] {i - distance, i + distance}) {
                if (k >= 0 && k < articles.size() && articles.get(k).date().isKnown()) {
                    LocalDate day = articles.get(k).date().value();
                    return DocDate.fromText(day.withDayOfMonth(1), DocDate.Precision.MONTH);
                }
            }
        }
        return DocDate.UNKNOWN;
    }

    /** The articles of {@code text}, in order; at least one unless the text is blank. */
    public List<Article> split(String text) {
        List<Line> lines = classify(text);
        List<int[]> ranges = new ArrayList<>(); // [firstLine, lastLine]
        int articleStart = firstContent(lines, 0);
        if (articleStart < 0) {
            return List.of();
        }
        int bodyChars = 0;
        for (int i = articleStart; i < lines.size(); i++) {
            Line line = lines.get(i);
            boolean afterBlank = i == 0 || lines.get(i - 1).kind() == Kind.BLANK;
            if (line.kind() == Kind.SEPARATOR) {
                int next = firstContent(lines, i + 1);
                if (next < 0) {
                    break;
                }
                // A separator ends an article only when a new one (headline first) follows; else it is a section break.
                boolean headlineFollows = lines.get(next).kind() == Kind.HEADLINE
                        || lines.get(next).kind() == Kind.DATE && nextContentIsHeadline(lines, next);
                if (bodyChars > 0 && headlineFollows) {
                    ranges.add(new int[] {articleStart, i - 1});
                    articleStart = next;
                    bodyChars = 0;
                }
                i = next - 1;
                continue;
            }
            boolean startsHere = afterBlank && bodyChars >= MIN_BODY_CHARS
                    && (line.kind() == Kind.HEADLINE || line.kind() == Kind.DATE && nextContentIsHeadline(lines, i));
            if (startsHere) {
                ranges.add(new int[] {articleStart, i - 1});
                articleStart = i;
                bodyChars = 0;
            }
            if (line.kind() == Kind.TEXT || line.kind() == Kind.HEADLINE && bodyChars > 0) {
                bodyChars += line.text().length();
            }
        }
        ranges.add(new int[] {articleStart, lines.size() - 1});
        mergeBodilessTail(ranges, lines);

        List<Article> articles = new ArrayList<>();
        for (int[] r : ranges) {
            articles.add(describe(text, lines, r[0], r[1]));
        }
        return articles;
    }

    /** {@code text} as one article, with the title and date of its title block. */
    public Article whole(String text) {
        List<Line> lines = classify(text);
        int first = firstContent(lines, 0);
        return first < 0 ? new Article(0, 0, null, DocDate.UNKNOWN) : describe(text, lines, first, lines.size() - 1);
    }

    /** A last piece without a body of its own ("Post a Comment") belongs to the article before it. */
    private static void mergeBodilessTail(List<int[]> ranges, List<Line> lines) {
        if (ranges.size() < 2) {
            return;
        }
        int[] last = ranges.getLast();
        int body = 0;
        for (int i = last[0]; i <= last[1]; i++) {
            if (lines.get(i).kind() == Kind.TEXT || lines.get(i).kind() == Kind.HEADLINE) {
                body += lines.get(i).text().length();
            }
        }
        if (body < MIN_BODY_CHARS / 2) {
            ranges.removeLast();
            ranges.getLast()[1] = last[1];
        }
    }

    private static Article describe(String text, List<Line> lines, int first, int last) {
        while (last > first && (lines.get(last).kind() == Kind.BLANK || lines.get(last).kind() == Kind.SEPARATOR)) {
            last--;
        }
        String title = null;
        DocDate date = DocDate.UNKNOWN;
        int bodyLinesSeen = 0;
        for (int i = first; i <= last && bodyLinesSeen < 3; i++) {
            Line line = lines.get(i);
            switch (line.kind()) {
                case DATE -> {
                    if (!date.isKnown()) {
                        date = line.date();
                    }
                }
                case HEADLINE -> {
                    if (title == null) {
                        title = line.text().strip();
                    } else {
                        bodyLinesSeen++;
                    }
                }
                case TEXT -> {
                    if (title == null && bodyLinesSeen == 0 && line.text().length() <= 200
                            && !line.text().strip().endsWith(".")) {
                        title = line.text().strip();
                        break;
                    }
                    if (!date.isKnown()) {
                        date = datelineDate(line.text());
                    }
                    bodyLinesSeen++;
                }
                default -> {
                }
            }
        }
        if (!date.isKnown()) {
            date = latestDateLine(lines, first, last);
        }
        int end = lines.get(last).end();
        while (end > lines.get(first).start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Article(lines.get(first).start(), end, title, date);
    }

    /**
     * The latest date standing on a line of its own anywhere in the article: an article without a dated title block
     * is dated by what it quotes with dates ("10:17 AM – 3 Oct 2016" under a tweet), and written after the latest.
     */
    private static DocDate latestDateLine(List<Line> lines, int first, int last) {
        DocDate latest = DocDate.UNKNOWN;
        for (int i = first; i <= last; i++) {
            Line line = lines.get(i);
            if (line.kind() == Kind.DATE && line.date().precision() == DocDate.Precision.DAY
                    && (!latest.isKnown() || line.date().value().isAfter(latest.value()))) {
                latest = line.date();
            }
        }
        return latest;
    }

    /** The date of a dateline ("BEIRUT, Feb. 25, 2016 (Sitrep Wire) — ..."), or unknown. */
    private static DocDate datelineDate(String line) {
        String head = line.strip();
        if (!DATELINE.matcher(head).find() && !head.matches("(?i)^(published|posted|updated|date)\\b.*")) {
            return DocDate.UNKNOWN;
        }
        DateFinder.Found found = DateFinder.find(head.substring(0, Math.min(head.length(), 120)));
        return found == null ? DocDate.UNKNOWN : found.date();
    }

    private static boolean nextContentIsHeadline(List<Line> lines, int i) {
        int next = firstContent(lines, i + 1);
        return next >= 0 && lines.get(next).kind() == Kind.HEADLINE;
    }

    private static int firstContent(List<Line> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).kind() != Kind.BLANK) {
                return i;
            }
        }
        return -1;
    }

    private static List<Line> classify(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String raw = text.substring(start, end);
            String s = raw.replace('\u00a0', ' ').strip();
            Kind kind;
            DocDate date = null;
            if (s.isEmpty()) {
                kind = Kind.BLANK;
            } else if (SEPARATOR.matcher(s).matches()) {
                kind = Kind.SEPARATOR;
            } else if ((date = DateFinder.parseWhole(s)) != null) {
                kind = Kind.DATE;
            } else if (isHeadline(s)) {
                kind = Kind.HEADLINE;
            } else {
                kind = Kind.TEXT;
            }
            lines.add(new Line(start, end, s, kind, date));
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return lines;
    }

    static boolean isHeadline(String s) {
        if (s.length() < 12 || s.length() > 160) {
            return false;
        }
        int first = s.codePointAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
            return false;
        }
        String words = s.replaceAll("[\"“”‘’']+$", "");
        char last = words.isEmpty() ? '.' : words.charAt(words.length() - 1);
        if (".,;:…—–-".indexOf(last) >= 0) {
            return false;
        }
        int wordCount = s.split("\\s+").length;
        if (wordCount < 3 || wordCount > 25) {
            return false;
        }
        if (s.contains("@") || s.contains("#") || s.contains("http") || s.contains("www.") || s.contains("©")) {
            return false;
        }
        if (SPEAKER_LABEL.matcher(s).find()) {
            return false;
        }
        boolean hasLower = s.chars().anyMatch(Character::isLowerCase);
        if (!hasLower) {
            return false; // an all-capitals line is a section heading inside an article
        }
        // A headline is not text that happens to lack its last full stop: a full stop inside means sentences.
        return !s.matches(".*[a-z]{2}\\.\\s+[A-Z].*");
    }
}
