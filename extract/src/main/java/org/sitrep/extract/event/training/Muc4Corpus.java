package org.sitrep.extract.event.training;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Real wire reports of bombings, killings, kidnappings and clashes from the MUC-4 terrorism corpus (1989–91, Latin
 * America; MUC-3/4 data, free of charge courtesy of FBIS via NIST), labelled sentence by sentence by the Sitrep team
 * with its event labels. As with {@link CausalNewsCorpus}, the project keeps only the labels ({@code doc, sentence,
 * label, kind} TSV rows under {@link #LABELS}); this reader joins them with the corpus's {@code train.json} where a
 * checkout has it. The corpus's own role fillers are not used here.
 *
 * <p>The reports are in capitals, which the sentence encoder does not mind (it lowercases) but the tagger does, so a
 * sentence is read in lower case with its first letter capitalised. Sentences are numbered by {@link #sentences}:
 * paragraphs end at blank lines and sentences at a stop followed by two spaces, the wire copy's own convention. Each
 * report is one news item for the split.
 */
public final class Muc4Corpus {

    /** Where the labels live in the Sitrep sources. */
    public static final String LABELS = "extract/training/muc4";
    /** The origin of its rows. */
    public static final String ORIGIN = "muc4";
    /** The corpus file whose sentences are labelled. */
    static final String TEXT_FILE = "train.json";

    private static final Pattern PARAGRAPH = Pattern.compile("\\n\\s*\\n");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!])\\s{2,}");

    private Muc4Corpus() {
    }

    /** The labels folder of the Sitrep sources at {@code home}. */
    public static Path labelsInSources(Path home) {
        return home.resolve(LABELS);
    }

    /**
     * {@code corpus} and the labelled MUC-4 sentences of the Sitrep sources at {@code home}, their texts read from
     * {@code texts}, or when that is null from {@code ../shared/train/muc4} beside the sources if it is there (else
     * {@code note} hears why the corpus stays as it is).
     */
    public static EventCorpus addTo(EventCorpus corpus, Path home, Path texts, Consumer<String> note)
            throws IOException {
        Optional<Path> folder = LabelFiles.corpusFolder(home, texts, "muc4", "MUC-4 corpus", note);
        return folder.isEmpty() ? corpus : corpus.with(read(labelsInSources(home), folder.get()));
    }

    /**
     * Every labelled sentence, in the order of the label files: the labels in {@code labels} (all its {@code *.tsv}
     * files) joined with the reports of {@code texts}. A label whose report or sentence the corpus lacks, a bad label
     * or kind, or a file that is not UTF-8 stops it with file and line.
     */
    public static List<EventCorpus.Row> read(Path labels, Path texts) throws IOException {
        Map<String, List<String>> reports = reports(texts.resolve(TEXT_FILE));
        List<Path> files = LabelFiles.in(labels);
        List<EventCorpus.Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setQuote(null)
                .setIgnoreEmptyLines(true).build();
        for (Path file : files) {
            try (Reader in = LabelFiles.utf8(file); CSVParser parser = format.parse(in)) {
                if (!parser.getHeaderNames().equals(List.of("doc", "sentence", "label", "kind"))) {
                    throw new IOException(file + ":1: header must be doc, sentence, label, kind (tab-separated)");
                }
                for (CSVRecord r : parser) {
                    String where = file + ":" + (r.getRecordNumber() + 1);
                    if (r.size() != 4) {
                        throw new IOException(where + ": " + r.size() + " columns, not 4");
                    }
                    String doc = r.get(0).strip();
                    String label = r.get(2).strip();
                    String kind = r.get(3).strip();
                    EventCorpus.check(label, kind, where);
                    List<String> sentences = reports.get(doc);
                    if (sentences == null) {
                        throw new IOException(where + ": no report '" + doc + "' in " + texts.resolve(TEXT_FILE));
                    }
                    int n;
                    try {
                        n = Integer.parseInt(r.get(1).strip());
                    } catch (NumberFormatException e) {
                        throw new IOException(where + ": sentence number '" + r.get(1) + "' is not a number");
                    }
                    if (n < 0 || n >= sentences.size()) {
                        throw new IOException(where + ": report " + doc + " has no sentence " + n + " (it has "
                                + sentences.size() + ")");
                    }
                    rows.add(new EventCorpus.Row(ORIGIN, ORIGIN + ":" + doc, label, kind,
                            sentenceCase(sentences.get(n)), file.getFileName() + ":" + (r.getRecordNumber() + 1)));
                }
            } catch (CharacterCodingException e) {
                throw new IOException(file + ": not UTF-8 text", e);
            } catch (IllegalStateException | java.io.UncheckedIOException e) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
        }
        return rows;
    }

    /** The sentences of one report, numbered as the label files number them. */
    static List<String> sentences(String report) {
        List<String> out = new ArrayList<>();
        for (String paragraph : PARAGRAPH.split(report)) {
            String text = LINE_BREAK.matcher(paragraph.strip()).replaceAll(" ");
            if (text.isEmpty()) {
                continue;
            }
            for (String sentence : SENTENCE_END.split(text)) {
                if (!sentence.isBlank()) {
                    out.add(sentence.strip());
                }
            }
        }
        return out;
    }

    /** "THE ARMY REPORTED A CLASH." read as "The army reported a clash.". */
    static String sentenceCase(String capitals) {
        String lower = capitals.toLowerCase(Locale.ROOT);
        int first = 0;
        while (first < lower.length() && !Character.isLetter(lower.charAt(first))) {
            first++;
        }
        return first == lower.length() ? lower
                : lower.substring(0, first) + Character.toUpperCase(lower.charAt(first)) + lower.substring(first + 1);
    }

    private static Map<String, List<String>> reports(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": missing (the MUC-4 corpus, train part)");
        }
        JsonNode root;
        try (Reader in = LabelFiles.utf8(file)) {
            root = new ObjectMapper().readTree(in);
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not UTF-8 text", e);
        } catch (JsonParseException e) {
            throw new IOException(file + ":" + e.getLocation().getLineNr() + ": not JSON: " + e.getOriginalMessage(),
                    e);
        }
        if (root == null || !root.isObject()) {
            throw new IOException(file + ": expected an object of reports by id");
        }
        Map<String, List<String>> reports = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            JsonNode doc = e.getValue().get("doc");
            if (doc != null && doc.isTextual()) {
                reports.put(e.getKey(), sentences(doc.asText()));
            }
        }
        return reports;
    }
}
