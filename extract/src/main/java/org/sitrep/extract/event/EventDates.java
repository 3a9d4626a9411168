package org.sitrep.extract.event;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.EventDate;
import org.sitrep.model.DocDate;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
    /** A time of a given day ("Tuesday afternoon" is 2017-10-31TAF): its day dates the event; a bare clock does not. */
    private static final Pattern DAY_TIME = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T");
    /**
     * A span of time counted back from the report ("30 years ago", "a month earlier", "years before"): group 1 is its
     * number, absent when only the unit is said.
     */
    private static final Pattern SPAN_BACK = Pattern.compile("(?i)(?:^|\\s)(\\d+|an?|one|two|three|four|five|six|"
            + "seven|eight|nine|ten)?\\s*(years?|decades?|months?|weeks?)\\s+(?:ago|earlier|before|later|back)");
    /** Words that make a sentence speak of what is still to come. */
    private static final Set<String> FUTURE_WORDS = Set.of("will", "'ll", "shall", "next", "scheduled", "due",
            "planned", "plans", "expected", "upcoming", "coming");
    /** A year written out in a date expression ("December 2016", "'16" is not one). */
    private static final Pattern EXPLICIT_YEAR = Pattern.compile("\\b(1[89]|20)\\d{2}\\b");
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
        return date(doc, s, Optional.empty());
    }

    /**
     * As {@link #date(DocumentContext, int)}, with the event's clause read from the parse: a date the parse attaches
     * to the event comes first, then one in the event's own clause, then any other; a date that only names a thing
     * ("the 2016 election", "his May 4 email") never dates the event.
     */
    static EventDate date(DocumentContext doc, int s, Optional<EventClause> clause) {
        LocalDate docDay = doc.date().isKnown() ? doc.date().value() : null;
        boolean coarse = docDay != null && doc.date().precision() != DocDate.Precision.DAY;
        int latestYear = docDay != null ? docDay.getYear() : LocalDate.now().getYear() + 1;
        for (CoreMap t : byAttachment(doc, s, dateTimexes(doc, s), clause)) {
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
                String said = t.get(CoreAnnotations.TextAnnotation.class);
                if (coarse && (said == null || said.chars().noneMatch(Character::isDigit))) {
                    continue; // "on Tuesday" in a document known only to its month names no day
                }
                LocalDate day;
                try {
                    day = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                } catch (DateTimeException e) {
                    continue;
                }
                String text = t.get(CoreAnnotations.TextAnnotation.class);
                Matcher span = SPAN_BACK.matcher(text == null ? "" : text);
                if (span.find()) {
                    // "30 years ago" names a year, not the day SUTime counts back to; "years earlier" names none
                    if (span.group(1) == null) {
                        continue;
                    }
                    String unit = span.group(2).toLowerCase(Locale.ROOT);
                    if (unit.startsWith("year") || unit.startsWith("decade")) {
                        return new EventDate(String.valueOf(day.getYear()), "year");
                    }
                    if (unit.startsWith("month")) {
                        return new EventDate(String.format(Locale.ROOT, "%04d-%02d", day.getYear(),
                                day.getMonthValue()), "month");
                    }
                    if (unit.startsWith("week")) {
                        return new EventDate(day.toString(), "week");
                    }
                }
                if (docDay != null && day.isAfter(docDay) && text != null && !speaksOfFuture(doc.tokens(s))) {
                    if (WEEKDAY.matcher(text.strip()).matches()) {
                        day = day.minusWeeks(1);
                    } else if (!EXPLICIT_YEAR.matcher(text).find() && day.isAfter(docDay.plusWeeks(1))
                            && tellsOfPast(doc.tokens(s))) {
                        day = day.minusYears(1); // "on December 12" in a report of October: the December before
                    }
                }
                return new EventDate(day.toString(), "day");
            }
            if (m.group(2) != null) {
                String text = t.get(CoreAnnotations.TextAnnotation.class);
                LocalDate month = LocalDate.of(year, Integer.parseInt(m.group(2)), 1);
                if (docDay != null && month.isAfter(docDay) && text != null && !EXPLICIT_YEAR.matcher(text).find()
                        && !speaksOfFuture(doc.tokens(s)) && tellsOfPast(doc.tokens(s))) {
                    month = month.minusYears(1); // "in December", told in October, is last December
                }
                return new EventDate(String.format(Locale.ROOT, "%04d-%02d", month.getYear(),
                        month.getMonthValue()), "month");
            }
            if (m.group(4) != null) {
                // "this week" comes as an ISO week ("2017-W49"); a week's value is the day it ends on, as for the
                // report's own week, so that every value stays an ISO date the merger can compare
                Optional<LocalDate> end = isoWeekEnd(year, Integer.parseInt(m.group(4)));
                if (end.isEmpty()) {
                    continue;
                }
                LocalDate last = end.get();
                if (docDay != null && docDay.isBefore(last) && !docDay.isBefore(last.minusDays(6))
                        && !speaksOfFuture(doc.tokens(s))) {
                    last = docDay; // what happened "earlier this week" happened by the day of the report
                }
                return new EventDate(last.toString(), "week");
            }
            return new EventDate(m.group(1), "year");
        }
        Optional<String> yearBefore = yearReferredBack(doc, s, latestYear);
        if (yearBefore.isPresent()) {
            return new EventDate(yearBefore.get(), "year");
        }
        if (coarse) {
            return new EventDate(doc.date().isoValue(), doc.date().precision().label());
        }
        if (docDay != null) {
            return new EventDate(docDay.toString(), "week");
        }
        return EventDate.UNKNOWN;
    }

    /** The Sunday that ends ISO week {@code week} of week-based year {@code year}; empty when the year has none. */
    static Optional<LocalDate> isoWeekEnd(int year, int week) {
        LocalDate midYear = LocalDate.of(year, 7, 1);
        if (week < 1 || week > midYear.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            return Optional.empty();
        }
        return Optional.of(midYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.SUNDAY));
    }

    /** Whether {@code date} is the stand-in this class gives an undated sentence: the week of the report. */
    static boolean isReportWeek(DocumentContext doc, EventDate date) {
        return doc.date().isKnown() && doc.date().precision() == DocDate.Precision.DAY
                && "week".equals(date.precision()) && doc.date().value().toString().equals(date.value());
    }

    /**
     * "That year" or "the same year" points back to the year the sentences just before name ("The only other case
     * was in 2002. That year, a man ..."): the latest plausible year of the two sentences before.
     */
    private static Optional<String> yearReferredBack(DocumentContext doc, int s, int latestYear) {
        List<CoreLabel> tokens = doc.tokens(s);
        boolean pointsBack = false;
        for (int i = 1; i < tokens.size(); i++) {
            String before = tokens.get(i - 1).word().toLowerCase(Locale.ROOT);
            if (tokens.get(i).word().equalsIgnoreCase("year") && (before.equals("that") || before.equals("same"))) {
                pointsBack = true;
            }
        }
        // The sentences before were not all read for dates (only those that may tell of an event are), so their
        // years are read from their words
        for (int back = s - 1; pointsBack && back >= Math.max(0, s - 2); back--) {
            List<CoreLabel> words = doc.tokens(back);
            for (int k = words.size() - 1; k >= 0; k--) {
                String word = words.get(k).word();
                if (word.length() == 4 && "CD".equals(words.get(k).tag()) && EXPLICIT_YEAR.matcher(word).matches()) {
                    int year = Integer.parseInt(word);
                    if (year >= EARLIEST_YEAR && year <= latestYear) {
                        return Optional.of(word);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Normalised values of the sentence's date expressions ("2016-02-21", "2015-11", "2014"). */
    static List<String> timexValues(DocumentContext doc, int s) {
        List<String> values = new ArrayList<>();
        for (CoreMap t : dateTimexes(doc, s)) {
            values.add(t.get(TimeAnnotations.TimexAnnotation.class).value());
        }
        return values;
    }

    private static List<CoreMap> byAttachment(DocumentContext doc, int s, List<CoreMap> timexes,
                                              Optional<EventClause> clause) {
        if (clause.isEmpty()) {
            return timexes;
        }
        List<CoreMap> attached = new ArrayList<>();
        List<CoreMap> sameClause = new ArrayList<>();
        List<CoreMap> others = new ArrayList<>();
        List<CoreLabel> tokens = doc.tokens(s);
        boolean describesSomeone = clause.get().triggerDescribesSomeone();
        for (CoreMap t : timexes) {
            int[] range = tokenRange(tokens, t);
            if (range == null || clause.get().timesSomethingElse(range[0], range[1])
                    || clause.get().inGroundsClause(range[0], range[1])) {
                continue;
            }
            if (clause.get().datesEvent(range[0], range[1])) {
                attached.add(t);
            } else if (describesSomeone) {
                continue; // "Dolan, who is accused of killing six, appeared on Monday": Monday is the appearance's
            } else if (clause.get().inTriggerClause(range[0], range[1])) {
                sameClause.add(t);
            } else if (!clause.get().inDescribingClause(range[0], range[1])) {
                others.add(t);
            }
        }
        attached.addAll(sameClause);
        attached.addAll(others);
        return attached;
    }

    /** The tokens {@code [first, end)} a date expression covers, or null if they cannot be found. */
    private static int[] tokenRange(List<CoreLabel> tokens, CoreMap timex) {
        Integer begin = timex.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        Integer end = timex.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        if (begin == null || end == null) {
            return null;
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel tok = tokens.get(i);
            if (tok.beginPosition() >= begin && tok.endPosition() <= end) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        return first < 0 ? null : new int[] {first, last + 1};
    }

    private static List<CoreMap> dateTimexes(DocumentContext doc, int s) {
        List<CoreMap> found = new ArrayList<>();
        for (CoreMap t : doc.timexes(s)) {
            Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
            if (timex != null && timex.value() != null && ("DATE".equals(timex.timexType())
                    || "TIME".equals(timex.timexType()) && DAY_TIME.matcher(timex.value()).find())) {
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

    /** Whether the sentence has a verb in the past tense, so that a date it names may be one gone by. */
    private static boolean tellsOfPast(List<CoreLabel> tokens) {
        return tokens.stream().anyMatch(t -> "VBD".equals(t.tag()));
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
