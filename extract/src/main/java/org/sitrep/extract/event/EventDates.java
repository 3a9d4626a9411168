package org.sitrep.extract.event;

import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.EventDate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** When an event happened: the date its sentence gives, resolved by SUTime against the document's date. */
final class EventDates {

    private static final Pattern TIMEX = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-W(\\d{2}))?");

    private EventDates() {
    }

    /** The first date SUTime resolved in the sentence, else the document's date standing for the week before it. */
    static EventDate date(DocumentContext doc, int s) {
        for (String value : timexValues(doc, s)) {
            Matcher m = TIMEX.matcher(value);
            if (!m.find()) {
                continue;
            }
            if (m.group(3) != null) {
                return new EventDate(m.group(1) + "-" + m.group(2) + "-" + m.group(3), "day");
            }
            if (m.group(2) != null) {
                return new EventDate(m.group(1) + "-" + m.group(2), "month");
            }
            if (m.group(4) != null) {
                return new EventDate(m.group(1) + "-W" + m.group(4), "week");
            }
            return new EventDate(m.group(1), "year");
        }
        if (doc.date().isKnown()) {
            return new EventDate(doc.date().value().toString(), "week");
        }
        return EventDate.UNKNOWN;
    }

    /** Normalised values of the sentence's date expressions ("2016-02-21", "2015-11", "2014"). */
    static List<String> timexValues(DocumentContext doc, int s) {
        List<String> values = new ArrayList<>();
        for (CoreMap t : doc.timexes(s)) {
            Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
            if (timex != null && "DATE".equals(timex.timexType()) && timex.value() != null) {
                values.add(timex.value());
            }
        }
        return values;
    }

}
