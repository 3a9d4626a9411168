package org.sitrep.extract.event;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.EventDate;
import org.sitrep.model.DocDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The date of an event from the time expressions SUTime found in its sentence (given here by hand). */
class EventDatesTest {

    private static final LocalDate SUNDAY = LocalDate.of(2016, 6, 5);

    /** A one-sentence document dated {@code docDate} whose sentence has the words and the dates given. */
    private static DocumentContext doc(LocalDate docDate, String words, String[]... timexes) {
        return doc(docDate == null ? null : DocDate.given(docDate), words, timexes);
    }

    private static DocumentContext doc(DocDate docDate, String words, String[]... timexes) {
        String text = words.replace("/VBD", "");
        DocumentContext doc = new DocumentContext(text, docDate);
        List<CoreLabel> tokens = new ArrayList<>();
        int at = 0;
        for (String w : words.split(" ")) {
            CoreLabel t = new CoreLabel();
            if (w.endsWith("/VBD")) { // a word given with its tag
                w = w.substring(0, w.length() - 4);
                t.setTag("VBD");
            }
            t.setWord(w);
            t.setValue(w);
            t.setBeginPosition(at);
            t.setEndPosition(at + w.length());
            at += w.length() + 1;
            tokens.add(t);
        }
        List<CoreMap> found = new ArrayList<>();
        for (String[] tx : timexes) {
            CoreMap m = new ArrayCoreMap();
            m.set(CoreAnnotations.TextAnnotation.class, tx[0]);
            m.set(TimeAnnotations.TimexAnnotation.class, new Timex("DATE", tx[1]));
            found.add(m);
        }
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        sentence.set(TimeAnnotations.TimexAnnotations.class, found);
        Annotation a = new Annotation(text);
        a.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        doc.setAnnotation(a);
        return doc;
    }

    @Test
    void aDocumentKnownOnlyToItsMonthGivesNoDayToRelativeDates() {
        DocDate march = DocDate.fromText(LocalDate.of(2016, 3, 1), DocDate.Precision.MONTH);
        assertThat(EventDates.date(doc(march, "Guards were shot on Tuesday", new String[] {"Tuesday", "2016-03-01"}),
                0)).isEqualTo(new EventDate("2016-03", "month"));
        assertThat(EventDates.date(doc(march, "Guards were shot on March 9", new String[] {"March 9", "2016-03-09"}),
                0)).isEqualTo(new EventDate("2016-03-09", "day"));
    }

    @Test
    void aMonthWithoutItsYearToldAsPastIsTheOneGoneBy() {
        assertThat(EventDates.date(doc(SUNDAY, "The ministry listed/VBD the firm in November", new String[] {"November",
                "2016-11"}), 0)).isEqualTo(new EventDate("2015-11", "month"));
        assertThat(EventDates.date(doc(SUNDAY, "Talks will resume in November", new String[] {"November",
                "2016-11"}), 0)).isEqualTo(new EventDate("2016-11", "month"));
        assertThat(EventDates.date(doc(SUNDAY, "The ministry listed/VBD the firm on December 12", new String[] {
                "December 12", "2016-12-12"}), 0)).isEqualTo(new EventDate("2015-12-12", "day"));
    }

    @Test
    void aResolvedDayIsTheEventsDay() {
        assertThat(EventDates.date(doc(SUNDAY, "Guards were shot yesterday", new String[] {"yesterday", "2016-06-04"}), 0))
                .isEqualTo(new EventDate("2016-06-04", "day"));
    }

    @Test
    void aBareWeekdayPutAfterTheReportMeansTheOneBefore() {
        // SUTime puts "Thursday" in the week of the reference date; a report of Sunday speaks of the Thursday before.
        assertThat(EventDates.date(doc(SUNDAY, "Guards were shot on Thursday", new String[] {"Thursday", "2016-06-09"}), 0))
                .isEqualTo(new EventDate("2016-06-02", "day"));
        assertThat(EventDates.date(doc(SUNDAY, "Talks will open on Thursday", new String[] {"Thursday", "2016-06-09"}), 0))
                .isEqualTo(new EventDate("2016-06-09", "day"));
    }

    @Test
    void aYearBefore1900OrAfterTheReportIsNotADate() {
        // A clock time ("1814 EST") or a count read as a year falls back on the document's date.
        assertThat(EventDates.date(doc(SUNDAY, "At 1814 EST the convoy was hit", new String[] {"1814", "1814"}), 0))
                .isEqualTo(new EventDate("2016-06-05", "week"));
        assertThat(EventDates.date(doc(SUNDAY, "Some 2230 homes were hit", new String[] {"2230", "2230"},
                new String[] {"last month", "2016-05"}), 0)).isEqualTo(new EventDate("2016-05", "month"));
        assertThat(EventDates.date(doc(SUNDAY, "He was jailed in 1986", new String[] {"1986", "1986"}), 0))
                .isEqualTo(new EventDate("1986", "year"));
    }

    @Test
    void aDayWithoutAYearTakesTheReportsYear() {
        assertThat(EventDates.yearFilled("XXXX-06-02", SUNDAY)).isEqualTo("2016-06-02");
        assertThat(EventDates.yearFilled("XXXX-12-28", LocalDate.of(2017, 1, 2))).isEqualTo("2016-12-28");
        assertThat(EventDates.date(doc(SUNDAY, "Guards were shot on June 2", new String[] {"June 2", "XXXX-06-02"}), 0))
                .isEqualTo(new EventDate("2016-06-02", "day"));
    }

    @Test
    void anIsoWeekBecomesTheDayItEndsOn() {
        // SUTime gives "this week" as an ISO week; the event's value stays an ISO date that the merger can compare
        assertThat(EventDates.date(doc(SUNDAY, "Guards were shot this week", new String[] {"this week", "2016-W22"}), 0))
                .isEqualTo(new EventDate("2016-06-05", "week"));
        LocalDate wednesday = LocalDate.of(2016, 6, 1);
        assertThat(EventDates.date(doc(wednesday, "Guards were shot earlier this week",
                new String[] {"this week", "2016-W22"}), 0)).isEqualTo(new EventDate("2016-06-01", "week"));
        assertThat(EventDates.isoWeekEnd(2015, 53)).contains(LocalDate.of(2016, 1, 3));
        assertThat(EventDates.isoWeekEnd(2016, 53)).isEmpty();
    }

    @Test
    void withoutADateInItsSentenceAnEventTakesTheDocumentsWeek() {
        assertThat(EventDates.date(doc(SUNDAY, "Guards were shot"), 0)).isEqualTo(new EventDate("2016-06-05", "week"));
        assertThat(EventDates.date(doc((LocalDate) null, "Guards were shot"), 0)).isEqualTo(EventDate.UNKNOWN);
    }
}
