package org.sitrep.extract.event;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.EventDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an event happened: the date its sentence gives, resolved by SUTime against the document's date (so "on
 * Thursday", "yesterday" and "last month" become calendar dates), else the document's date.
 */
final class EventDates {

    private static final Pattern TIMEX = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-W(\\d{2}))?");
    /** A date SUTime could not place in a year ("on June 5" in a document of unknown date). */
    private static final Pattern YEARLESS = Pattern.compile("^XXXX-(\\d{2})(?:-(\\d{2}))?$");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)^(?:on\\s+|last\\s+|this\\s+|past\\s+)?"
            + "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\\s+(?:morning|afternoon|evening|night))?$");
    /** Words that make a sentence speak of what is still to come. */
    private static final Set<String> FUTURE_WORDS = Set.of("will", "'ll", "shall", "next", "scheduled", "due",
            "planned", "plans", "expected", "upcoming", "coming");
    /** Reporting is about the last century or so; an older "year" is a number or a time ("1814 EST"). */
    private static final int EARLIEST_YEAR = 1900;

    private EventDates() {
    }

    /**
     * The first plausible date SUTime resolved in the sentence, else the document's date standing for the week
     * before it. A year before 1900 or after the document's (a clock time, a count) is not a date; a bare weekday
     * that SUTime put after the document's date means the one before, unless the sentence speaks of the future.
     */
    static EventDate date(DocumentContext doc, int s) {
        LocalDate docDay = doc.date().isKnown() ? doc.date().value() : null;
        int latestYear = docDay != null ? docDay.getYear() : LocalDate.now().getYear() + 1;
        for (CoreMap t : dateTimexes(doc, s)) {
            Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
            String value = yearFilled(timex.value(), docDay);
            Matcher m = TIMEX.matcher(value);
            if (!m.find()) {
                continue;
            }
            int year = Integer.parseInt(m.group(1));
            if (year < EARLIEST_YEAR || year > latestYear) {
                continue;
            }
            if (m.group(3) != null) {
                LocalDate day;
                try {
                    day = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                } catch (DateTimeException e) {
                    continue;
                }
                String text = t.get(CoreAnnotations.TextAnnotation.class);
                if (docDay != null && day.isAfter(docDay) && text != null && WEEKDAY.matcher(text.strip()).matches()
                        && !speaksOfFuture(doc.tokens(s))) {
                    day = day.minusWeeks(1);
                }
                return new EventDate(day.toString(), "day");
            }
            if (m.group(2) != null) {
                return new EventDate(m.group(1) + "-" + m.group(2), "month");
            }
            if (m.group(4) != null) {
                return new EventDate(m.group(1) + "-W" + m.group(4), "week");
            }
            return new EventDate(m.group(1), "year");
        }
        if (docDay != null) {
            return new EventDate(docDay.toString(), "week");
        }
        return EventDate.UNKNOWN;
    }

    /** Normalised values of the sentence's date expressions ("2016-02-21", "2015-11", "2014"). */
    static List<String> timexValues(DocumentContext doc, int s) {
        List<String> values = new ArrayList<>();
        for (CoreMap t : dateTimexes(doc, s)) {
            values.add(t.get(TimeAnnotations.TimexAnnotation.class).value());
        }
        return values;
    }

    private static List<CoreMap> dateTimexes(DocumentContext doc, int s) {
        List<CoreMap> found = new ArrayList<>();
        for (CoreMap t : doc.timexes(s)) {
            Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
            if (timex != null && "DATE".equals(timex.timexType()) && timex.value() != null) {
                found.add(t);
            }
        }
        return found;
    }

    /**
     * A month and day SUTime left without a year get the document's year, or the year before when that would put
     * them months after the document ("on December 28" in a report of 2 January).
     */
    static String yearFilled(String value, LocalDate docDay) {
        Matcher m = YEARLESS.matcher(value);
        if (docDay == null || !m.matches()) {
            return value;
        }
        int month = Integer.parseInt(m.group(1));
        int year = month > docDay.getMonthValue() + 1 ? docDay.getYear() - 1 : docDay.getYear();
        return String.format(Locale.ROOT, "%04d-%02d", year, month) + (m.group(2) != null ? "-" + m.group(2) : "");
    }

    private static boolean speaksOfFuture(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            if (FUTURE_WORDS.contains(t.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
