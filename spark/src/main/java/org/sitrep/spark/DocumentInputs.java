package org.sitrep.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitrep.extract.CompilationSplitter;
import org.sitrep.extract.HtmlText;
import org.sitrep.extract.InputDocument;
import org.sitrep.ingest.BadInputException;
import org.sitrep.ingest.FileOutcome;
import org.sitrep.ingest.Format;
import org.sitrep.ingest.FormatDetector;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.Ingester;
import org.sitrep.ingest.TextDecoder;
import org.sitrep.model.Document;
import org.sitrep.store.DocumentSource;
import org.sitrep.store.EvidenceStore;
import org.sitrep.model.DocDate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Comparator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the job's raw inputs into documents exactly as {@code sitrep extract} does, so that the Spark output equals
 * its output: a text or HTML file is one input (an HTML page read through its masked text, a compilation split into
 * its articles, ids the file name); a JSON line or a Parquet record is one document, never split. PDF and .docx,
 * which {@code sitrep extract} leaves to ingest, are read with ingest's own readers and then treated as text.
 * Everything here is plain Java run inside executor tasks; a bad input is an exception naming it, which the job turns
 * into a row of its {@code errors} table.
 */
public final class DocumentInputs {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final CompilationSplitter splitter = new CompilationSplitter();
    private final FormatDetector detector = new FormatDetector();
    private final DocDate given;

    /** @param docDate the documents' date (YYYY-MM-DD) or null; it overrides any date the inputs carry */
    public DocumentInputs(String docDate) {
        this.given = docDate == null ? null : DocDate.given(LocalDate.parse(docDate));
    }

    /** The documents of one file (several when it is a compilation). */
    public List<SourceDocument> file(String path, byte[] bytes) throws BadInputException {
        Path name = Path.of(path);
        Format format = detector.detect(name, bytes);
        String content;
        String page = null;
        if (format == Format.PDF || format == Format.DOCX) {
            return ingested(path, name, bytes, format);
        } else {
            content = new TextDecoder(null).decode(name, bytes);
            if (content.startsWith("\uFEFF")) {
                content = content.substring(1); // a byte-order mark is not text: offsets count from the first character
            }
            if (HtmlText.looksLikeHtml(content)) {
                page = content; // extract from the page's text laid over the page, so offsets point into the HTML
                content = HtmlText.mask(content);
            }
        }
        if (content.isBlank()) {
            throw new BadInputException(name, 0, "empty input: no text to extract");
        }
        String id = name.getFileName().toString();
        List<SourceDocument> out = new ArrayList<>();
        for (InputDocument doc : splitter.split(id, content, given)) {
            String source = page == null ? null : page.substring(page.offsetByCodePoints(0, doc.offset()),
                    page.offsetByCodePoints(0, doc.offset() + doc.text().codePointCount(0, doc.text().length())));
            out.add(new SourceDocument(path, doc, source, format.mediaType()));
        }
        return out;
    }

    /**
     * A PDF or .docx file's documents as {@code sitrep ingest} stores them: ingest's readers are reached through its
     * {@link Ingester}, so the file goes through a throwaway embedded store of its own. Seconds per file, but such
     * files are few next to the text of a news archive, and their text is then exactly what ingest would keep.
     */
    private List<SourceDocument> ingested(String path, Path name, byte[] bytes, Format format) throws BadInputException {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("sitrep-spark-ingest");
            Path file = Files.write(Files.createDirectory(dir.resolve("in")).resolve(name.getFileName()), bytes);
            List<SourceDocument> out = new ArrayList<>();
            try (EvidenceStore store = EvidenceStore.embedded(dir.resolve("store"))) {
                FileOutcome outcome = new Ingester(store, IngestOptions.defaults()).ingest(file);
                if (outcome.status() == FileOutcome.Status.FAILED) {
                    throw new BadInputException(name, 0, outcome.message().replace(file.toString(), path));
                }
                String id = name.getFileName().toString();
                List<Document> docs = store.documents();
                docs = new ArrayList<>(docs);
                docs.sort(Comparator.comparingInt(d -> store.sourcesOf(d.id()).stream()
                        .mapToInt(DocumentSource::offset).min().orElse(0)));
                for (Document d : docs) {
                    int offset = store.sourcesOf(d.id()).stream().mapToInt(DocumentSource::offset).min().orElse(0);
                    DocDate date = given != null ? given : d.date();
                    String docId = docs.size() == 1 ? id : id + "#" + (out.size() + 1);
                    out.add(new SourceDocument(path, new InputDocument(docId, offset, d.title(), d.text(), date), null,
                            format.mediaType()));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage " + path + " for ingest", e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    /**
     * The document of one JSON line in the extract contract's input form, {@code {"id","text","date","title"}}.
     *
     * @throws IllegalArgumentException naming input and line when the line is not such an object
     */
    public SourceDocument jsonLine(String input, long lineNo, String line) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException(input + ":" + lineNo + ": bad input line: " + e.getMessage(), e);
        }
        String id = node.path("id").asText(input + ":" + lineNo);
        if (!node.hasNonNull("text")) {
            throw new IllegalArgumentException(id + ": no text");
        }
        return record(input + ":" + lineNo, id, node.get("text").asText(),
                node.hasNonNull("date") ? node.get("date").asText() : null,
                node.hasNonNull("title") ? node.get("title").asText() : null);
    }

    /** The document of one record with the input form's fields (a Parquet row, a parsed JSON line). */
    public SourceDocument record(String source, String id, String text, String date, String title) {
        if (text == null) {
            throw new IllegalArgumentException(id + ": no text");
        }
        DocDate d = given;
        if (d == null && date != null && !date.isBlank()) {
            try {
                d = DocDate.given(LocalDate.parse(date.strip()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(source + ": bad input line: " + e.getMessage(), e);
            }
        }
        if (d == null) {
            d = splitter.dateOf(text); // the date the text gives for itself, if any
        }
        return new SourceDocument(source, new InputDocument(id, 0, title, text, d), null, "text/plain");
    }
}
