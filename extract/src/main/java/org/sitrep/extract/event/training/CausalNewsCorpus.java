package org.sitrep.extract.event.training;

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
import java.util.Map;
import java.util.Optional;

/**
 * Real news sentences on protests and political violence from the Causal News Corpus (V2, subtask 1; CC0 1.0),
 * labelled by the Sitrep team with its event labels. The texts stay in their own files, outside the Sitrep sources:
 * the project keeps only the labels ({@code index, label, kind} TSV rows under {@link #LABELS}), and this reader joins
 * them with the corpus's CSV files ({@code index, text, label}) where a checkout has them.
 *
 * <p>The corpus does not say which article a sentence comes from; its index numbers the sentences of each batch in
 * reading order ({@code train_01_17_...} is the 18th of batch 01). Runs of {@link #RUN} such neighbours count as one
 * news item for the split, so that the sentences of one article mostly fall on the same side.
 */
public final class CausalNewsCorpus {

    /** Where the labels live in the Sitrep sources. */
    public static final String LABELS = "extract/training/causal-news";
    /** The origin of its rows. */
    public static final String ORIGIN = "causal-news";
    /** The corpus files whose sentences are labelled. */
    static final List<String> TEXT_FILES = List.of("train_subtask1.csv", "dev_subtask1.csv");
    /** Neighbouring sentences taken as one news item. */
    static final int RUN = 20;

    private CausalNewsCorpus() {
    }

    /** The labels folder of the Sitrep sources at {@code home}. */
    public static Path labelsInSources(Path home) {
        return home.resolve(LABELS);
    }

    /**
     * {@code corpus} and the labelled Causal News sentences of the Sitrep sources at {@code home}, their texts read
     * from {@code texts}, or when that is null from {@code ../shared/train/causal-news} beside the sources if it is
     * there (else {@code note} hears why the corpus stays as it is).
     */
    public static EventCorpus addTo(EventCorpus corpus, Path home, Path texts, java.util.function.Consumer<String> note)
            throws IOException {
        Optional<Path> folder = LabelFiles.corpusFolder(home, texts, "causal-news", "Causal News Corpus", note);
        return folder.isEmpty() ? corpus : corpus.with(read(labelsInSources(home), folder.get()));
    }

    /**
     * Every labelled sentence, in reading order: the labels in {@code labels} (all its {@code *.tsv} files) joined with the texts of
     * the corpus folder {@code texts}. A label whose index the corpus lacks, a bad label or kind, or a file that is
     * not UTF-8 stops it with file and line.
     */
    public static List<EventCorpus.Row> read(Path labels, Path texts) throws IOException {
        Map<String, String> text = texts(texts);
        List<Path> files = LabelFiles.in(labels);
        List<EventCorpus.Row> rows = new ArrayList<>();
        List<String> order = new ArrayList<>();
        CSVFormat format = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setQuote(null)
                .setIgnoreEmptyLines(true).build();
        for (Path file : files) {
            try (Reader in = LabelFiles.utf8(file); CSVParser parser = format.parse(in)) {
                if (!parser.getHeaderNames().equals(List.of("index", "label", "kind"))) {
                    throw new IOException(file + ":1: header must be index, label, kind (tab-separated)");
                }
                for (CSVRecord r : parser) {
                    String where = file + ":" + (r.getRecordNumber() + 1);
                    if (r.size() != 3) {
                        throw new IOException(where + ": " + r.size() + " columns, not 3");
                    }
                    String index = r.get(0).strip();
                    String label = r.get(1).strip();
                    String kind = r.get(2).strip();
                    EventCorpus.check(label, kind, where);
                    String sentence = text.get(index);
                    if (sentence == null) {
                        throw new IOException(where + ": no sentence '" + index + "' in " + texts);
                    }
                    rows.add(new EventCorpus.Row(ORIGIN, newsItem(index), label, kind, sentence,
                            file.getFileName() + ":" + (r.getRecordNumber() + 1)));
                    order.add(index);
                }
            } catch (CharacterCodingException e) {
                throw new IOException(file + ": not UTF-8 text", e);
            } catch (IllegalStateException | java.io.UncheckedIOException e) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
        }
        // The files list sentences by index as text ("_10" before "_2"); news items read best in their own order.
        List<Integer> byPosition = new ArrayList<>(java.util.stream.IntStream.range(0, rows.size()).boxed().toList());
        byPosition.sort(java.util.Comparator.comparing((Integer i) -> batch(order.get(i)))
                .thenComparingInt(i -> position(order.get(i))));
        return byPosition.stream().map(rows::get).toList();
    }

    private static String batch(String index) {
        String[] parts = index.split("_");
        return parts.length < 4 ? index : String.join("_", java.util.Arrays.copyOfRange(parts, 1, parts.length - 2));
    }

    private static int position(String index) {
        String[] parts = index.split("_");
        try {
            return parts.length < 4 ? 0 : Integer.parseInt(parts[parts.length - 2]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * The news item a sentence is taken to belong to: its batch and its run of {@link #RUN} neighbours
     * ({@code train_09_A_47_1302} is in run 2 of batch 09_A).
     */
    static String newsItem(String index) {
        return ORIGIN + ":" + batch(index) + ":" + position(index) / RUN;
    }

    private static Map<String, String> texts(Path folder) throws IOException {
        Map<String, String> text = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        for (String name : TEXT_FILES) {
            Path file = folder.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new IOException(file + ": missing (the Causal News Corpus, subtask 1)");
            }
            try (Reader in = LabelFiles.utf8(file); CSVParser parser = format.parse(in)) {
                for (CSVRecord r : parser) {
                    if (r.size() < 2) {
                        throw new IOException(file + ":" + parser.getCurrentLineNumber() + ": expected index, text");
                    }
                    text.put(r.get(0).strip(), r.get(1).strip());
                }
            } catch (CharacterCodingException e) {
                throw new IOException(file + ": not UTF-8 text", e);
            } catch (IllegalStateException | java.io.UncheckedIOException e) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
        }
        return text;
    }
}
