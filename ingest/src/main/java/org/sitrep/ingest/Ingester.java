package org.sitrep.ingest;

import org.sitrep.model.CodePoints;
import org.sitrep.model.DocDate;
import org.sitrep.model.Document;
import org.sitrep.model.Hashing;
import org.sitrep.store.DocumentSource;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.SourceFile;
import org.sitrep.store.StoreException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads files into the evidence store, one transaction per file: a file's documents land completely or not at
 * all. That makes re-running idempotent (an unchanged file is skipped by its content hash) and an interrupted run
 * resumable (files not committed are simply read again). A bad file is reported and the batch goes on.
 */
public final class Ingester {

    /** Name and version recorded as the origin of everything this ingester writes. */
    public static final String ORIGIN = "sitrep-ingest/" + version();

    private final EvidenceStore store;
    private final IngestOptions options;
    private final Clock clock;
    private final FormatDetector detector = new FormatDetector();
    private final ArticleSplitter splitter = new ArticleSplitter();
    private final PublisherDetector publishers = new PublisherDetector();
    private final Map<Format, DocumentReader> readers = new EnumMap<>(Format.class);

    public Ingester(EvidenceStore store, IngestOptions options) {
        this(store, options, Clock.systemUTC());
    }

    public Ingester(EvidenceStore store, IngestOptions options, Clock clock) {
        this.store = store;
        this.options = options;
        this.clock = clock;
        TextDecoder decoder = new TextDecoder(options.encoding());
        readers.put(Format.TEXT, new PlainTextReader(decoder));
        readers.put(Format.MARKDOWN, new MarkdownReader(decoder));
        readers.put(Format.HTML, new HtmlReader(decoder));
        readers.put(Format.PDF, new PdfReader());
        readers.put(Format.DOCX, new DocxReader());
    }

    /** Ingests {@code files} in order, telling {@code listener} about each. */
    public IngestReport ingest(List<Path> files, IngestListener listener) {
        recordMissingPublishers();
        listener.started(files.size());
        List<FileOutcome> outcomes = new ArrayList<>(files.size());
        for (Path file : files) {
            FileOutcome outcome = ingest(file);
            outcomes.add(outcome);
            listener.fileDone(outcome);
        }
        return new IngestReport(outcomes);
    }

