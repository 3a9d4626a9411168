package org.sitrep.extract.eval;

import org.sitrep.extract.DocumentExtraction;
import org.sitrep.extract.Event;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.InputDocument;
import org.sitrep.extract.event.training.EventCorpus;
import org.sitrep.extract.event.training.EventTrainer;
import org.sitrep.extract.event.training.Scores;
import org.sitrep.model.DocDate;
import org.sitrep.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores the whole extractor, not just the heads, on Sitrep's labelled event sentences: each news item of the corpus
 * is extracted as one document, and a sentence counts as an occurrence of a type when an event of that type takes
 * it as its evidence or as one of its further mentions (the corpus labels each sentence that tells of an
 * occurrence, however many tell of the same one). A row that only adds a detail to an occurrence told before (kind
 * {@code followup}) is rightly a further mention of that event, and counts as no new event.
 */
public final class EventCorpusEvaluation {

    /** Figures for the tuning part and the held-out part, and for the held-out part of each origin of the rows. */
    public record Result(Scores tuning, Scores heldOut, int tuningRows, int heldOutRows, double modalityAccuracy,
                         Map<String, Scores> heldOutByOrigin, Map<String, Integer> heldOutRowsByOrigin) {
    }

    private final EventCorpus corpus;
    private final long seed;

    public EventCorpusEvaluation(EventCorpus corpus, long seed) {
        this.corpus = corpus;
        this.seed = seed;
    }

    public Result evaluate(Extractor extractor) {
        Map<String, List<EventCorpus.Row>> byDoc = new LinkedHashMap<>();
        for (EventCorpus.Row r : corpus.rows()) {
            byDoc.computeIfAbsent(r.doc(), k -> new ArrayList<>()).add(r);
        }
        Map<EventCorpus.Row, EventTrainer.Prediction> predicted = new LinkedHashMap<>();
        int modalityRight = 0;
        int modalityScored = 0;
        for (Map.Entry<String, List<EventCorpus.Row>> doc : byDoc.entrySet()) {
            StringBuilder text = new StringBuilder();
            List<int[]> spans = new ArrayList<>();
            for (EventCorpus.Row r : doc.getValue()) {
                int start = text.codePointCount(0, text.length());
                text.append(r.text());
                spans.add(new int[] {start, text.codePointCount(0, text.length())});
                text.append(' ');
            }
            DocumentExtraction x = extractor.extract(InputDocument.of(doc.getKey(), text.toString(), DocDate.UNKNOWN));
            for (int i = 0; i < doc.getValue().size(); i++) {
                EventCorpus.Row row = doc.getValue().get(i);
                Event event = eventWithEvidenceIn(x.events(), spans.get(i));
                if (event != null && row.kind().equals(FOLLOW_UP) && !isEvidenceIn(event, spans.get(i))) {
                    event = null; // a further detail joined to the occurrence it tells of: rightly no new event
                }
                predicted.put(row, event == null ? new EventTrainer.Prediction(0, EventCorpus.NONE, "")
                        : new EventTrainer.Prediction(1, event.type().subtype(), event.modality().label()));
                if (event != null && row.isOccurrence()) {
                    modalityScored++;
                    if (event.modality().label().equals(row.kind())) {
                        modalityRight++;
                    }
                }
            }
        }
        List<EventCorpus.Row> tuning = corpus.part(false, seed);
        List<EventCorpus.Row> heldOut = corpus.part(true, seed);
        Map<String, Scores> byOrigin = new LinkedHashMap<>();
        Map<String, Integer> rowsByOrigin = new LinkedHashMap<>();
        for (String origin : corpus.origins()) {
            List<EventCorpus.Row> part = heldOut.stream().filter(r -> r.origin().equals(origin)).toList();
            byOrigin.put(origin, Scores.of(part, part.stream().map(predicted::get).toList(), 0.5));
            rowsByOrigin.put(origin, part.size());
        }
        return new Result(Scores.of(tuning, tuning.stream().map(predicted::get).toList(), 0.5),
                Scores.of(heldOut, heldOut.stream().map(predicted::get).toList(), 0.5), tuning.size(),
                heldOut.size(), modalityScored == 0 ? 0 : (double) modalityRight / modalityScored, byOrigin,
                rowsByOrigin);
    }

    /** The kind of a row that adds a detail to an occurrence an earlier row told. */
    private static final String FOLLOW_UP = "followup";

    private static boolean isEvidenceIn(Event e, int[] row) {
        return e.evidence().start() < row[1] && row[0] < e.evidence().end();
    }

    private static Event eventWithEvidenceIn(List<Event> events, int[] row) {
        for (Event e : events) {
            List<Span> spans = new ArrayList<>(e.mentions());
            spans.add(0, e.evidence());
            for (Span ev : spans) {
                if (ev.start() < row[1] && row[0] < ev.end()) {
                    return e;
                }
            }
        }
        return null;
    }

    /** The figures as the CLI prints them. */
    public static String report(Result r) {
        StringBuilder out = new StringBuilder();
        out.append(line("tuning  ", r.tuning(), r.tuningRows()));
        out.append(line("held-out", r.heldOut(), r.heldOutRows()));
        if (r.heldOutByOrigin().size() > 1) {
            r.heldOutByOrigin().forEach((origin, scores) -> out.append(
                    line("held-out, " + origin, scores, r.heldOutRowsByOrigin().get(origin))));
        }
        out.append(String.format(Locale.ROOT, "modality of detected occurrences equal to the labelled kind: %.3f%n",
                r.modalityAccuracy()));
        out.append("held-out F1 per class:\n");
        r.heldOut().perClass().forEach((k, v) -> out.append(String.format(Locale.ROOT, "  %-40s %.3f%n", k, v)));
        return out.toString();
    }

    private static String line(String part, Scores s, int rows) {
        return String.format(Locale.ROOT, "%s (%d sentences): event P %.3f R %.3f F1 %.3f | sub-type macro-F1 %.3f"
                        + " | ACLED macro-F1 (types + none) %.3f%n", part, rows, s.occurrencePrecision(),
                s.occurrenceRecall(), s.occurrenceF1(), s.subtypeMacroF1(), s.acledMacroF1());
    }
}
