package org.sitrep.extract.event.training;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sitrep.extract.EventType;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Sitrep's labelled event sentences: TSV files ({@code doc, label, kind, text}) of short news items written by the
 * team, one sentence a row in reading order. {@code label} is a sub-event type or {@code none}; {@code kind} says
 * whether the row reports a concrete occurrence (asserted, reported, alleged, denied, historical) or not (negated,
 * hypothetical, future, analysis, opinion, policy, generic, followup, other).
 */
public final class EventCorpus {

    /** Kinds that report a concrete occurrence. */
    public static final Set<String> OCCURRENCE_KINDS = org.sitrep.extract.event.EventHeads.OCCURRENCE_KINDS;
    /** Kinds that do not. */
    public static final Set<String> OTHER_KINDS = Set.of("negated", "hypothetical", "future", "analysis", "opinion",
            "policy", "generic", "followup", "other");
    /** The label of a row about no sub-event type. */
    public static final String NONE = "none";
    /** Where the corpus lives in the Sitrep sources. */
    public static final String FOLDER = "extract/training/events";
    /** The origin of rows written by the Sitrep team. */
    public static final String SITREP = "sitrep";

    /**
     * One labelled sentence.
     *
     * @param origin where the sentence comes from: {@link #SITREP}, or the name of a third-party set
     * @param doc   the news item it belongs to
     * @param label its sub-event type, or {@link #NONE}
     * @param kind  how it stands towards what it tells
     * @param text  the sentence
     * @param where file and line, for messages
     */
    public record Row(String origin, String doc, String label, String kind, String text, String where) {

        public boolean isOccurrence() {
            return OCCURRENCE_KINDS.contains(kind);
        }

        /** The class of the ACLED-style task: the sub-event type of an occurrence, else {@link #NONE}. */
        public String acledClass() {
            return isOccurrence() ? label : NONE;
        }
    }

    private final List<Row> rows;

    private EventCorpus(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public List<Row> rows() {
        return rows;
    }

    /** A corpus of {@code rows}, which the caller has checked as {@link #check} does. */
    public static EventCorpus of(List<Row> rows) {
        return new EventCorpus(rows);
    }

    /** This corpus and {@code more} after it. */
    public EventCorpus with(List<Row> more) {
        List<Row> all = new ArrayList<>(rows);
        all.addAll(more);
        return new EventCorpus(all);
    }

    /** The origins of the rows, in order of first appearance. */
    public List<String> origins() {
        return rows.stream().map(Row::origin).distinct().toList();
    }

    /** The corpus folder of the Sitrep sources at {@code home}. */
    public static Path inSources(Path home) {
        return home.resolve(FOLDER);
    }

    /** Reads every {@code *.tsv} file in {@code folder}, in name order; a bad row stops it with file and line. */
    public static EventCorpus read(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + ": no such folder of labelled event sentences");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException(folder + ": no .tsv files");
        }
        List<Row> rows = new ArrayList<>();
        for (Path file : files) {
            rows.addAll(readFile(file));
        }
        return new EventCorpus(rows);
    }

    private static List<Row> readFile(Path file) throws IOException {
        CSVFormat format = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setQuote(null)
                .setIgnoreEmptyLines(true).build();
        List<Row> rows = new ArrayList<>();
        try (Reader in = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT));
             CSVParser parser = format.parse(in)) {
            if (!parser.getHeaderNames().equals(List.of("doc", "label", "kind", "text"))) {
                throw new IOException(file + ":1: header must be doc, label, kind, text (tab-separated)");
            }
            for (CSVRecord r : parser) {
                String where = file.getFileName() + ":" + (r.getRecordNumber() + 1);
                if (r.size() != 4) {
                    throw new IOException(file + ":" + (r.getRecordNumber() + 1) + ": " + r.size() + " columns, not 4");
                }
                String label = r.get(1).strip();
                String kind = r.get(2).strip();
                check(label, kind, file + ":" + (r.getRecordNumber() + 1));
                rows.add(new Row(SITREP, r.get(0).strip(), label, kind, r.get(3).strip(), where));
            }
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not UTF-8 text", e);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        return rows;
    }

    /** Refuses a label or kind outside the vocabulary, and an occurrence without a type, naming {@code where}. */
    static void check(String label, String kind, String where) throws IOException {
        if (!label.equals(NONE) && EventType.fromSubtype(label).isEmpty()) {
            throw new IOException(where + ": unknown sub-event type '" + label + "'");
        }
        if (!OCCURRENCE_KINDS.contains(kind) && !OTHER_KINDS.contains(kind)) {
            throw new IOException(where + ": unknown kind '" + kind + "'");
        }
        if (OCCURRENCE_KINDS.contains(kind) && label.equals(NONE)) {
            throw new IOException(where + ": an occurrence needs a sub-event type");
        }
    }

    /**
     * Whether {@code doc} falls in the held-out part: a fifth of the news items, chosen by a hash of the item's id
     * and {@code seed}, so the split is fixed, keeps each item whole and does not move when files are added.
     */
    public static boolean isHeldOut(String doc, long seed) {
        long h = seed * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < doc.length(); i++) {
            h = (h ^ doc.charAt(i)) * 0x100000001B3L;
        }
        h ^= h >>> 29;
        return Math.floorMod(h, 5) == 0;
    }

    /** The rows of the tuning part ({@code heldOut} false) or the held-out part. */
    public List<Row> part(boolean heldOut, long seed) {
        return rows.stream().filter(r -> isHeldOut(r.doc(), seed) == heldOut).toList();
    }
}