    /** Ingests one file. Never throws for bad input: a failure is an outcome with a message. */
    public FileOutcome ingest(Path file) {
        Path path = file.toAbsolutePath().normalize();
        try {
            return ingestChecked(path);
        } catch (BadInputException e) {
            return FileOutcome.failed(path, e.getMessage());
        } catch (StoreException e) {
            return FileOutcome.failed(path, path + ": could not be stored: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // A reader library tripping over hostile content (or nesting too deep to walk) fails this file alone;
            // its transaction, if one began, rolled back, so nothing of it is stored.
            return FileOutcome.failed(path, path + ": could not be read: " + (e instanceof StackOverflowError
                    ? "its markup is nested too deeply to read" : e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private FileOutcome ingestChecked(Path path) throws BadInputException {
        byte[] bytes = readBytes(path);
        String sha = Hashing.sha256(bytes);
        Optional<SourceFile> previous = store.sourceFile(path.toString());
        if (previous.isPresent() && previous.get().sha256().equals(sha)) {
            return new FileOutcome(path, FileOutcome.Status.UNCHANGED, previous.get().documentCount(), 0, null);
        }
        Format format = detector.detect(path, bytes);
        ExtractedText extracted = readers.get(format).read(path, bytes);
        if (extracted.text().isBlank()) {
            throw new BadInputException(path, 0, "no text in the file (only markup or white space)");
        }
        List<Placed> documents = documentsOf(extracted, format);
        Instant now = clock.instant();
        int created = store.inTransaction(tx -> {
            if (previous.isPresent()) {
                tx.removeSourceFile(path.toString());
            }
            tx.insertSourceFile(new SourceFile(path.toString(), sha, bytes.length, format.mediaType(), documents.size()),
                    ORIGIN, now);
            int fresh = 0;
            for (int i = 0; i < documents.size(); i++) {
                Placed placed = documents.get(i);
                if (tx.insertDocumentIfAbsent(placed.document(), ORIGIN, now)) {
                    tx.insertPassages(placed.document().id(), Passages.of(placed.document().text()));
                    recordPublisher(tx.connection(), placed.document());
                    fresh++;
                }
                tx.insertDocumentSource(new DocumentSource(path.toString(), i, placed.document().id(), placed.offset()));
            }
            return fresh;
        });
        return new FileOutcome(path, FileOutcome.Status.INGESTED, documents.size(), created, null);
    }

    /** A document and the code-point offset where it starts in its file's text. */
    private record Placed(Document document, int offset) {
    }

    private List<Placed> documentsOf(ExtractedText extracted, Format format) {
        String text = extracted.text();
        // Compilations are plain-text pastes; a Markdown, HTML, PDF or Word file is one document whose headings are
        // its own sections, not the starts of other articles.
        List<ArticleSplitter.Article> articles = options.split() && format == Format.TEXT
                ? splitter.split(text) : List.of(splitter.whole(text));
        boolean single = articles.size() == 1;
        List<Placed> out = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            ArticleSplitter.Article a = articles.get(i);
            String body = text.substring(a.start(), a.end());
            String title = single && extracted.title() != null ? extracted.title() : a.title();
            DocDate date;
            if (options.date() != null) {
                date = DocDate.given(options.date());
            } else if (a.date().isKnown()) {
                date = a.date();
            } else {
                date = single ? extracted.date() : ArticleSplitter.neighboursMonth(articles, i);
            }
            out.add(new Placed(Document.of(title, date, format.mediaType(), body), CodePoints.offsetOf(text, a.start())));
        }
        return out;
    }

    /** Stores who published the document, when its byline or dateline says so, and that it was looked at. */
    private void recordPublisher(java.sql.Connection c, Document document) throws java.sql.SQLException {
        recordPublisher(c, document.id(), document.text());
    }

    private void recordPublisher(java.sql.Connection c, String documentId, String text) throws java.sql.SQLException {
        Optional<org.sitrep.model.Span> publisher = publishers.detect(text);
        try (var ps = c.prepareStatement("UPDATE document SET publisher = ?, publisher_start = ?, publisher_end = ?,"
                + " publisher_checked = TRUE WHERE id = ?")) {
            ps.setString(1, publisher.map(org.sitrep.model.Span::text).orElse(null));
            ps.setObject(2, publisher.map(org.sitrep.model.Span::start).orElse(null), java.sql.Types.INTEGER);
            ps.setObject(3, publisher.map(org.sitrep.model.Span::end).orElse(null), java.sql.Types.INTEGER);
            ps.setString(4, documentId);
            ps.executeUpdate();
        }
    }

    /** Reads the publishers of documents stored before ingest read publishers (once; later runs find none). */
    private void recordMissingPublishers() {
        List<String> pending = store.query(c -> {
            List<String> ids = new ArrayList<>();
            try (var ps = c.prepareStatement("SELECT id FROM document WHERE NOT publisher_checked");
                 var rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1).trim());
                }
            }
            return ids;
        });
        for (String id : pending) {
            store.document(id).ifPresent(doc -> store.inTransaction(tx -> {
                recordPublisher(tx.connection(), doc);
                return null;
            }));
        }
    }

    private byte[] readBytes(Path path) throws BadInputException {
        try {
            if (!Files.isRegularFile(path)) {
                throw new BadInputException(path, 0, "not a regular file");
            }
            long size = Files.size(path);
            if (size == 0) {
                throw new BadInputException(path, 0, "empty file");
            }
            if (size > options.maxBytes()) {
                throw new BadInputException(path, 0, "file is %,d bytes, over the limit of %,d bytes (raise it with --max-size)"
                        .formatted(size, options.maxBytes()));
            }
            return Files.readAllBytes(path);
        } catch (AccessDeniedException e) {
            throw new BadInputException(path, "cannot read the file (permission denied)", e);
        } catch (IOException e) {
            throw new BadInputException(path, "cannot read the file: " + e.getMessage(), e);
        }
    }

    private static String version() {
        String v = Ingester.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
